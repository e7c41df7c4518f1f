import { describe, expect, it } from 'vitest';
import { absoluteUrl, withBase } from '../../src/lib/base-path';
import { normaliseBase, siteFromEnv } from '../../src/plugins/site-from-env.mjs';

describe('withBase', () => {
  it.each([
    ['/', 'posts/a/', '/posts/a/'],
    ['/', '/posts/a/', '/posts/a/'],
    ['/blog', 'favicon.svg', '/blog/favicon.svg'],
    ['/blog/', 'favicon.svg', '/blog/favicon.svg'],
    ['/a/b-c/', '/', '/a/b-c/'],
    ['/a/b-c', '', '/a/b-c/'],
    ['/a/b-c/', '//x.svg', '//x.svg'],
  ])('base %s + %s → %s', (base, path, expected) => {
    expect(withBase(path, base)).toBe(expected);
  });

  it('leaves absolute URLs and same-page references alone', () => {
    expect(withBase('https://example.com/x', '/a/')).toBe('https://example.com/x');
    expect(withBase('mailto:me@example.com', '/a/')).toBe('mailto:me@example.com');
    expect(withBase('#refs', '/a/')).toBe('#refs');
  });

  it('makes absolute URLs under the base', () => {
    expect(absoluteUrl('rss.xml', 'https://u.github.io', '/repo')).toBe('https://u.github.io/repo/rss.xml');
  });
});

describe('site and base from the environment', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['repo', '/repo/'],
    ['/repo', '/repo/'],
    ['/a/b-c/', '/a/b-c/'],
    ['  //a/b-c//  ', '/a/b-c/'],
  ])('BASE_PATH=%j → %s', (raw, expected) => {
    expect(normaliseBase(raw)).toBe(expected);
  });

  it('defaults to a local site and rejects a relative SITE_URL', () => {
    expect(siteFromEnv({})).toEqual({ site: 'http://localhost:4321', base: '/' });
    expect(() => siteFromEnv({ SITE_URL: 'example.com' })).toThrow(/SITE_URL must be an absolute URL/);
  });
});
