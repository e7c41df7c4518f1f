/**
 * Reads the deploy location from the environment. Plain JS so astro.config.mjs can import it
 * before TypeScript is set up; tests import it too.
 *
 * @param {Record<string, string | undefined>} env
 * @returns {{ site: string, base: string }}
 */
export function siteFromEnv(env) {
  const site = (env.SITE_URL || 'http://localhost:4321').trim();
  try {
    new URL(site);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://user.github.io, got "${site}"`);
  }
  return { site, base: normaliseBase(env.BASE_PATH) };
}

/**
 * '/', '', undefined → '/'; 'a/b-c' or '/a/b-c' → '/a/b-c/'. One canonical form, so that
 * joining paths never depends on how a deployer wrote the variable.
 *
 * @param {string | undefined} raw
 */
export function normaliseBase(raw) {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
