/**
 * Training steps per second of the dying-ReLU experiment in Chromium: the trainer and the
 * formula compiler are bundled as the site bundles them and run in a page, for each activation,
 * for about a second. The reader's own functions (the Lab's "Train it beside ReLU") run through
 * the same trainer as compiled formulas: `relu(x)` beside the registry's ReLU shows what the
 * formula layer costs, `x * sigmoid(x)` a smooth one.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'rolldown';

/** The formulas the bench trains as custom activations. */
export const BENCH_FORMULAS = ['relu(x)', 'x * sigmoid(x)'];

export async function trainingSpeed(page, _url) {
  // rolldown bundles files: a two-line entry joins the trainer and the compiler.
  mkdirSync('.tmp', { recursive: true });
  const entry = resolve('.tmp/bench-training-entry.ts');
  writeFileSync(
    entry,
    [
      `export { createDyingReluTrainer } from '${resolve('src/lib/experiments/dying-relu')}';`,
      `export { compileActivation } from '${resolve('src/lib/formula/activation')}';`,
      `export { valueThenSlope } from '${resolve('src/lib/formula/compile')}';`,
    ].join('\n'),
  );
  const bundle = await build({ input: entry, write: false, output: { format: 'iife', name: 'DyingRelu', minify: true } });
  // A blank page: the site's Content-Security-Policy (rightly) refuses an injected inline script.
  await page.goto('about:blank');
  await page.addScriptTag({ content: bundle.output[0].code });
  return page.evaluate((formulas) => {
    const { createDyingReluTrainer, compileActivation, valueThenSlope } = globalThis.DyingRelu;
    // As the Lab's trainer runs it (src/figures/formula-lab/train.ts): f and f′ from one pass.
    const trained = (formula) => {
      const activation = compileActivation(formula).value;
      return { ...activation, ...valueThenSlope(activation.compiled) };
    };
    const results = [];
    // ELU diverges at the default learning rate (see dying-relu.ts), so it runs at a stable one.
    const runs = [
      { activation: 'relu' },
      { activation: 'leaky-relu' },
      { activation: 'elu', learningRate: 0.05 },
      ...formulas.map((formula) => ({ formula })),
    ];
    for (const { formula, ...options } of runs) {
      const custom = formula === undefined ? undefined : trained(formula);
      const trainer = createDyingReluTrainer({ ...options, custom });
      trainer.step(200); // warm up the JIT
      let steps = 0;
      const start = performance.now();
      while (performance.now() - start < 1000) {
        trainer.reset();
        steps += trainer.step(500); // counts only steps taken: a diverged run stops stepping
      }
      const seconds = (performance.now() - start) / 1000;
      const activation = formula === undefined ? options.activation : `custom: ${formula}`;
      results.push({ ...options, activation, stepsPerSecond: Math.round(steps / seconds), diverged: trainer.state().diverged });
    }
    return results;
  }, BENCH_FORMULAS);
}
