/**
 * KaTeX's stylesheet is inlined into every post (it must be there for the first paint), but one
 * post's formulas match a few dozen of its 382 selectors: most are size combinations such as
 * `.sizing.reset-size6.size3` that a page never writes. Once the site is built, each page keeps,
 * of the selectors that start with `.katex`, those whose every class is on some element of the
 * page, and KaTeX's @font-face rules only if the page has a formula. Everything else is left as
 * it is. On the sigmoid post the inline CSS goes from 13.6 to 11.4 KB gzip. Formulas exist only
 * in the built HTML (nothing renders KaTeX in the browser), so the page's classes are the whole
 * list. Runs before `cspHashes()`, which hashes the inline styles this rewrites.
 */
import { fileURLToPath } from 'node:url';
import { builtPages, rewriteFiles } from './built-site.mjs';

/**
 * The top-level pieces of a stylesheet, each a rule or an at-rule with its block, in order.
 * Braces inside quoted strings do not count.
 *
 * @param {string} css
 */
function topLevelRules(css) {
  const rules = [];
  let depth = 0;
  let start = 0;
  /** @type {string | null} */
  let quote = null;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (quote) {
      if (c === quote && css[i - 1] !== '\\') quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{') depth += 1;
    else if (c === '}' && --depth === 0) {
      rules.push(css.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < css.length) rules.push(css.slice(start));
  return rules;
}

/** Splits a selector list at its own commas, not those inside parentheses. @param {string} list */
function selectors(list) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === '(') depth += 1;
    else if (list[i] === ')') depth -= 1;
    else if (list[i] === ',' && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts;
}

/** Every class named in an HTML page's class attributes. @param {string} html */
export function pageClasses(html) {
  const classes = new Set();
  for (const [, value] of html.matchAll(/\sclass="([^"]*)"/g)) for (const name of value.split(/\s+/)) if (name) classes.add(name);
  return classes;
}

/**
 * A stylesheet without the KaTeX selectors that cannot match a page with these classes.
 *
 * @param {string} css
 * @param {Set<string>} classes
 */
export function pruneKatexCss(css, classes) {
  const canMatch = (/** @type {string} */ selector) =>
    !selector.trim().startsWith('.katex') ||
    Array.from(selector.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g), (m) => m[1]).every((name) => classes.has(name));
  return topLevelRules(css)
    .map((rule) => {
      if (rule.startsWith('@font-face')) return /font-family:\s*["']?KaTeX_/.test(rule) && !classes.has('katex') ? '' : rule;
      if (rule.startsWith('@')) return rule;
      const open = rule.indexOf('{');
      if (open < 0) return rule;
      const kept = selectors(rule.slice(0, open)).filter(canMatch);
      return kept.length === 0 ? '' : `${kept.join(',')}${rule.slice(open)}`;
    })
    .join('');
}

/** @returns {import('astro').AstroIntegration} */
export function katexCssPerPage() {
  return {
    name: 'katex-css-per-page',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = await builtPages(site);
        let saved = 0;
        await rewriteFiles(site, pages, (html) => {
          const classes = pageClasses(html);
          const pruned = html.replace(/<style>([\s\S]*?)<\/style>/g, (_, css) => `<style>${pruneKatexCss(css, classes)}</style>`);
          saved += html.length - pruned.length;
          return pruned;
        });
        logger.info(
          `left out KaTeX style rules no formula on the page can match: ${Math.round(saved / 1024)} KB over ${pages.length} pages`,
        );
      },
    },
  };
}
