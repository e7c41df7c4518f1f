/** Where the browser tests find the site: built under a deep base, as a fork's Pages would be. */
export const E2E_BASE = '/a/b-c/';
export const E2E_PORT = 4322;
export const E2E_SITE_DIR = '.tmp/site';
export const E2E_SITE_URL = 'https://example.test';
