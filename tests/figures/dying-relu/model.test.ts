import { describe, expect, it } from 'vitest';
import { createDyingReluTrainer, DYING_RELU_GRID_POINTS } from '../../../src/lib/experiments/dying-relu';
import { dyingReluModel, unitKind } from '../../../src/figures/dying-relu/model';
import { countOf, snapshotOf, type RunSnapshot } from '../../../src/figures/dying-relu/snapshot';
import { runReadout } from '../../../src/figures/dying-relu/readout';
import { runToEnd } from '../../../src/figures/dying-relu/final-runs';
import { DYING_RELU_STACK_BELOW } from '../../../src/figures/dying-relu/layout';
import { sceneToSvg, type Scene, type SceneNode } from '../../../src/figures/kit/scene';
import { allNodes, childrenOf, nodeAt } from '../../helpers/scene-query';
import { parsePath } from '../../helpers/path';

const SETTINGS = { learningRate: 0.25, biasInit: 0, hiddenUnits: 32, seed: 1 } as const;
const LEAKY = { variant: 'leaky-relu', alpha: 0.01 } as const;

function snapshotAfter(steps: number, options: Parameters<typeof createDyingReluTrainer>[0] = {}): RunSnapshot {
  const trainer = createDyingReluTrainer({ ...SETTINGS, ...options });
  trainer.step(steps);
  const activation = options.activation ?? 'relu';
  return snapshotOf(trainer.state(), activation, activation === 'relu' ? undefined : trainer.options.alpha);
}

function cells(scene: Scene, run: 0 | 1): SceneNode[] {
  return [...childrenOf(nodeAt(scene, `run-${run}`, 'units', 'cells'))];
}

const model = (runs: readonly [RunSnapshot, RunSnapshot], width = 640, height = 500) =>
  dyingReluModel({ runs, budget: 3000, width, height, idPrefix: 'dr' });

describe('snapshotOf', () => {
  it('keeps what the figure needs, JSON-safe, with the counts of the trainer', () => {
    const trainer = createDyingReluTrainer(SETTINGS);
    trainer.step(200);
    const state = trainer.state();
    const snap = snapshotOf(state, 'relu', undefined);
    expect(snap.step).toBe(200);
    expect(snap.loss).toBe(state.loss);
    expect(countOf(snap.dead)).toBe(state.deadUnits);
    expect(countOf(snap.inactive)).toBe(state.inactiveUnits);
    expect(countOf(snap.recovered)).toBe(state.recoveredUnits);
    expect(snap.predictions).toHaveLength(DYING_RELU_GRID_POINTS);
    snap.predictions.forEach((p, i) => expect(Math.abs(p - state.predictions[i]!)).toBeLessThanOrEqual(5e-5));
    expect(snap.lossSteps).toEqual(Array.from(state.lossHistory.steps));
    snap.losses.forEach((l, i) => expect(Math.abs(l / state.lossHistory.losses[i]! - 1)).toBeLessThan(1e-3));
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
  });
});

describe('runToEnd', () => {
  it('is the trainer run to the end, the same every time (so node and the browser agree)', () => {
    const [relu, leaky] = runToEnd(SETTINGS, LEAKY, 3000);
    expect(relu).toEqual(snapshotAfter(3000));
    expect(leaky).toEqual(snapshotAfter(3000, { activation: 'leaky-relu', alpha: 0.01 }));
    expect(runToEnd({ ...SETTINGS }, { ...LEAKY }, 3000)).toBe(runToEnd(SETTINGS, LEAKY, 3000));
  });

  it('at the defaults ReLU ends with dead units and leaky ReLU with none', () => {
    const [relu, leaky] = runToEnd(SETTINGS, LEAKY, 3000);
    expect(countOf(relu.dead)).toBeGreaterThan(0);
    expect(countOf(leaky.dead)).toBe(0);
    expect(countOf(leaky.inactive)).toBeGreaterThan(0);
    // For ReLU, inactive and dead are the same units.
    expect(relu.inactive).toEqual(relu.dead);
  });
});

