/**
 * KaTeX ships each face with every glyph TeX might ask for; this site's formulas use about a
 * hundred and thirty characters. Once the site is built, every KaTeX font in it is cut down to the
 * characters inside the site's formulas (all pages together, so a reader moving between posts
 * reuses one file per face), keeping hinting and every layout feature, and renamed by its new
 * content so that no cache can hand out an older cut. On the sigmoid post the five faces it loads
 * go from 80 KB to 48 KB. Formulas exist only in the built HTML (nothing renders KaTeX in the
 * browser), so the built pages are the whole list of what must stay. Runs before `cspHashes()`:
 * the new file names change the inlined stylesheets that it hashes.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { builtFiles, contentHash, rewriteFiles } from './built-site.mjs';

/** Matches one tag, comment or run of text, in document order. */
const TOKEN = /<!--[\s\S]*?-->|<(\/)?([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)/g;
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const NAMED_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** Printable ASCII is always kept: a few kilobytes that spare any doubt about plain characters. */
const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('');

/** @param {string} text */
function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => {
    if (name[0] !== '#') return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
  });
}

/**
 * Every character inside an element of class `katex` (its HTML rendering and its MathML) in one
 * page of HTML, added to `into`. The MathML adds the TeX source's own characters: a few more to
 * keep, never one too few.
 *
 * @param {string} html
 * @param {Set<string>} into
 */
export function addFormulaCharacters(html, into) {
  let depth = 0; // open elements inside the current formula; 0 outside formulas
  for (const [, closing, name, attributes, text] of html.matchAll(TOKEN)) {
    if (text !== undefined) {
      if (depth > 0) for (const character of decodeEntities(text)) into.add(character);
    } else if (name === undefined) {
      continue; // a comment
    } else if (closing) {
      if (depth > 0) depth -= 1;
    } else if (!VOID_ELEMENTS.has(name.toLowerCase()) && !attributes.trimEnd().endsWith('/')) {
      if (depth > 0) depth += 1;
      else if (/\sclass="(?:[^"]*\s)?katex(?:\s[^"]*)?"/.test(attributes)) depth = 1;
    }
  }
  return into;
}

/** @returns {import('astro').AstroIntegration} */
export function katexFontSubset() {
  return {
    name: 'katex-font-subset',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const files = await builtFiles(site);
        const pages = files.filter((file) => file.endsWith('.html'));
        const characters = new Set(ASCII);
        for (const page of pages) addFormulaCharacters(await readFile(join(site, page), 'utf8'), characters);
        const text = [...characters].join('');

        /** @type {Map<string, string>} old file name → new */
        const renamed = new Map();
        let before = 0;
        let after = 0;
        for (const file of files.filter((name) => /(^|[/\\])KaTeX_[\w-]+\.[\w-]+\.woff2$/.test(name))) {
          const full = await readFile(join(site, file));
          const cut = await subsetFont(full, text, { targetFormat: 'woff2' });
          if (cut.length >= full.length) continue;
          const name = file.replace(/\.[\w-]+\.woff2$/, `.${contentHash(cut, 8)}.woff2`);
          await writeFile(join(site, name), cut);
          await rm(join(site, file));
          renamed.set(file.split(/[/\\]/).pop(), name.split(/[/\\]/).pop());
          before += full.length;
          after += cut.length;
        }
        if (renamed.size === 0) return;
        const pattern = new RegExp([...renamed.keys()].map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
        const texts = files.filter((name) => /\.(html|css)$/.test(name));
        await rewriteFiles(site, texts, (source) => source.replace(pattern, (old) => renamed.get(old) ?? old));
        logger.info(
          `cut ${renamed.size} KaTeX fonts to the ${characters.size} characters of the site's formulas: ${Math.round(before / 1024)} KB → ${Math.round(after / 1024)} KB`,
        );
      },
    },
  };
}
