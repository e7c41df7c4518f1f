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
 * come near the viewport, except on-request chunks and the chunks only those pull in.
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
    const next = [...code.matchAll(/(?:import|from)\s*["'`]\.\/([^"'`]+\.js)["'`]/g)].map((m) => m[1]);
    if (followDynamic) next.push(...dynamicImports(code));
    for (const chunk of next) visit(join(file, '..', chunk));
  };
  for (const entry of entries) visit(entry);
  return seen;
}

/**
 * The chunks a chunk's dynamic imports load, except on-request ones. Vite wraps each
 * `import("./x.js")` in its preload helper with `__vite__mapDeps([i, …])`, indices into the
 * chunk's table of what x.js needs ("_astro/y.js"); an on-request import's needs are skipped with it.
 *
 * @param {string} code
 * @returns {string[]}
 */
function dynamicImports(code) {
  const table = [...(code.match(/m\.f=\[([^\]]*)\]/)?.[1] ?? '').matchAll(/["'`]_astro\/([^"'`]+\.js)["'`]/g)].map((m) => m[1]);
  const loads = [];
  // Each import, with the preload indices that follow it before the next import.
  const calls = [...code.matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)];
  calls.forEach((call, i) => {
    if (ON_REQUEST.test(basename(call[1]))) return;
    loads.push(call[1]);
    const upTo = calls[i + 1]?.index ?? code.length;
    const deps = code.slice(call.index, upTo).match(/__vite__mapDeps\(\[([\d,]*)\]\)/)?.[1] ?? '';
    for (const index of deps.split(',').filter(Boolean)) loads.push(table[Number(index)]);
  });
  return loads;
}
