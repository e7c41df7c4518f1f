/**
 * Which JavaScript files a built page loads, counted one way by the build test's budget
 * (tests/build/site.test.ts) and by the bench (weights.mjs), so the two cannot disagree.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/**
 * Code a reader asks for by opening a feature, not code a figure needs to come alive: the "Try
 * your own" parser, another number format's arithmetic, the Lab's exporters and trainer, the
 * figure tools' table and downloads. It is not part of "every figure live".
 */
export const ON_REQUEST =
  /^(formula-box|parse|print|export-python|export-registry|precision-data|train|tool-actions|reader-formula-compile)\./;

/**
 * The chunks `entries` (absolute paths of a page's script files) load: with `followDynamic`
 * false, what they import statically (up front); with true, also what figures import when they
 * come near the viewport, except on-request chunks.
 *
 * @param {readonly string[]} entries
 * @param {boolean} followDynamic
 * @returns {Set<string>}
 */
export function chunksLoaded(entries, followDynamic) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Chunks sit side by side in _astro/; Vite's preload map names them from the base ("_astro/x.js").
    const pattern = followDynamic ? /["'](?:\.\/|_astro\/)([^"']+\.js)["']/g : /(?:import|from)\s*["']\.\/([^"']+\.js)["']/g;
    for (const match of code.matchAll(pattern)) {
      if (followDynamic && ON_REQUEST.test(basename(match[1]))) continue;
      visit(join(file, '..', match[1]));
    }
  };
  for (const entry of entries) visit(entry);
  return seen;
}
