import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the browser tests find the site: built under a deep base, as a fork's Pages would be.
 * E2E_PORT and E2E_SITE_DIR let several checkouts' test runs share a machine.
 */
export const E2E_BASE = '/a/b-c/';
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4322);
export const E2E_SITE_DIR = process.env.E2E_SITE_DIR ?? '.tmp/site';
export const E2E_SITE_URL = 'https://example.test';

/** Every page the built sitemap lists, read from disk, so that a page can be a test of its own. */
export function builtSitemapPaths(): string[] {
  return readdirSync(E2E_SITE_DIR)
    .filter((name) => /^sitemap-\d+\.xml$/.test(name))
    .flatMap((name) => [...readFileSync(join(E2E_SITE_DIR, name), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)])
    .map((match) => new URL(match[1]!).pathname);
}
