import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE, parsePage, SITE_DIR, siteExists } from './site-files';

/** Each problem before its fix: dying ReLU (4) before leaky ReLU (5). */
const READING_ORDER = ['activation-is-all-you-need', 'sigmoid', 'relu', 'dying-relu', 'leaky-relu'];
const PLANNED = ['modern-activations', 'choosing-an-activation', 'initialisation', 'number-formats', 'lab'];

beforeAll(() => {
  if (!siteExists()) throw new Error(`No built site in ${SITE_DIR}: run npm test (it builds first).`);
});

const slugOf = (href: string | null) =>
  href
    ?.replace(BASE, '')
    .replace(/^posts\//, '')
    .replace(/\/$/, '') ?? null;

describe('the series in reading order', () => {
  it('the home page lists the five posts in that order', () => {
    const links = [...parsePage('index.html').querySelectorAll('ol.post-list a.post-list__title')].map((a) =>
      slugOf(a.getAttribute('href')),
    );
    expect(links.slice(0, READING_ORDER.length)).toEqual(READING_ORDER);
  });

  it('previous and next follow it', () => {
    READING_ORDER.forEach((slug, i) => {
      const page = parsePage(`posts/${slug}/index.html`);
      expect(slugOf(page.querySelector('a[rel="prev"]')?.getAttribute('href') ?? null)).toBe(READING_ORDER[i - 1] ?? null);
      const next = slugOf(page.querySelector('a[rel="next"]')?.getAttribute('href') ?? null);
      if (i < READING_ORDER.length - 1) expect(next).toBe(READING_ORDER[i + 1]);
    });
  });

  it('the intro’s map lists the published posts in order, linked, and the planned ones without a link', () => {
    const items = [...parsePage('posts/activation-is-all-you-need/index.html').querySelectorAll('ol.series-map > li')];
    const linked = items.map((li) => slugOf(li.querySelector('a')?.getAttribute('href') ?? null)).filter((s): s is string => s !== null);
    expect(linked.slice(0, READING_ORDER.length)).toEqual(READING_ORDER);
    const values = items.map((li) => Number(li.getAttribute('value')));
    expect(values).toEqual([...values].sort((a, b) => a - b));
    // A planned part is either published by now (and linked, from the collection) or listed once without a link.
    for (const slug of PLANNED) {
      const published = linked.includes(slug);
      expect(published || items.some((li) => !li.querySelector('a') && li.getAttribute('value') !== null)).toBe(true);
    }
    expect(items.length).toBeGreaterThanOrEqual(READING_ORDER.length + 1);
  });

  it('the feed dates follow the reading order: dying ReLU is not dated after leaky ReLU', () => {
    const feed = readFileSync(join(SITE_DIR, 'rss.xml'), 'utf8');
    const dateOf = (slug: string) => {
      const item = feed.split('<item>').find((chunk) => chunk.includes(`/posts/${slug}/`));
      return new Date(/<pubDate>([^<]+)<\/pubDate>/.exec(item ?? '')?.[1] ?? NaN).valueOf();
    };
    expect(dateOf('dying-relu')).toBeLessThanOrEqual(dateOf('leaky-relu'));
  });
});
