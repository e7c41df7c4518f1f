import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { create, type Font } from 'fontkitten';
import { filesUnder, htmlPages, parsePage, SITE_DIR } from './site-files';

/**
 * The site serves KaTeX's fonts cut down to the characters of its formulas
 * (src/plugins/katex-font-subset.mjs). A character dropped from a face that has it would draw in
 * a fallback font. These tests read the characters from each page's DOM, not with the plugin's
 * own reader, and the faces' character maps from the font files.
 */
const FULL_FONTS = resolve('node_modules/katex/dist/fonts');
const SERVED = filesUnder(SITE_DIR, /^KaTeX_[\w-]+\.[\w-]+\.woff2$/);
const faceOf = (file: string): string => basename(file).replace(/\.[\w-]+\.woff2$/, '');
const characterSet = (file: string): Set<number> => new Set((create(readFileSync(file)) as Font).characterSet);

describe('KaTeX fonts', () => {
  it('keep, in every face, each character of every formula on every page that the full face has', () => {
    const characters = new Set<number>();
    for (const page of htmlPages()) {
      for (const formula of parsePage(page).querySelectorAll('.katex')) {
        for (const character of formula.textContent ?? '') characters.add(character.codePointAt(0)!);
      }
    }
    expect(characters.size).toBeGreaterThan(50);
    expect(SERVED.length).toBeGreaterThan(10);
    const missing: string[] = [];
    for (const file of SERVED) {
      const full = characterSet(join(FULL_FONTS, `${faceOf(file)}.woff2`));
      const kept = characterSet(file);
      for (const c of characters)
        if (full.has(c) && !kept.has(c)) missing.push(`${faceOf(file)}: U+${c.toString(16)} ${String.fromCodePoint(c)}`);
    }
    expect(missing).toEqual([]);
  });

  it('are each smaller than KaTeX ships them', () => {
    const notCut = SERVED.filter((file) => readFileSync(file).length >= readFileSync(join(FULL_FONTS, `${faceOf(file)}.woff2`)).length);
    expect(notCut).toEqual([]);
  });
});
