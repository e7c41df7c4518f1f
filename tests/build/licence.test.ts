/**
 * The licence travels with the content: every page's footer and the feed name CC BY 4.0 for
 * posts and figures and link its deed; the code's MIT licence is in LICENSE.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlPages, parsePage, SITE_DIR } from './site-files';

const DEED = 'https://creativecommons.org/licenses/by/4.0/';

describe('licence', () => {
  it('every page’s footer names CC BY 4.0 for posts and figures, links its deed, and names MIT for the code', () => {
    for (const page of htmlPages()) {
      const footer = parsePage(page).querySelector('footer.site-footer');
      expect(footer, page).not.toBeNull();
      const deed = footer!.querySelector(`a[rel="license"][href="${DEED}"]`);
      expect(deed?.textContent, page).toBe('CC BY 4.0');
      expect(footer!.textContent, page).toMatch(/Posts and figures/);
      expect(footer!.querySelector('a[href$="/LICENSE"]')?.textContent, page).toBe('MIT licence');
    }
  });

  it('the feed carries the licence in <copyright>', () => {
    const feed = readFileSync(join(SITE_DIR, 'rss.xml'), 'utf8');
    expect(feed).toMatch(
      new RegExp(`<copyright>Posts and figures © [^<]+, CC BY 4\\.0 \\(${DEED.replace(/[./]/g, '\\$&')}\\); code MIT</copyright>`),
    );
  });

  it('LICENSE at the top of the repository is the MIT licence', () => {
    const text = readFileSync(resolve(import.meta.dirname, '../../LICENSE'), 'utf8');
    expect(text.split('\n')[0]).toBe('MIT License');
    expect(text).toContain('Permission is hereby granted, free of charge');
  });
});
