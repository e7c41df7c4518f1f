/**
 * The Content-Security-Policy every page carries. GitHub Pages cannot send headers, so it is a
 * <meta http-equiv> tag: Astro writes the tag (security.csp), and once the site is built,
 * `cspHashes()` rewrites it page by page with the sha256 of every inline <script> and <style>
 * actually on that page. Hashing the finished HTML, not Astro's bundling steps, means an inlined
 * stylesheet or script can never be missed, and a page allows only its own inline blocks.
 *
 * Scripts: our own files and the page's inline scripts by hash. Pagefind's search index runs as
 * WebAssembly, hence 'wasm-unsafe-eval' (it allows compiling WebAssembly, not JavaScript eval).
 * Styles: our own files and inline <style> blocks by hash; style attributes stay allowed
 * (style-src-attr) because KaTeX positions every glyph with one.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { builtPages, rewriteFiles } from './built-site.mjs';

/** Every directive but script-src and style-src, which carry each page's hashes. */
const DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  // Vite inlines KaTeX's smallest woff2 files into the CSS as data: URLs.
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];
const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"];
const STYLE_SOURCES = ["'self'"];

/** Astro's own CSP option: writes the meta tag (and serves `astro dev` with a policy). */
/** @returns {Exclude<NonNullable<NonNullable<import('astro').AstroUserConfig['security']>['csp']>, boolean>} */
export function contentSecurityPolicy() {
  return {
    algorithm: 'SHA-256',
    directives: DIRECTIVES,
    scriptDirective: { resources: SCRIPT_SOURCES },
    styleDirective: { resources: [...STYLE_SOURCES, { resource: "'unsafe-inline'", kind: 'attribute' }] },
  };
}

/** `'sha256-…'` of a block's text exactly as it stands between its tags (what browsers hash). */
export function cspHash(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Script types a browser runs (others, like application/json, are data and need no hash). */
const EXECUTABLE = /^(|module|text\/javascript|application\/javascript)$/i;

/** Inline <script> and <style> blocks of a page, as the text the policy must allow. */
export function inlineBlocks(html) {
  const scripts = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes = '']) => !/\ssrc\s*=/i.test(attributes))
    .filter(([, attributes = '']) => EXECUTABLE.test(/\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? ''))
    .map((m) => m[2]);
  const styles = [...html.matchAll(/<style(\s[^>]*)?>([\s\S]*?)<\/style>/gi)].map((m) => m[2]);
  return { scripts, styles };
}

/** The policy for one page: the fixed directives plus the hashes of its own inline blocks. */
export function policyFor(html) {
  const { scripts, styles } = inlineBlocks(html);
  const hashes = (blocks) => [...new Set(blocks.map(cspHash))];
  return [
    ...DIRECTIVES,
    ['script-src', ...SCRIPT_SOURCES, ...hashes(scripts)].join(' '),
    ['style-src', ...STYLE_SOURCES, ...hashes(styles)].join(' '),
    "style-src-attr 'unsafe-inline'",
  ].join('; ');
}

const META = /<meta http-equiv="content-security-policy" content="[^"]*">/i;

/** Rewrites the page's CSP meta tag; fails loudly if the page has none (it would run unprotected). */
export function withPolicy(html, page) {
  if (!META.test(html)) throw new Error(`${page} has no Content-Security-Policy meta tag to fill in`);
  return html.replace(META, `<meta http-equiv="content-security-policy" content="${policyFor(html)}">`);
}

/** @returns {import('astro').AstroIntegration} */
export function cspHashes() {
  return {
    name: 'csp-hashes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = await builtPages(site);
        await rewriteFiles(site, pages, withPolicy);
        logger.info(`hashed the inline scripts and styles of ${pages.length} pages into their Content-Security-Policy`);
      },
    },
  };
}
