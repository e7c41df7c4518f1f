/**
 * Scheduled posts: a post dated after the build's "now" is absent from every page, list, feed,
 * sitemap, preview image and the search index; a past-dated one is everywhere. PUBLISH_NOW
 * fixes "now", so the test does not depend on the day it runs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWithPosts, post, type FixtureBuild } from './fixture';

const NOW = '2026-06-15T08:00:00Z';
const TODAY = '2026-06-15';
const TOMORROW = '2026-06-16';

/** Words that appear only in one post each, so their absence anywhere means the post is absent. */
const PAST = 'Earlierpost';
const FUTURE = 'Laterpost';

let build: FixtureBuild;
const read = (file: string) => readFileSync(join(build.dir, 'dist', file), 'utf8');

/** Every page and text file of the built site, except the search index (checked separately). */
function siteText(): string {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind') walk(path);
      } else if (/\.(html|xml|txt|json)$/.test(entry.name)) out.push(readFileSync(path, 'utf8'));
    }
  };
  walk(join(build.dir, 'dist'));
  return out.join('\n');
}

/** The text of every page the search index holds (Pagefind's fragments are gzipped JSON). */
function indexedText(): string {
  const dir = join(build.dir, 'dist/pagefind/fragment');
  return readdirSync(dir)
    .map((file) => gunzipSync(readFileSync(join(dir, file))).toString('utf8'))
    .join('\n');
}

beforeAll(async () => {
  build = await buildWithPosts(
    'scheduled',
    {
      'earlier.md': post(
        `title: ${PAST} title\ndescription: Published.\npubDate: ${TODAY}\ntags: [shared]\nseriesOrder: 1`,
        `${PAST} body text.`,
      ),
      'later.md': post(
        `title: ${FUTURE} title\ndescription: Scheduled.\npubDate: ${TOMORROW}\ntags: [shared, only-later]\nseriesOrder: 2`,
        `${FUTURE} body text.`,
      ),
    },
    { PUBLISH_NOW: NOW, SITE_URL: 'https://example.test' },
  );
});

describe('a post dated tomorrow is scheduled: absent everywhere', () => {
  it('the build succeeds', () => {
    expect(build.ok, build.output).toBe(true);
  });

  it('has no page, preview image or tag page of its own', () => {
    expect(existsSync(join(build.dir, 'dist/posts/later/index.html'))).toBe(false);
    expect(existsSync(join(build.dir, 'dist/og/later.png'))).toBe(false);
    expect(existsSync(join(build.dir, 'dist/tags/only-later/index.html'))).toBe(false);
  });

  it('is named on no page, list, tag page, prev/next link, feed or sitemap', () => {
    const text = siteText();
    expect(text).not.toContain(FUTURE);
    expect(text).not.toContain('posts/later/');
    expect(text).not.toContain('only-later');
    expect(read('sitemap-0.xml')).not.toContain('later');
    expect(read('rss.xml')).not.toContain('later');
  });

  it('is not in the search index', () => {
    expect(JSON.parse(read('pagefind/pagefind-entry.json')).languages.en.page_count).toBe(1);
    expect(indexedText()).not.toContain(FUTURE);
  });
});

describe('a post dated today is published everywhere', () => {
  it('has its page, preview image and tag page', () => {
    for (const file of ['posts/earlier/index.html', 'og/earlier.png', 'tags/shared/index.html']) {
      expect(existsSync(join(build.dir, 'dist', file)), file).toBe(true);
    }
  });

  it('is listed on the home page, its tag page, the feed and the sitemap', () => {
    expect(read('index.html')).toContain(PAST);
    expect(read('tags/shared/index.html')).toContain(PAST);
    expect(read('rss.xml')).toContain('https://example.test/fixture/posts/earlier/');
    expect(read('sitemap-0.xml')).toContain('https://example.test/fixture/posts/earlier/');
  });

  it('is in the search index', () => {
    expect(indexedText()).toContain(PAST);
  });
});
