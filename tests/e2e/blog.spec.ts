/**
 * The blog around the posts, as a reader meets it: the series in order, tags, previous/next,
 * contents, search, the theme switch, every page at 320 px and in both themes, and the feeds.
 * Posts are read from content/posts at test time, so these tests grow with the series instead of
 * naming its posts. Every page's list, link and meta is checked from the built HTML
 * (tests/build/blog.test.ts); here a reader clicks through a sample.
 */
import type { Page } from '@playwright/test';
import { postsByTag, publishedPosts, seriesPosts } from '../helpers/posts';
import { expect, expectNoAxeViolations, sitemapPaths, test } from './fixtures';
import { E2E_BASE, E2E_SITE_URL } from './site';

const POSTS = publishedPosts();
const SERIES = seriesPosts(POSTS);
const DARK_BG = 'rgb(22, 24, 29)';
const LIGHT_BG = 'rgb(251, 250, 247)';

/** Every page a reader can reach: the sitemap's, plus the 404 page. */
async function allPages(page: Page): Promise<string[]> {
  return [...(await sitemapPaths(page)), `${E2E_BASE}no-such-page/`];
}

async function rememberTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.addInitScript((t) => localStorage.setItem('theme', t), theme);
}

test.describe('the series', () => {
  test('home lists every series post in seriesOrder, and its link opens that post', async ({ page }) => {
    expect(SERIES.length).toBeGreaterThanOrEqual(1);
    await page.goto('./');
    const links = page.getByRole('region', { name: 'The series, in reading order' }).locator('ol.post-list > li > a');
    await expect(links).toHaveText(SERIES.map((p) => p.title));
    await links.first().click();
    await expect(page).toHaveURL(new RegExp(`${E2E_BASE}posts/${SERIES[0]!.id}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SERIES[0]!.title);
  });

  test('previous and next lead through the series, and nowhere past its ends', async ({ page }) => {
    const series = () => page.getByRole('navigation', { name: 'Series' });
    await page.goto(`posts/${SERIES[0]!.id}/`);
    await expect(series().locator('a[rel="prev"]')).toHaveCount(0);
    if (SERIES.length < 2) return;
    await series().locator('a[rel="next"]').click();
    await expect(page).toHaveURL(new RegExp(`${E2E_BASE}posts/${SERIES[1]!.id}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SERIES[1]!.title);
    await series().locator('a[rel="prev"]').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SERIES[0]!.title);
    await page.goto(`posts/${SERIES.at(-1)!.id}/`);
    await expect(series().locator('a[rel="next"]')).toHaveCount(0);
  });

  test('a tag in the cloud opens its page, and a post’s tag lists that post', async ({ page }) => {
    const byTag = postsByTag(POSTS);
    const [tag, titles] = [...byTag][0]!;
    await page.goto('tags/');
    await expect(page.locator('.tag-cloud li')).toHaveCount(byTag.size);
    await page.getByRole('link', { name: `#${tag}`, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${E2E_BASE}tags/${tag}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Posts tagged #${tag}`);
    await expect(page.locator('.post-list__title')).toHaveCount(titles.length);
    const post = POSTS.find((p) => p.tags.length > 0)!;
    await page.goto(`posts/${post.id}/`);
    await page
      .locator('.post-meta')
      .getByRole('link', { name: `#${post.tags[0]}` })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Posts tagged #${post.tags[0]}`);
    await expect(page.locator('.post-list__title', { hasText: post.title })).toBeVisible();
  });

  test('long posts have contents whose links jump to their headings', async ({ page }) => {
    await page.goto('posts/sigmoid/');
    const toc = page.getByRole('navigation', { name: 'Contents' });
    const links = toc.getByRole('link');
    expect(await links.count()).toBeGreaterThanOrEqual(3);
    const count = await links.count();
    for (const i of [0, Math.floor(count / 2), count - 1]) {
      const link = links.nth(i);
      const text = (await link.textContent())!.trim();
      const hash = (await link.getAttribute('href'))!;
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${hash}$`));
      const heading = page.locator(`[id="${decodeURIComponent(hash.slice(1))}"]`);
      await expect(heading).toHaveText(text);
      await expect(heading).toBeInViewport();
      await page.evaluate(() => window.scrollTo(0, 0));
    }
  });
});

test.describe('search', () => {
  async function search(page: Page, words: string): Promise<void> {
    await page.goto('search/');
    const box = page.getByRole('searchbox', { name: 'Words to find in the posts' });
    await expect(box).toBeEnabled();
    await box.fill(words);
    await page.getByRole('button', { name: 'Search' }).click();
  }

  test('finds "saturate" in the sigmoid post, with an excerpt, a link under the base path and ?q= in the address', async ({ page }) => {
    await search(page, 'saturate');
    await expect(page).toHaveURL(/\/search\/\?q=saturate$/);
    await expect(page.getByRole('status')).toContainText(/\d+ posts? match(es)? “saturate”/);
    const result = page.locator('.search-results li', { has: page.getByRole('link', { name: 'Sigmoid: the neuron that saturates' }) });
    await expect(result).toHaveCount(1);
    await expect(result.locator('mark').first()).toHaveText(/^saturat/i);
    const link = result.getByRole('link');
    expect(new URL((await link.getAttribute('href'))!, page.url()).pathname).toBe(`${E2E_BASE}posts/sigmoid/`);
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sigmoid: the neuron that saturates');
    await page.goBack();
    await expect(page.getByRole('searchbox')).toHaveValue('saturate');
    await expect(page.getByRole('link', { name: 'Sigmoid: the neuron that saturates' })).toBeVisible();
  });

  test('finds "dying" in the dying-ReLU post once that post is published', async ({ page }) => {
    const paths = await sitemapPaths(page);
    test.skip(!paths.includes(`${E2E_BASE}posts/dying-relu/`), 'posts/dying-relu/ is not in the sitemap yet');
    await search(page, 'dying');
    const link = page.locator('.search-results__title[href$="/posts/dying-relu/"]');
    await expect(link).toHaveCount(1);
    // Pagefind stems words: "dying" also finds "die" and "dies".
    await expect(page.locator('.search-results li', { has: link }).locator('mark').first()).toHaveText(/^(dy|die)/i);
  });

  test('typing searches as you go; a word in no post says so; clearing empties the results', async ({ page }) => {
    await page.goto('search/');
    const box = page.getByRole('searchbox');
    await box.pressSequentially('sigmoid', { delay: 20 });
    await expect(page.locator('.search-results li').first()).toBeVisible();
    // Pagefind matches the longest indexed prefix of a word ("qwxz…" finds the initial "Q."), so the
    // nonsense word starts with letters no word in the posts starts with.
    await box.fill('oqxznoword');
    await expect(page.getByRole('status')).toHaveText('No posts match “oqxznoword”.');
    await expect(page.locator('.search-results li')).toHaveCount(0);
    await box.fill('');
    await expect(page.getByRole('status')).toHaveText('');
    await expect(page).toHaveURL(/\/search\/$/);
  });

  test('search excerpts are text: markup in a query is shown, never run', async ({ page }) => {
    await page.goto('search/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
    await expect(page.getByRole('status')).toContainText('<img src=x onerror=alert(1)>');
    await expect(page.locator('main img')).toHaveCount(0);
  });

  test('the header links to search on every page', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Search' }).click();
    await expect(page).toHaveURL(new RegExp(`${E2E_BASE}search/$`));
    await expect(page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Search' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the search page says search needs JavaScript and links to the posts and tags', async ({ page }) => {
      await page.goto('search/');
      await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
      await expect(page.getByRole('searchbox')).toBeDisabled();
      await page.getByRole('link', { name: 'tags page' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tags');
      await page.goBack();
      await page.getByRole('link', { name: 'home page' }).click();
      await expect(page.locator('ol.post-list > li')).toHaveCount(SERIES.length);
    });
  });
});

test.describe('theme', () => {
  test('follows the system until the reader chooses, including a change while the page is open', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('./');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(LIGHT_BG);
  });

  test('the toggle is a named button with a pressed state, remembered across reloads and pages', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('posts/sigmoid/');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const curve = page.locator('.figure .curve').first();
    const katex = page.locator('.katex').first();
    const lightStroke = await curve.evaluate((el) => getComputedStyle(el).stroke);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    // Figures and math restyle with the page: the curve's colour changes, KaTeX takes the text colour.
    expect(await curve.evaluate((el) => getComputedStyle(el).stroke)).not.toBe(lightStroke);
    const [mathColour, bodyColour, bodyBg] = await katex.evaluate((el) => [
      getComputedStyle(el).color,
      getComputedStyle(document.body).color,
      getComputedStyle(document.body).backgroundColor,
    ]);
    expect(mathColour).toBe(bodyColour);
    expect(bodyBg).toBe(DARK_BG);

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Tags' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tags');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    // A stored choice wins over the system from then on.
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });

  test('no flash: a stored dark choice is applied before the first paint', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await rememberTheme(page, 'dark');
    for (const path of ['./', 'posts/sigmoid/', 'search/']) {
      await page.goto(path, { waitUntil: 'commit' });
      await page.waitForLoadState('domcontentloaded');
      const early = await page.evaluate(() => ({
        theme: document.documentElement.dataset.theme,
        bg: getComputedStyle(document.body).backgroundColor,
        // The theme script must come before every stylesheet, so CSS never paints without it.
        scriptFirst: (() => {
          const head = [...document.head.children];
          const script = head.findIndex(
            (el) => el.tagName === 'SCRIPT' && !el.hasAttribute('src') && /localStorage/.test(el.textContent ?? ''),
          );
          const style = head.findIndex(
            (el) => el.tagName === 'STYLE' || (el.tagName === 'LINK' && (el as HTMLLinkElement).rel === 'stylesheet'),
          );
          return script >= 0 && (style < 0 || script < style);
        })(),
      }));
      expect(early).toEqual({ theme: 'dark', bg: DARK_BG, scriptFirst: true });
    }
  });

  // Every page's axe pass, light and dark, is in site.spec.ts; search results only exist after a query.
  test('search results pass axe', async ({ page }) => {
    await page.goto('search/?q=relu');
    // A cold start: Pagefind fetches its index and compiles its WebAssembly before the first results.
    await expect(page.locator('.search-results li').first()).toBeVisible({ timeout: 20_000 });
    await expectNoAxeViolations(page);
  });
});

test.describe('at 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('no page scrolls sideways; wide math and tables scroll inside their own box', async ({ page }) => {
    test.setTimeout(120_000);
    const pages = [...(await allPages(page)), `${E2E_BASE}search/?q=activation`];
    for (const path of pages) {
      await test.step(path, async () => {
        await page.goto(path);
        await page.waitForLoadState('load');
        // Figures redraw at their box size on the next frame; measure after that.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const overflow = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const wide = [...document.querySelectorAll('body *')]
            .filter(
              (el) =>
                el.getBoundingClientRect().right > width + 1 &&
                !el.closest('.katex-display, .table-scroll, pre, .visually-hidden, .skip-link'),
            )
            .slice(0, 5)
            .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
          return { scrollWidth: document.documentElement.scrollWidth, width, wide };
        });
        expect(overflow.scrollWidth, `${path} is ${overflow.scrollWidth}px wide: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(
          overflow.width,
        );
      });
    }
  });
});

