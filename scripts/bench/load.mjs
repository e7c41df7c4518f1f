/**
 * What loading a page costs the main thread, without Lighthouse: a phone-sized viewport at 4×
 * CPU throttling, until every figure is live and the page has been quiet for a moment. Reports
 * main-thread task time split into script, style and layout (Chromium's Performance.getMetrics),
 * the long tasks (> 50 ms) and the blocking time they add (their time past 50 ms each).
 *   node scripts/bench/load.mjs <site dir> <base> <page>…   A/B runs against a built site
 *   NO_JS=1 node scripts/bench/load.mjs …                    the same page with JavaScript off (the floor)
 */
import { pathToFileURL } from 'node:url';

const PHONE = { width: 412, height: 823 };

export async function loadCost(browser, url, { throttle = 4, quietMs = 1500, timeoutMs = 30_000, javaScript = true } = {}) {
  const context = await browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
    javaScriptEnabled: javaScript,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.addInitScript(() => {
    const tasks = [];
    new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({
      type: 'longtask',
      buffered: true,
    });
    Object.defineProperty(window, '__longTasks', { value: tasks });
  });
  await page.goto(url, { waitUntil: 'load' });
  if (javaScript)
    await page.waitForFunction(() => [...document.querySelectorAll('[data-config]')].every((e) => e.hasAttribute('data-live')), null, {
      timeout: timeoutMs,
    });
  // Let idle-time work (deferred redraws, autoplay is excluded below) finish.
  await page.waitForTimeout(quietMs);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  const tasks = javaScript ? await page.evaluate(() => window.__longTasks) : [];
  const fcp = javaScript ? await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0) : 0;
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await context.close();
  return {
    mainThreadMs: Math.round(metric('TaskDuration') * 1000),
    scriptMs: Math.round(metric('ScriptDuration') * 1000),
    styleMs: Math.round(metric('RecalcStyleDuration') * 1000),
    layoutMs: Math.round(metric('LayoutDuration') * 1000),
    longTasks: tasks.length,
    blockingMs: Math.round(tasks.filter((t) => t.start >= fcp).reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0)),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [siteDir, base, ...pages] = process.argv.slice(2);
  const { chromium } = await import('playwright-core');
  const { CHROMIUM_FLAGS, ensureChromium } = await import('../find-chromium.mjs');
  const { serve } = await import('../serve.mjs');
  const port = 20000 + (process.pid % 20000);
  const server = await serve({ dir: siteDir, base, port });
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_FLAGS });
  for (const p of pages)
    console.log(
      JSON.stringify({ page: p, ...(await loadCost(browser, `http://127.0.0.1:${port}${base}${p}`, { javaScript: !process.env.NO_JS })) }),
    );
  await browser.close();
  server.close();
}
