/**
 * Time from a slider input to the updated figure, in Chromium, for every range input of every
 * live figure on a page: `frame` includes the wait for the next animation frame (what a reader
 * feels), `work` is the model and DOM update alone (what our code costs).
 */
export async function sliderLatency(page, url, { throttle = 1, samples = 40 } = {}) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(url);
  // Figures load their code after first paint; measure once every one of them is live.
  await page.waitForFunction(() => [...document.querySelectorAll('[data-config]')].every((e) => e.hasAttribute('data-live')));
  const results = await page.evaluate(async (samples) => {
    const figures = [...document.querySelectorAll('[data-live]')];
    const out = [];
    for (const figure of figures) {
      const name = `${figure.tagName.toLowerCase()}#${figure.closest('figure')?.id ?? ''}`;
      const frame = [];
      const work = [];
      for (const input of figure.querySelectorAll('input[type="range"]')) {
        if (input.closest('[hidden]')) continue;
        const min = Number(input.min);
        const max = Number(input.max);
        for (let i = 0; i < samples; i++) {
          const value = min + ((max - min) * ((i * 7) % samples)) / samples;
          const rendered = new Promise((resolve) => figure.addEventListener('figurerender', (e) => resolve(e.detail), { once: true }));
          const start = performance.now();
          input.value = String(value);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          const detail = await Promise.race([rendered, new Promise((r) => setTimeout(() => r(null), 1000))]);
          if (!detail) continue; // the value did not change the figure (e.g. the same step)
          frame.push(performance.now() - start);
          work.push(detail.duration);
        }
      }
      if (work.length > 0) out.push({ figure: name, frame, work });
    }
    return out;
  }, samples);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return results.map(({ figure, frame, work }) => ({
    figure,
    samples: work.length,
    workMedian: quantile(work, 0.5),
    workP95: quantile(work, 0.95),
    frameMedian: quantile(frame, 0.5),
    frameP95: quantile(frame, 0.95),
  }));
}

export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}
