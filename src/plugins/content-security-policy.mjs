/**
 * The Content-Security-Policy every page carries (GitHub Pages cannot send headers, so Astro
 * writes it as a <meta http-equiv> tag and adds the hash of each script and style it bundles).
 * Scripts: only our own files, plus the one inline script (the theme set before first paint),
 * allowed by its hash. Pagefind's search index runs as WebAssembly, hence 'wasm-unsafe-eval'
 * (it allows compiling WebAssembly, not JavaScript eval). Style attributes stay allowed because
 * KaTeX positions every glyph with one.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const themeInit = readFileSync(new URL('../scripts/theme-init.js', import.meta.url), 'utf8');

/** @returns {Exclude<NonNullable<NonNullable<import('astro').AstroUserConfig['security']>['csp']>, boolean>} */
export function contentSecurityPolicy() {
  return {
    algorithm: 'SHA-256',
    directives: [
      "default-src 'self'",
      "img-src 'self' data:",
      // Vite inlines KaTeX's smallest woff2 files into the CSS as data: URLs.
      "font-src 'self' data:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ],
    scriptDirective: {
      resources: ["'self'", "'wasm-unsafe-eval'"],
      hashes: [`sha256-${createHash('sha256').update(themeInit).digest('base64')}`],
    },
    styleDirective: {
      resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
    },
  };
}
