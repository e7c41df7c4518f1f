/**
 * Every figure's model returns the numbers behind its picture as a DataTable: well-formed
 * (one cell per column, at most MAX_TABLE_ROWS + 1 rows, no NaN passed off as a number) and
 * holding the same numbers the scene and readout show.
 */
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS } from '../../../src/lib/activations/registry';
import { getActivation } from '../../../src/lib/activations/registry';
import { createDyingReluTrainer } from '../../../src/lib/experiments/dying-relu';
import { atlasModel } from '../../../src/figures/activation-atlas/model';
import { depthGradientsModel } from '../../../src/figures/depth-gradients/model';
import { dyingReluModel } from '../../../src/figures/dying-relu/model';
import { countOf, snapshotOf } from '../../../src/figures/dying-relu/snapshot';
import { explorerModel, explorerYDomains } from '../../../src/figures/activation-explorer/model';
import { reluCompositionModel } from '../../../src/figures/relu-composition/model';
import { DEFAULT_RELU_SUM, evaluateReluSum, RELU_TARGET } from '../../../src/lib/experiments/relu-sum';
import { saturationHistogramModel } from '../../../src/figures/saturation-histogram/model';
import { sparsityModel } from '../../../src/figures/sparsity-histogram/model';
import { SPARSITY_FIGURE_DEFAULTS } from '../../../src/lib/experiments/sparsity';
import { zigzagDescentModel } from '../../../src/figures/zigzag-descent/model';
import { MAX_TABLE_ROWS } from '../../../src/figures/kit/data-table';
import type { DataTable } from '../../../src/figures/kit/figure-view';

function expectWellFormed(data: DataTable): void {
  expect(data.caption.length).toBeGreaterThan(10);
  expect(data.columns.length).toBeGreaterThan(1);
  expect(new Set(data.columns).size).toBe(data.columns.length);
  expect(data.rows.length).toBeGreaterThan(0);
  expect(data.rows.length).toBeLessThanOrEqual(MAX_TABLE_ROWS + 1);
  for (const row of data.rows) {
    expect(row).toHaveLength(data.columns.length);
    for (const cell of row) if (typeof cell === 'number') expect(Number.isNaN(cell)).toBe(false);
  }
}

const column = (data: DataTable, name: string) => data.rows.map((row) => row[data.columns.indexOf(name)]);

