/**
 * Static search: once Astro has written the site, Pagefind indexes it and writes its index and
 * its small JS API into `<outDir>/pagefind/`. Running as an `astro:build:done` hook (not as a
 * separate `pagefind --site dist` step) means every build gets an index, including the tests'
 * `astro build --outDir .tmp/site`.
 *
 * Only post bodies are indexed (PostLayout marks them with `data-pagefind-body`), and inside
 * them only prose (see PAGEFIND_EXCLUDE), so excerpts read as sentences rather than tick labels.
 *
 * Pagefind's bundled UIs are not written: the search page uses the JS API (pagefind.js and its
 * worker and WebAssembly), so nothing else would ever be requested.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Elements inside a post body that are not prose: everything in a figure but its caption
 * (drawings, controls, printed numbers, atlas cards), and KaTeX math, whose text layers
 * (MathML and glyph spans) read as "f(x)={xx>0αxx≤0" in an excerpt.
 */
export const PAGEFIND_EXCLUDE = ['.figure > :not(figcaption)', '.katex', '.toc'];

/** Files of Pagefind's own UIs, which this site does not use. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** @returns {import('astro').AstroIntegration} */
export function pagefind() {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { createIndex, close } = await import('pagefind');
        try {
          const { index, errors } = await createIndex({ forceLanguage: 'en', excludeSelectors: PAGEFIND_EXCLUDE });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
          const { files, errors: fileErrors } = await index.getFiles();
          if (fileErrors.length > 0) throw new Error(`Pagefind could not write its index: ${fileErrors.join('; ')}`);
          let bytes = 0;
          for (const file of files) {
            if (UNUSED.test(file.path)) continue;
            const target = join(site, 'pagefind', file.path);
            await mkdir(dirname(target), { recursive: true });
            await writeFile(target, file.content);
            bytes += file.content.byteLength;
          }
          const ms = Math.round(performance.now() - started);
          const entry = files.find((file) => file.path === 'pagefind-entry.json');
          const languages = entry ? Object.values(JSON.parse(new TextDecoder().decode(entry.content)).languages) : [];
          const indexed = languages.reduce((sum, language) => sum + language.page_count, 0);
          logger.info(
            `indexed ${indexed} of ${added.page_count} pages (post bodies only) into pagefind/: ${(bytes / 1024).toFixed(0)} KB in ${ms} ms`,
          );
        } finally {
          await close();
        }
      },
    },
  };
}
