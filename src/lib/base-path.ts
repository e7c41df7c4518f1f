/**
 * Every internal link and asset URL goes through `withBase`, so the site works the same at the
 * domain root and under a GitHub Pages sub-path such as `/activation-blog/`.
 * `import.meta.env.BASE_URL` may or may not end in a slash depending on configuration, so this
 * joins with exactly one slash whatever it gets.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) return path; // absolute URL
  if (path.startsWith('#') || path.startsWith('?')) return path; // same-page reference
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

/** An absolute URL (for RSS, canonical and OpenGraph tags), under the base path. */
export function absoluteUrl(path: string, site: URL | string, base: string = import.meta.env.BASE_URL): string {
  return new URL(withBase(path, base), site).href;
}
