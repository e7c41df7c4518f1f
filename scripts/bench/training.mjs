/**
 * Training steps per second of the dying-ReLU experiment in Chromium: the trainer module is
 * bundled as the site bundles it and run in a page, for each activation, for about a second.
 */
import { build } from 'rolldown';

export async function trainingSpeed(page, _url) {
  const bundle = await build({
    input: './src/lib/experiments/dying-relu.ts',
    write: false,
    output: { format: 'iife', name: 'DyingRelu', minify: true },
  });
  // A blank page: the site's Content-Security-Policy (rightly) refuses an injected inline script.
  await page.goto('about:blank');
  await page.addScriptTag({ content: bundle.output[0].code });
  return page.evaluate(() => {
    const results = [];
    // ELU diverges at the default learning rate (see dying-relu.ts), so it runs at a stable one.
    const runs = [{ activation: 'relu' }, { activation: 'leaky-relu' }, { activation: 'elu', learningRate: 0.05 }];
    for (const options of runs) {
      const trainer = globalThis.DyingRelu.createDyingReluTrainer(options);
      trainer.step(200); // warm up the JIT
      let steps = 0;
      const start = performance.now();
      while (performance.now() - start < 1000) {
        trainer.reset();
        steps += trainer.step(500); // counts only steps taken: a diverged run stops stepping
      }
      const seconds = (performance.now() - start) / 1000;
      results.push({ ...options, stepsPerSecond: Math.round(steps / seconds), diverged: trainer.state().diverged });
    }
    return results;
  });
}
