/**
 * What the steps that run once the site is built (katexFontSubset, katexCssPerPage,
 * narrowScenesOnRequest, cspHashes) share: the built site's files, rewriting them in place, and
 * file names that follow their content.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file and folder of the built site, as paths relative to it. @param {string} site */
export function builtFiles(site) {
  return readdir(site, { recursive: true });
}

/** The built site's HTML pages, as paths relative to it. @param {string} site */
export async function builtPages(site) {
  return (await builtFiles(site)).filter((file) => file.endsWith('.html'));
}

/**
 * Passes each text file through `rewrite` and writes back the ones it changed.
 *
 * @param {string} site the built site's folder
 * @param {string[]} files paths relative to it
 * @param {(text: string, file: string) => string} rewrite
 */
export async function rewriteFiles(site, files, rewrite) {
  for (const file of files) {
    const path = join(site, file);
    const text = await readFile(path, 'utf8');
    const rewritten = rewrite(text, file);
    if (rewritten !== text) await writeFile(path, rewritten);
  }
}

/**
 * A short hash of a file's content, for a name that changes when the content does.
 *
 * @param {string | Uint8Array} content
 * @param {number} length characters of base64url
 */
export function contentHash(content, length) {
  return createHash('sha256').update(content).digest('base64url').slice(0, length);
}
