#!/usr/bin/env node
/**
 * Serves the built site (dist/) the way GitHub Pages does: under the base path, `dir` →
 * `dir/index.html`, `dir` without a slash → 301 to `dir/`, unknown paths → 404.html with
 * status 404, gzip when the client accepts it. Used by `npm start`, the browser tests and the
 * benchmark, so all three see what a reader of the deployed site sees.
 *
 *   node scripts/serve.mjs [--port 4321] [--host 127.0.0.1] [--dir dist] [--base /a/b/]
 * Base defaults to BASE_PATH (as the build used it).
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { normaliseBase } from '../src/plugins/site-from-env.mjs';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt']);

/** Starts the server; resolves once it listens. */
export function serve({ dir = 'dist', base = normaliseBase(process.env.BASE_PATH), host = '127.0.0.1', port = 4321 } = {}) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const pathname = decodeURIComponent(url.pathname);
      if (!pathname.startsWith(base) && `${pathname}/` !== base) return notFound(req, res, root);
      if (`${pathname}/` === base) return redirect(res, base + url.search);
      const relative = pathname.slice(base.length);
      const file = normalize(join(root, relative));
      if (file !== root && !file.startsWith(root + sep)) return notFound(req, res, root);
      const info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        if (!pathname.endsWith('/')) return redirect(res, `${pathname}/${url.search}`);
        return send(req, res, join(file, 'index.html'), 200, root);
      }
      if (info?.isFile()) return send(req, res, file, 200, root);
      return notFound(req, res, root);
    } catch {
      res.writeHead(400).end('Bad request');
    }
  });
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveListen(server));
  });
}

async function send(req, res, file, status, root) {
  const body = await readFile(file).catch(() => null);
  if (!body) return notFound(req, res, root);
  const type = extname(file);
  const headers = { 'content-type': MIME[type] ?? 'application/octet-stream', 'cache-control': 'max-age=600' };
  const gzip = COMPRESSIBLE.has(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const payload = gzip ? gzipSync(body) : body;
  if (gzip) headers['content-encoding'] = 'gzip';
  headers['content-length'] = payload.length;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : payload);
}

function notFound(req, res, root) {
  const page = join(root, '404.html');
  return readFile(page)
    .then(() => send(req, res, page, 404, root))
    .catch(() => res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found'));
}

function redirect(res, location) {
  res.writeHead(301, { location }).end();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '4321' },
      host: { type: 'string', default: '127.0.0.1' },
      dir: { type: 'string', default: 'dist' },
      base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
    },
  });
  const base = normaliseBase(values.base);
  const { host } = values;
  const port = Number(values.port);
  await serve({ dir: values.dir, base, host, port });
  console.log(`Serving the blog at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${base}  (Ctrl+C to stop)`);
}