describe('figure data tables', () => {
  it('explorer: f and f′ of each shown function, the probe among the x', () => {
    const activations = ['sigmoid', 'leaky-relu'];
    const { data, readouts } = explorerModel({
      activations,
      params: { 'leaky-relu': { alpha: 0.2 } },
      probeX: 1.37,
      domain: [-8, 8],
      threshold: 0.01,
      yDomains: explorerYDomains(activations, [-8, 8]),
      width: 640,
      height: 440,
      idPrefix: 't',
    });
    expectWellFormed(data);
    expect(data.columns).toEqual(['x', 'Sigmoid f(x)', 'Sigmoid f′(x)', 'Leaky ReLU f(x)', 'Leaky ReLU f′(x)']);
    const probe = data.rows.find((row) => row[0] === 1.37)!;
    expect(probe.slice(1)).toEqual([readouts[0]!.fx, readouts[0]!.dfx, readouts[1]!.fx, readouts[1]!.dfx]);
    expect(data.rows.find((row) => row[0] === -8)![3]).toBeCloseTo(-1.6, 12); // α = 0.2 is used
    expect(column(data, 'x')).toEqual([...column(data, 'x')].sort((a, b) => Number(a) - Number(b)));
  });

  it('atlas: one row of properties per function', () => {
    const { data, rows } = atlasModel({ activations: ACTIVATIONS, width: 200, height: 140, domain: [-4, 4], idPrefix: 'a' });
    expectWellFormed(data);
    expect(column(data, 'function')).toEqual(rows.map((r) => r.name));
    expect(data.rows.find((r) => r[0] === getActivation('relu').name)![6]).toBe('f′(0) = 0');
  });

  it('depth: the gradient norm of every layer', () => {
    const result = depthGradientsModel({
      depth: 12,
      activation: 'sigmoid',
      init: 'glorot',
      seed: 3,
      layerWidth: 32,
      samples: 4,
      width: 640,
      height: 400,
    });
    expectWellFormed(result.data);
    expect(column(result.data, 'Layer')).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(column(result.data, '‖∂ℒ/∂z‖')).toEqual([...result.gradients.preActivationGradientNorms].slice(0, 12));
    expect(result.data.columns).toContain('Sigmoid slope bound 0.25^(L−l+1)');
  });

  it('saturation histogram: bins and counts that add up to the units drawn', () => {
    const result = saturationHistogramModel({
      activation: 'sigmoid',
      weightScale: 1,
      seed: 1,
      units: 1000,
      fanIn: 100,
      threshold: 0.01,
      width: 640,
      height: 360,
      idPrefix: 't',
    });
    expectWellFormed(result.data);
    expect(column(result.data, 'units')).toEqual(result.bins.map((b) => b.count));
    expect(column(result.data, 'z from')).toEqual(result.bins.map((b) => b.x0));
    expect(column(result.data, 'saturated')).toContain('yes');
  });

  it('sparsity: exact zeros and bins per activation, every unit counted once', () => {
    const result = sparsityModel({ ...SPARSITY_FIGURE_DEFAULTS, width: 640, height: 340 });
    expectWellFormed(result.data);
    const units = (name: string) => result.data.rows.filter((r) => r[0] === name).reduce((s, r) => s + Number(r[4]), 0);
    expect(result.data.rows.find((r) => r[0] === 'ReLU' && r[1] === 'exactly 0')![4]).toBe(result.relu.zeroCount);
    expect(units('ReLU')).toBe(result.relu.zeroCount + result.relu.bins.reduce((s, b) => s + b.count, 0));
    expect(units('Sigmoid')).toBe(result.sigmoid.zeroCount + result.sigmoid.bins.reduce((s, b) => s + b.count, 0));
  });

  it('zig-zag: both paths from the start, sampled evenly', () => {
    const result = zigzagDescentModel({ batchSize: 1, learningRate: 0.5, seed: 1, width: 640, height: 360, idPrefix: 't' });
    expectWellFormed(result.data);
    const [positive] = result.panels;
    expect(result.data.rows[0]).toEqual([0, ...positive.run.path[0]!, ...result.panels[1].run.path[0]!]);
    const last = result.data.rows.at(-1)!;
    expect(last[0]).toBe(Math.max(positive.run.path.length, result.panels[1].run.path.length) - 1);
  });

  it('ReLU composition: target, sum and their difference', () => {
    const { data, gap } = reluCompositionModel({ sum: DEFAULT_RELU_SUM, width: 640, height: 360, idPrefix: 'r' });
    expectWellFormed(data);
    for (const [x, target, sum, diff] of data.rows as number[][]) {
      expect(target).toBe(RELU_TARGET.f(x!));
      expect(sum).toBe(evaluateReluSum(DEFAULT_RELU_SUM, x!));
      expect(diff).toBe(target! - sum!);
      expect(Math.abs(diff!)).toBeLessThanOrEqual(gap + 1e-12);
    }
  });

  it('dying ReLU: each run now, with its step, loss and dead units', () => {
    const snap = (activation: 'relu' | 'leaky-relu') => {
      const trainer = createDyingReluTrainer({ learningRate: 0.25, biasInit: 0, hiddenUnits: 32, seed: 1, activation });
      trainer.step(600);
      return snapshotOf(trainer.state(), activation, activation === 'relu' ? undefined : trainer.options.alpha);
    };
    const runs = [snap('relu'), snap('leaky-relu')] as const;
    const { data } = dyingReluModel({ runs, budget: 3000, width: 640, height: 500, idPrefix: 'd' });
    expectWellFormed(data);
    expect(data.rows.map((row) => [row[1], row[2], row[3]])).toEqual(runs.map((run) => [600, run.loss, countOf(run.dead)]));
  });
});
