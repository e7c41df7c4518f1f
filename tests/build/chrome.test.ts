/**
 * The blog's chrome as built: the search index, link-preview images and the feed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, htmlPages, parsePage, SITE_DIR } from './site-files';

const SITE_URL = 'https://example.test';
const postPages = () => htmlPages().filter((p) => /^posts\/[^/]+\/index\.html$/.test(p));
const postIds = () => postPages().map((p) => p.split('/')[1]!);

describe('search index (Pagefind)', () => {
  it('exists under pagefind/, with the JS API, its worker and WebAssembly', () => {
    for (const file of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.en.pagefind']) {
      expect(existsSync(join(SITE_DIR, 'pagefind', file)), file).toBe(true);
    }
  });

  it('indexes exactly the post pages, and ships none of Pagefind’s unused UI bundles', () => {
    const entry = JSON.parse(readFileSync(join(SITE_DIR, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(postPages().length);
    expect(readdirSync(join(SITE_DIR, 'pagefind')).filter((f) => /ui|highlight/.test(f))).toEqual([]);
  });

  it('marks each post body, and only post pages, for indexing', () => {
    for (const page of htmlPages()) {
      const bodies = parsePage(page).querySelectorAll('[data-pagefind-body]').length;
      expect(bodies, page).toBe(postPages().includes(page) ? 1 : 0);
    }
  });

  it('the search page points its element at the index under the base path, and its form works without a server', () => {
    const document = parsePage('search/index.html');
    expect(document.querySelector('site-search')?.getAttribute('data-pagefind')).toBe(`${BASE}pagefind/pagefind.js`);
    expect(document.querySelector('form[role="search"]')?.getAttribute('action')).toBe(`${BASE}search/`);
    expect(document.querySelector('[data-role="nojs"]')?.textContent).toMatch(/needs JavaScript/);
  });
});

describe('link-preview images', () => {
  it('exist for every post and as the default, as 1200×630 PNGs', () => {
    for (const name of [...postIds(), 'default']) {
      const png = readFileSync(join(SITE_DIR, 'og', `${name}.png`));
      expect(png.subarray(0, 8).toString('hex'), name).toBe('89504e470d0a1a0a');
      expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], name).toEqual([1200, 630]);
      expect(png.length, name).toBeGreaterThan(10_000); // a card with text and a plot, not a blank
    }
  });

  it('each post’s og:image and twitter:image are its own card, as an absolute URL under the base path', () => {
    for (const id of postIds()) {
      const document = parsePage(`posts/${id}/index.html`);
      const url = `${SITE_URL}${BASE}og/${id}.png`;
      expect(document.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(url);
      expect(document.querySelector('meta[name="twitter:image"]')?.getAttribute('content')).toBe(url);
    }
    expect(parsePage('index.html').querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(
      `${SITE_URL}${BASE}og/default.png`,
    );
  });
});

describe('RSS', () => {
  const feed = () => readFileSync(join(SITE_DIR, 'rss.xml'), 'utf8');

  it('names its own absolute address (atom:link rel=self) and links the site under the base path', () => {
    expect(feed()).toContain(`<atom:link href="${SITE_URL}${BASE}rss.xml" rel="self" type="application/rss+xml"/>`);
    expect(feed()).toContain(`<link>${SITE_URL}${BASE}</link>`);
  });

  it('has one item per post, each linking to the post by absolute URL under the base path', () => {
    const links = [...feed().matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]);
    expect(links.sort()).toEqual(
      postIds()
        .map((id) => `${SITE_URL}${BASE}posts/${id}/`)
        .sort(),
    );
  });
});
