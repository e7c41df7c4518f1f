import { describe, expect, it } from 'vitest';
import { fitTitle, ogCardSvg, OG_SIZE, wrap, type CardFigure, type MeasureText } from '../../../src/lib/og/og-card';

/** Every character 0.5 em wide: enough to test wrapping without a font. */
const monospace: MeasureText = (text, size) => text.length * size * 0.5;
const figure: CardFigure = {
  markup: '<path class="curve series-1" d="M0,0L10,10"></path>',
  width: 100,
  height: 80,
  scale: 2,
  title: 'A line',
};

describe('OG card layout', () => {
  it('wraps greedily at the width and keeps every word', () => {
    const lines = wrap('one two three four five six', 10, 60, monospace); // 12 characters a line
    expect(lines).toEqual(['one two', 'three four', 'five six']);
    expect(lines.join(' ')).toBe('one two three four five six');
  });

  it('keeps an over-long word on its own line instead of dropping it', () => {
    expect(wrap('a supercalifragilistic b', 10, 40, monospace)).toEqual(['a', 'supercalifragilistic', 'b']);
  });

  it('uses the largest size that fits a short title, and shrinks a long one', () => {
    expect(fitTitle('ReLU: the unit that switches off', monospace).size).toBe(64);
    const long = fitTitle(
      'Leaky ReLU, PReLU, ELU and SELU: giving the negative side a slope, and what each one costs in practice',
      monospace,
    );
    expect(long.size).toBeLessThan(64);
    expect(long.lines.length).toBeLessThanOrEqual(5);
  });

  it('is a 1200×630 SVG with concrete colours (no CSS variables), escaped text and the figure inside', () => {
    const svg = ogCardSvg({
      title: 'A <b>&</b> "title"',
      siteName: 'Site',
      kicker: 'Part 1',
      footer: 'Tagline',
      figure,
      measure: monospace,
    });
    expect(svg).toMatch(new RegExp(`^<svg[^>]* width="${OG_SIZE.width}" height="${OG_SIZE.height}"`));
    expect(svg).not.toContain('var(');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&#60;b&#62;&#38;&#60;/b&#62;');
    expect(svg).toContain('d="M0,0L10,10"');
    expect(svg).toMatch(/\.curve\.series-1\{stroke:#[0-9a-f]{6}\}/);
    expect(svg).toContain('scale(2)');
  });
});
