import { describe, expect, it } from 'vitest';
import { isPublished, publishNow } from '../../../src/lib/schedule';

const NOW = new Date('2026-12-02T12:00:00Z');

describe('isPublished', () => {
  it('ships a post dated today, earlier, or at this very instant', () => {
    expect(isPublished({ pubDate: new Date('2026-12-02'), draft: false }, NOW)).toBe(true);
    expect(isPublished({ pubDate: new Date('2020-01-01'), draft: false }, NOW)).toBe(true);
    expect(isPublished({ pubDate: NOW, draft: false }, NOW)).toBe(true);
  });

  it('holds back a post dated after now, even by a millisecond', () => {
    expect(isPublished({ pubDate: new Date('2026-12-03'), draft: false }, NOW)).toBe(false);
    expect(isPublished({ pubDate: new Date(NOW.valueOf() + 1), draft: false }, NOW)).toBe(false);
  });

  it('never ships a draft, whatever its date', () => {
    expect(isPublished({ pubDate: new Date('2020-01-01'), draft: true }, NOW)).toBe(false);
  });
});

describe('publishNow', () => {
  it('is the clock when PUBLISH_NOW is unset or blank', () => {
    expect(publishNow({}, () => NOW)).toBe(NOW);
    expect(publishNow({ PUBLISH_NOW: '  ' }, () => NOW)).toBe(NOW);
  });

  it('reads a date (midnight UTC) or a date-time', () => {
    expect(publishNow({ PUBLISH_NOW: '2027-01-01' }).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(publishNow({ PUBLISH_NOW: '2027-01-01T06:30:00Z' }).toISOString()).toBe('2027-01-01T06:30:00.000Z');
    expect(publishNow({ PUBLISH_NOW: '2027-01-01T06:30:00+02:00' }).toISOString()).toBe('2027-01-01T04:30:00.000Z');
  });

  it('rejects anything else with a message naming the variable and the value', () => {
    for (const bad of ['tomorrow', '2027-13-45', '1735689600', '2027-01-01 06:30']) {
      expect(() => publishNow({ PUBLISH_NOW: bad }), bad).toThrow(
        `PUBLISH_NOW must be an ISO date such as 2026-12-31 or 2026-12-31T06:00:00Z, got "${bad}"`,
      );
    }
  });
});