describe('runReadout', () => {
  it('says the step, the loss and how many units are dead', () => {
    const [relu, leaky] = runToEnd(SETTINGS, LEAKY, 3000);
    expect(runReadout(relu, 3000)).toMatch(/^ReLU after 3,000 steps: loss 0\.0\d+\. Dead units: \d+ of 32\.$/);
    expect(runReadout(relu, 3000)).toContain(`Dead units: ${countOf(relu.dead)} of 32.`);
    expect(runReadout(leaky, 3000)).toBe(
      `Leaky ReLU, α = 0.01 after 3,000 steps: loss ${runReadout(leaky, 3000).match(/loss ([^ ]+)\./)![1]}. Dead units: 0 of 32 (inactive but alive: ${countOf(leaky.inactive)}, recovered: ${countOf(leaky.recovered)}).`,
    );
    expect(runReadout(snapshotAfter(0), 3000)).toMatch(/^ReLU before training \(step 0\): loss /);
    expect(runReadout(snapshotAfter(40), 3000)).toMatch(/^ReLU after 40 of 3,000 steps: /);
  });

  it('reports divergence as a step and a remedy, never a NaN', () => {
    const elu = snapshotAfter(100, { activation: 'elu' });
    expect(elu.diverged).toBe(true);
    const text = runReadout(elu, 3000);
    expect(text).toMatch(new RegExp(`^ELU, α = 1: Diverged at step ${elu.step + 1}: lower the learning rate\\.`));
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe('dyingReluModel', () => {
  const final = runToEnd(SETTINGS, LEAKY, 3000);

  it('draws the runs side by side on wide plots and stacked on narrow ones', () => {
    const wide = model(final, 640, 500);
    expect(wide.sideBySide).toBe(true);
    expect(nodeAt(wide.scene, 'run-1').type === 'g' && (nodeAt(wide.scene, 'run-1') as { transform?: string }).transform).toMatch(
      /^translate\(3\d\d(\.\d+)?,0\)$/,
    );
    const narrow = model(final, DYING_RELU_STACK_BELOW - 1, 800);
    expect(narrow.sideBySide).toBe(false);
    expect((nodeAt(narrow.scene, 'run-1') as { transform?: string }).transform).toMatch(/^translate\(0,\d+(\.\d+)?\)$/);
  });

  it('draws one cell per hidden unit, marked by state in shape, not colour alone', () => {
    const [relu, leaky] = final;
    const { scene } = model(final);
    const reluCells = cells(scene, 0);
    expect(reluCells).toHaveLength(32);
    const dead = reluCells.filter((c) => c.className?.includes('unit--dead'));
    expect(dead).toHaveLength(countOf(relu.dead));
    for (const cell of dead) {
      const mark = childrenOf(cell).find((n) => n.key === 'mark');
      expect(mark?.type).toBe('path');
      expect(parsePath((mark as { d: string }).d)).toHaveLength(2); // the two strokes of a ✕
    }
    const leakyCells = cells(scene, 1);
    expect(leakyCells.filter((c) => c.className?.includes('unit--dead'))).toHaveLength(0);
    const hatched = leakyCells.filter((c) => c.className?.includes('unit--inactive'));
    expect(hatched).toHaveLength(countOf(leaky.inactive));
    for (const cell of hatched)
      expect(parsePath((childrenOf(cell).find((n) => n.key === 'mark') as { d: string }).d).length).toBeGreaterThan(3);
    const dotted = leakyCells.filter((c) => childrenOf(c).some((n) => n.key === 'dot'));
    expect(dotted).toHaveLength(countOf(leaky.recovered));
    leakyCells.forEach((c, j) => expect(c.className).toContain(`unit--${unitKind(leaky, j)}`));
  });

  it('labels the panels and prints the dead count in the picture too', () => {
    const { scene } = model(final);
    const label = nodeAt(scene, 'run-0', 'units', 'label') as { text: string };
    expect(label.text).toBe(`(c) hidden units: ${countOf(final[0].dead)} of 32 dead`);
    expect((nodeAt(scene, 'run-0', 'header', 'name') as { text: string }).text).toBe('ReLU');
    expect((nodeAt(scene, 'run-1', 'header', 'name') as { text: string }).text).toBe('Leaky ReLU, α = 0.01');
    expect((nodeAt(scene, 'run-0', 'header', 'step') as { text: string }).text).toBe('step 3,000');
    const xLabels = allNodes(childrenOf(nodeAt(scene, 'run-0', 'loss'))).filter((n) => n.type === 'text' && n.key.startsWith('xl'));
    expect(xLabels.map((n) => (n as { text: string }).text)).toEqual(['0', '1,000', '2,000', '3,000']);
  });

  it('moves the fit and grows the loss curve as training goes on', () => {
    const start = model([snapshotAfter(0), snapshotAfter(0, { activation: 'leaky-relu' })]).scene;
    const later = model(final).scene;
    const d = (scene: Scene, panel: string, key: string) => (nodeAt(scene, 'run-0', panel, key, 'p') as { d: string }).d;
    expect(d(later, 'fit', 'fit-line')).not.toBe(d(start, 'fit', 'fit-line'));
    expect(parsePath(d(start, 'loss', 'loss-line')).flat()).toHaveLength(1);
    expect(parsePath(d(later, 'loss', 'loss-line')).flat().length).toBeGreaterThan(100);
  });

  it('keeps every coordinate finite and every cell inside the plot, whatever the run', () => {
    const cases: [RunSnapshot, RunSnapshot][] = [
      [snapshotAfter(3000, { learningRate: 1 }), snapshotAfter(50, { activation: 'elu', learningRate: 1 })],
      [snapshotAfter(10, { hiddenUnits: 2 }), snapshotAfter(10, { hiddenUnits: 2, activation: 'leaky-relu', alpha: 0 })],
      [
        snapshotAfter(10, { hiddenUnits: 64, biasInit: -1 }),
        snapshotAfter(10, { hiddenUnits: 64, activation: 'elu', alpha: 3, learningRate: 0.001 }),
      ],
    ];
    for (const runs of cases) {
      for (const [width, height] of [
        [640, 500],
        [320, 760],
        [240, 300],
        [Number.NaN, Number.POSITIVE_INFINITY],
      ] as const) {
        const { scene, readout } = model(runs, width, height);
        const svg = sceneToSvg(scene);
        expect(svg).not.toMatch(/NaN|Infinity|undefined/);
        expect(readout.join(' ')).not.toMatch(/NaN|Infinity|undefined/);
        for (const run of [0, 1] as const) {
          const offset = (nodeAt(scene, `run-${run}`) as { transform: string }).transform.match(/translate\(([\d.]+),([\d.]+)\)/)!;
          for (const cell of cells(scene, run)) {
            const box = childrenOf(cell)[0] as { x: number; width: number };
            expect(Number(offset[1]) + box.x + box.width).toBeLessThanOrEqual(scene.width + 0.01);
          }
        }
      }
    }
  });
});
