/** Bytes each built page makes a reader download: JS (gzip, brotli), CSS, and everything. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chunksLoaded, ON_REQUEST } from './page-javascript.mjs';

export function pageWeights(siteDir, base) {
  return htmlFiles(siteDir).map((file) => {
    const html = readFileSync(file, 'utf8');
    const page = relative(siteDir, file);
    const assets = new Set();
    for (const match of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
      const path = localPath(match[1], siteDir, base);
      if (path && /\.(js|css|woff2|svg|png)$/.test(path)) assets.add(path);
    }
    // The same count as the build test's budget: on-request chunks are not "every figure live".
    const entries = [...assets].filter((a) => a.endsWith('.js'));
    const upFront = chunksLoaded(entries, false);
    for (const chunk of chunksLoaded(entries, true)) assets.add(chunk);
    const sum = (filter, compress) => [...assets].filter(filter).reduce((total, asset) => total + compress(readFileSync(asset)).length, 0);
    const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
    const js = (f) => f.endsWith('.js');
    const upFrontJs = [...upFront].filter(js).reduce((total, asset) => total + gzipSync(readFileSync(asset)).length, 0);
    return {
      page,
      jsUpFrontGzip: upFrontJs + gzipSync(inlineScripts).length,
      jsGzip: sum(js, gzipSync) + gzipSync(inlineScripts).length,
      jsBrotli: sum(js, brotliCompressSync) + brotliCompressSync(inlineScripts).length,
      cssGzip: sum((f) => f.endsWith('.css'), gzipSync),
      htmlGzip: gzipSync(html).length,
      // Fonts a page may fetch: KaTeX's woff2 only load when math is on the page.
      totalGzip:
        gzipSync(html).length +
        sum((f) => !f.endsWith('.woff2'), gzipSync) +
        sum(
          (f) => f.endsWith('.woff2'),
          (b) => b,
        ),
    };
  });
}

function localPath(url, siteDir, base) {
  if (/^(https?:)?\/\//.test(url) || !url.startsWith(base)) return null;
  return join(siteDir, url.slice(base.length).split(/[?#]/)[0]);
}

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Chunks a reader loads only by opening a feature (the formula box, the Lab's exports, the trainer), by name, with their gzip size. */
export function onRequestChunks(siteDir) {
  const dir = join(siteDir, '_astro');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.js') && ON_REQUEST.test(name))
    .map((name) => ({ chunk: name.replace(/\.[\w-]+\.js$/, ''), gzip: gzipSync(readFileSync(join(dir, name))).length }))
    .sort((a, b) => a.chunk.localeCompare(b.chunk));
}
