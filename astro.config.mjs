// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { rehypeFailOnKatexError } from './src/plugins/rehype-fail-on-katex-error.mjs';
import { siteFromEnv } from './src/plugins/site-from-env.mjs';
import { katexWoff2Only } from './src/plugins/katex-woff2-only.mjs';
import { d3RandomPure } from './src/plugins/d3-random-pure.mjs';
import { contentSecurityPolicy, cspHashes } from './src/plugins/content-security-policy.mjs';
import { katexFontSubset } from './src/plugins/katex-font-subset.mjs';
import { katexCssPerPage } from './src/plugins/katex-css-per-page.mjs';
import { narrowScenesOnRequest } from './src/plugins/narrow-scenes-on-request.mjs';
import { pagefind } from './src/plugins/pagefind.mjs';
import { rehypeTableScroll } from './src/plugins/rehype-table-scroll.mjs';
import { figureChunks } from './src/plugins/figure-chunks.mjs';

// SITE_URL and BASE_PATH come from the environment so a fork deploys under its own
// GitHub Pages sub-path (the deploy workflow passes configure-pages' outputs).
const { site, base } = siteFromEnv(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  security: { csp: contentSecurityPolicy() },
  // After the build, in this order: katexFontSubset() cuts KaTeX's fonts down to the characters
  // of the site's formulas; katexCssPerPage() leaves out of each page the KaTeX style rules
  // nothing on it matches; narrowScenesOnRequest() moves the figures' phone drawings out of the
  // pages into files of their own; cspHashes() fills each page's CSP with the hashes of its
  // inline blocks; pagefind() indexes post bodies for the static search page.
  integrations: [mdx(), sitemap(), katexFontSubset(), katexCssPerPage(), narrowScenesOnRequest(), cspHashes(), pagefind()],
  markdown: {
    // Prism marks code with classes; Shiki's inline styles would need 'unsafe-inline' under the CSP.
    syntaxHighlight: 'prism',
    // Astro's default Rust processor ignores remark/rehype plugins, so use the unified one.
    processor: unified({
      remarkPlugins: [remarkMath],
      // Every formula is checked at build time: a malformed one fails the build, naming the file.
      rehypePlugins: [[rehypeKatex, { strict: 'error' }], rehypeFailOnKatexError, rehypeTableScroll],
    }),
  },
  vite: {
    plugins: [katexWoff2Only(), d3RandomPure()],
    build: {
      sourcemap: Boolean(process.env.SOURCEMAP),
      rolldownOptions: { output: { codeSplitting: figureChunks() } },
    },
    resolve: {
      // Two helpers of stdlib's erf drag ~7 KB gzip of polyfills into every page; these
      // bit-identical replacements keep pages light (see src/lib/activations/stdlib-lite/).
      alias: [
        {
          find: /^@stdlib\/math-base-special-ldexp\/dist$/,
          replacement: fileURLToPath(new URL('./src/lib/activations/stdlib-lite/ldexp.cjs', import.meta.url)),
        },
        {
          find: /^@stdlib\/number-float64-base-set-low-word\/dist$/,
          replacement: fileURLToPath(new URL('./src/lib/activations/stdlib-lite/set-low-word.cjs', import.meta.url)),
        },
      ],
    },
  },
  build: {
    // Every stylesheet is inlined: a linked one blocks the first paint (the <h1>) for a round
    // trip on a phone. cspHashes() allows each inline <style> by its hash.
    inlineStylesheets: 'always',
  },
});
