/**
 * The blog around the posts, as built, against what the authors wrote in frontmatter: the series
 * in order with previous/next, reading time and date, tag pages, and every page's link-preview
 * meta. Every page is checked here from its HTML; the browser tests click through a sample.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { postsByTag, publishedPosts, seriesPosts } from '../helpers/posts';
import { builtSitemapPaths, E2E_SITE_URL as SITE_URL } from '../e2e/site';
import { BASE, parsePage, SITE_DIR, siteExists } from './site-files';

const POSTS = publishedPosts();
const SERIES = seriesPosts(POSTS);

beforeAll(() => {
  if (!siteExists()) throw new Error(`No built site in ${SITE_DIR}: run npm test (it builds first).`);
});

const pageAt = (path: string) => parsePage(`${path.slice(BASE.length)}index.html`);
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

describe('the series', () => {
  it('the home page lists every series post in seriesOrder, each linking to its post', () => {
    expect(SERIES.length).toBeGreaterThanOrEqual(1);
    const links = [...parsePage('index.html').querySelectorAll('ol.post-list > li > a')];
    expect(links.map((a) => text(a))).toEqual(SERIES.map((p) => p.title));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(SERIES.map((p) => `${BASE}posts/${p.id}/`));
    for (const post of SERIES) expect(text(pageAt(`${BASE}posts/${post.id}/`).querySelector('h1')), post.id).toBe(post.title);
  });

  it('previous and next name their neighbours in the series, and nothing past its ends', () => {
    SERIES.forEach((post, i) => {
      const nav = pageAt(`${BASE}posts/${post.id}/`).querySelector('nav[aria-label="Series"]');
      for (const [rel, neighbour] of [
        ['prev', SERIES[i - 1]],
        ['next', SERIES[i + 1]],
      ] as const) {
        const link = nav?.querySelector(`a[rel="${rel}"]`) ?? null;
        if (!neighbour) expect(link, `${post.id} ${rel}`).toBeNull();
        else {
          expect(link?.getAttribute('href'), `${post.id} ${rel}`).toBe(`${BASE}posts/${neighbour.id}/`);
          expect(text(link), `${post.id} ${rel}`).toContain(neighbour.title);
        }
      }
    });
  });

  it('every post shows its reading time and date', () => {
    for (const post of POSTS) {
      const meta = pageAt(`${BASE}posts/${post.id}/`).querySelector('.post-meta');
      expect(text(meta), post.id).toMatch(/\b[1-9]\d* min read\b/);
      expect(meta?.querySelector('time')?.getAttribute('datetime'), post.id).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    }
  });
});

describe('tags', () => {
  const byTag = postsByTag(POSTS);

  it('the tag index links each tag once, to its page', () => {
    const links = [...parsePage('tags/index.html').querySelectorAll('.tag-cloud li a')];
    expect(links.map((a) => text(a)).sort()).toEqual([...byTag.keys()].map((tag) => `#${tag}`).sort());
    for (const a of links) expect(a.getAttribute('href')).toBe(`${BASE}tags/${text(a)!.slice(1)}/`);
  });

  it('each tag page lists exactly the posts that carry the tag, newest first, under a heading naming it', () => {
    for (const [tag, titles] of byTag) {
      const document = pageAt(`${BASE}tags/${tag}/`);
      expect(text(document.querySelector('h1')), tag).toBe(`Posts tagged #${tag}`);
      expect(document.querySelectorAll('h1'), tag).toHaveLength(1);
      const listed = [...document.querySelectorAll('.post-list__title')].map((a) => text(a)!);
      expect(listed.sort(), tag).toEqual([...titles].sort());
      const dates = [...document.querySelectorAll('.post-list__date time')].map((t) => Date.parse(t.getAttribute('datetime')!));
      expect(dates, `${tag}: newest first`).toEqual([...dates].sort((a, b) => b - a));
    }
  });

  it('each post links its tags to their pages', () => {
    for (const post of POSTS) {
      const hrefs = [...pageAt(`${BASE}posts/${post.id}/`).querySelectorAll('.post-meta a')].map((a) => a.getAttribute('href'));
      for (const tag of post.tags) expect(hrefs, post.id).toContain(`${BASE}tags/${tag}/`);
    }
  });
});

describe('link previews', () => {
  it('every page has canonical, OpenGraph and Twitter meta, its image the post’s own card or the default', () => {
    const paths = builtSitemapPaths();
    expect(paths.length).toBeGreaterThanOrEqual(POSTS.length + 3);
    for (const path of paths) {
      const head = pageAt(path).head;
      const get = (selector: string) =>
        head.querySelector(selector)?.getAttribute('content') ?? head.querySelector(selector)?.getAttribute('href') ?? null;
      const meta = {
        canonical: get('link[rel="canonical"]'),
        ogTitle: get('meta[property="og:title"]'),
        ogDescription: get('meta[property="og:description"]'),
        ogType: get('meta[property="og:type"]'),
        ogUrl: get('meta[property="og:url"]'),
        ogImage: get('meta[property="og:image"]'),
        ogSiteName: get('meta[property="og:site_name"]'),
        twitterCard: get('meta[name="twitter:card"]'),
        twitterTitle: get('meta[name="twitter:title"]'),
        twitterDescription: get('meta[name="twitter:description"]'),
        twitterImage: get('meta[name="twitter:image"]'),
      };
      for (const [key, value] of Object.entries(meta)) expect(value, `${path} ${key}`).toBeTruthy();
      expect(meta.canonical, path).toBe(`${SITE_URL}${path}`);
      expect(meta.ogUrl, path).toBe(`${SITE_URL}${path}`);
      expect(meta.twitterCard, path).toBe('summary_large_image');
      expect(meta.twitterImage, path).toBe(meta.ogImage);
      const post = /\/posts\/([^/]+)\/$/.exec(path)?.[1];
      expect(meta.ogType, path).toBe(post ? 'article' : 'website');
      expect(meta.ogImage, path).toBe(`${SITE_URL}${BASE}og/${post ?? 'default'}.png`);
    }
  });
});