test.describe('feeds', () => {
  /** Parses XML in the browser; returns the parser's error text and the text of un-prefixed matches (not atom:link). */
  async function parseXml(page: Page, path: string, selector: string): Promise<{ error: string | null; root: string; urls: string[] }> {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type']).toMatch(/xml/);
    const text = await response.text();
    return page.evaluate(
      ([xml, sel]) => {
        const doc = new DOMParser().parseFromString(xml!, 'application/xml');
        const error = doc.querySelector('parsererror');
        return {
          error: error ? error.textContent : null,
          root: doc.documentElement.nodeName,
          urls: [...doc.querySelectorAll(sel!)].filter((n) => n.prefix === null).map((n) => n.textContent!.trim()),
        };
      },
      [text, selector],
    );
  }

  /** An absolute URL on the deployed site, fetched from the test server. */
  async function expectResolves(page: Page, url: string): Promise<void> {
    const parsed = new URL(url);
    expect(parsed.origin, url).toBe(E2E_SITE_URL);
    expect(parsed.pathname.startsWith(E2E_BASE), url).toBe(true);
    const response = await page.request.get(parsed.pathname, { maxRedirects: 0 });
    expect(response.status(), url).toBe(200);
  }

  test('RSS is well-formed, lists every post, and every link in it resolves under the base path', async ({ page }) => {
    await page.goto('./');
    const feedHref = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
    expect(feedHref).toBe(`${E2E_BASE}rss.xml`);
    const feed = await parseXml(page, 'rss.xml', 'channel > link, item > link, item > guid');
    expect(feed.error).toBeNull();
    expect(feed.root).toBe('rss');
    const items = await parseXml(page, 'rss.xml', 'item > title');
    expect(items.urls.sort()).toEqual(POSTS.map((p) => p.title).sort());
    for (const url of feed.urls) await expectResolves(page, url);
  });

  test('the sitemap is well-formed and every URL in it resolves under the base path', async ({ page }) => {
    await page.goto('./');
    const index = await parseXml(page, 'sitemap-index.xml', 'sitemap > loc');
    expect(index.error).toBeNull();
    expect(index.urls.length).toBeGreaterThanOrEqual(1);
    const all: string[] = [];
    for (const sitemap of index.urls) {
      await expectResolves(page, sitemap);
      const map = await parseXml(page, new URL(sitemap).pathname, 'url > loc');
      expect(map.error).toBeNull();
      all.push(...map.urls);
    }
    for (const post of POSTS) expect(all).toContain(`${E2E_SITE_URL}${E2E_BASE}posts/${post.id}/`);
    expect(all).toContain(`${E2E_SITE_URL}${E2E_BASE}search/`);
    for (const url of all) await expectResolves(page, url);
  });
});

test('the 404 page, at any depth, links home, to search and to tags under the base path', async ({ page }) => {
  const response = await page.goto('no-such-page/deeper/still/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  for (const [name, path, heading] of [
    ['Search the posts', 'search/', 'Search'],
    ['Browse by tag', 'tags/', 'Tags'],
  ] as const) {
    await page.goto('no-such-page/deeper/still/');
    await page.getByRole('link', { name }).click();
    await expect(page).toHaveURL(new RegExp(`${E2E_BASE}${path}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
  if (SERIES.length > 0) {
    await page.goto('no-such-page/');
    await page.getByRole('region', { name: 'Or start the series' }).getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SERIES[0]!.title);
  }
});
