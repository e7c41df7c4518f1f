import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Window } from 'happy-dom';

const ROOT = resolve(import.meta.dirname, '../..');
/** The site scripts/test.mjs built under a deep base (see tests/e2e/site.ts). */
export const SITE_DIR = resolve(ROOT, process.env.E2E_SITE_DIR ?? '.tmp/site');
export const BASE = '/a/b-c/';

export function siteExists(): boolean {
  return existsSync(join(SITE_DIR, 'index.html'));
}

export function filesUnder(dir: string, pattern: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, pattern));
    else if (pattern.test(name)) out.push(path);
  }
  return out;
}

export function htmlPages(): string[] {
  return filesUnder(SITE_DIR, /\.html$/).map((file) => relative(SITE_DIR, file));
}

const parsed = new Map<string, Document>();

/**
 * Parses a built page into a DOM (no scripts run), once per test file: the link check alone asks
 * for a page once per anchor that points at it. Treat the result as read-only, it is shared.
 */
export function parsePage(page: string): Document {
  let document = parsed.get(page);
  if (!document) {
    const window = new Window({ url: `https://example.test${BASE}${page}` });
    window.document.write(readFileSync(join(SITE_DIR, page), 'utf8'));
    document = window.document as unknown as Document;
    parsed.set(page, document);
  }
  return document;
}

/** The file a site URL path (under the base) is served from, as scripts/serve.mjs serves it. */
export function fileForPath(pathname: string): string | null {
  if (!pathname.startsWith(BASE)) return null;
  const rest = decodeURIComponent(pathname.slice(BASE.length));
  const candidates = rest === '' || rest.endsWith('/') ? [join(rest, 'index.html')] : [rest, join(rest, 'index.html')];
  for (const candidate of candidates) {
    const file = join(SITE_DIR, candidate);
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}
