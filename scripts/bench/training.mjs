/**
 * Training steps per second of the dying-ReLU experiment in Chromium: the trainer module is
 * bundled as the site bundles it and run in a page, for each activation, for about a second.
 */
import { build } from 'rolldown';

export async function trainingSpeed(page, url) {
  const bundle = await build({
    input: './src/lib/experiments/dying-relu.ts',
    write: false,
    output: { format: 'iife', name: 'DyingRelu', minify: true },
  });
  await page.goto(url);
  await page.addScriptTag({ content: bundle.output[0].code });
  return page.evaluate(() => {
    const results = [];
    for (const activation of ['relu', 'leaky-relu', 'elu']) {
      const trainer = globalThis.DyingRelu.createDyingReluTrainer({ activation });
      trainer.step(200); // warm up the JIT
      let steps = 0;
      const start = performance.now();
      while (performance.now() - start < 1000) {
        trainer.reset();
        trainer.step(500);
        steps += 500;
      }
      results.push({ activation, stepsPerSecond: Math.round(steps / ((performance.now() - start) / 1000)) });
    }
    return results;
  });
}
