/**
 * Where the browser tests find the site: built under a deep base, as a fork's Pages would be.
 * E2E_PORT and E2E_SITE_DIR let several checkouts' test runs share a machine.
 */
export const E2E_BASE = '/a/b-c/';
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4322);
export const E2E_SITE_DIR = process.env.E2E_SITE_DIR ?? '.tmp/site';
export const E2E_SITE_URL = 'https://example.test';
