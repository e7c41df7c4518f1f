import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlPages, parsePage } from './site-files';

/**
 * Each page keeps only the KaTeX style rules that can match it (src/plugins/katex-css-per-page.mjs).
 * Checked the other way round from how the plugin decides: every selector of KaTeX's own
 * stylesheet that some element of the page matches, by a DOM's selector engine, is still in the
 * page's CSS.
 */
const KATEX_CSS = readFileSync(resolve('node_modules/katex/dist/katex.min.css'), 'utf8');

/** Selectors of the top-level rules of a stylesheet (at-rules skipped), written one way. */
function selectorsOf(css: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{' && depth++ === 0) {
      const prelude = css.slice(start, i).trim();
      if (!prelude.startsWith('@')) out.push(...prelude.split(',').map(normalised));
    } else if (css[i] === '}' && --depth === 0) start = i + 1;
  }
  return out;
}
const normalised = (selector: string): string =>
  selector
    .replace(/\s+/g, ' ')
    .replace(/\s*([>+~])\s*/g, '$1')
    .replace(/::/g, ':')
    .trim();

const KATEX_SELECTORS = selectorsOf(KATEX_CSS).filter((s) => s.startsWith('.katex'));

describe('KaTeX styles per page', () => {
  it('reads KaTeX’s stylesheet', () => expect(KATEX_SELECTORS.length).toBeGreaterThan(300));

  it.each(htmlPages())('%s keeps every KaTeX selector that matches something on it', (page) => {
    const document = parsePage(page);
    const css = Array.from(document.querySelectorAll('style'), (style) => style.textContent).join('');
    const kept = new Set(selectorsOf(css));
    const dropped = KATEX_SELECTORS.filter((s) => !kept.has(s) && document.querySelector(s.replace(/:(before|after)\b/g, '')) !== null);
    expect(dropped).toEqual([]);
    expect(css.includes('font-family:KaTeX_'), 'KaTeX fonts declared exactly where there is a formula').toBe(
      document.querySelector('.katex') !== null,
    );
  });
});
