import { describe, expect, it } from 'vitest';
import { fitText, textWidth } from '../../../src/figures/kit/text-width';

describe('textWidth', () => {
  it('errs wider than Chromium draws the figure font (measured: "3,000" 34 px, a 38-character title 258 px at 12 px)', () => {
    expect(textWidth('3,000')).toBeGreaterThanOrEqual(34);
    expect(textWidth('Pre-activations of 1,000 sigmoid units')).toBeGreaterThanOrEqual(258);
    expect(textWidth('3,000', 24)).toBe(2 * textWidth('3,000'));
    expect(textWidth('')).toBe(0);
    expect(textWidth('f′(x)')).toBe(textWidth('abcde')); // counts characters, not UTF-16 units
  });
});

describe('fitText', () => {
  it('takes the longest candidate that fits, else the shortest', () => {
    expect(fitText(['a long title here', 'short'], 500)).toBe('a long title here');
    expect(fitText(['a long title here', 'short'], 50)).toBe('short');
    expect(fitText(['a long title here', 'short'], 1)).toBe('short');
  });
});
