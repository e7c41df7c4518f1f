import { describe, expect, it } from 'vitest';
import { defaultParams, getActivation } from '../../../src/lib/activations/registry';
import { exactMoments, gradientTrajectory, varianceTrajectory } from '../../../src/lib/signal/mean-field';
import { momentTable } from '../../../src/lib/signal/moment-table';
import { signalDepthConfig, signalDepthSchema } from '../../../src/figures/signal-depth/config';
import { measureState, networkSeeds, measureKey } from '../../../src/figures/signal-depth/measure';
import { PART, signalDepthModel } from '../../../src/figures/signal-depth/model';
import { SIGNAL_DEPTH_SIZE } from '../../../src/figures/kit/figure-sizes';
import { goldenText } from '../../helpers/golden';
import type { SceneNode } from '../../../src/figures/kit/scene';

const table = (id: string) => momentTable(getActivation(id), defaultParams(getActivation(id)));
const relu = table('relu');

describe('SignalDepth model', () => {
  it('draws the iterated variance map and its gradient, the same numbers the lib gives', () => {
    const state = { ...signalDepthConfig({ activation: 'tanh', sigmaW2: 1.5, sigmaB2: 0.05, depth: 12, width: 8 }) };
    const view = signalDepthModel({ state, moments: table('tanh'), measured: null, ...SIGNAL_DEPTH_SIZE });
    const exact = exactMoments(getActivation('tanh'), {});
    const qs = varianceTrajectory(exact, { sigmaW2: 1.5, sigmaB2: 0.05 }, 12);
    view.theoryQ.forEach((q, l) => expect(q).toBeCloseTo(qs[l]!, 5));
    const gs = gradientTrajectory(exact, { sigmaW2: 1.5, sigmaB2: 0.05 }, qs);
    view.theoryGradient.forEach((g, l) => expect(g / gs[l]!).toBeCloseTo(1, 5));
    expect(view.readout.at(-1)).toMatch(/Measuring 4 networks/);
    // The same four lines as with the measurement in, so the controls below do not move.
    expect(view.readout).toHaveLength(4);
    expect(view.data.rows).toHaveLength(12);
  });

  it('theory and measurement agree at 512 units and visibly part at 8 (ReLU, He, depth 10)', () => {
    const wide = { ...signalDepthConfig({ width: 512, depth: 10 }) };
    const w = signalDepthModel({ state: wide, moments: relu, measured: measureState(wide), ...SIGNAL_DEPTH_SIZE });
    expect(w.forwardRatio).toBeGreaterThan(1 / PART);
    expect(w.forwardRatio).toBeLessThan(PART);
    expect(w.readout.at(-1)).toMatch(/agree/);
    const narrow = { ...wide, width: '8' as const };
    const n = signalDepthModel({ state: narrow, moments: relu, measured: measureState(narrow), ...SIGNAL_DEPTH_SIZE });
    expect(n.forwardRatio).toBeLessThan(1 / PART);
    expect(n.readout.at(-1)).toMatch(/part/);
  }, 60_000);

  it('stacks the panels on a narrow plot and keeps every mark inside the svg', () => {
    const state = { ...signalDepthConfig({ width: 32, depth: 30, sigmaW2: 4 }) };
    const view = signalDepthModel({ state, moments: relu, measured: measureState(state), width: 360, height: 480 });
    const panels = view.scene.nodes.filter((n) => n.type === 'g');
    expect(panels.map((n) => (n as { transform?: string }).transform)).toEqual(['translate(0,24)', 'translate(0,252)']);
    const ys: number[] = [];
    const walk = (nodes: readonly SceneNode[], dy: number) =>
      nodes.forEach((n) => {
        if (n.type === 'g') walk(n.children, dy + Number(/,([\d.]+)\)/.exec(n.transform ?? '')?.[1] ?? 0));
        if (n.type === 'circle') ys.push(n.cy + dy);
      });
    walk(view.scene.nodes, 0);
    expect(ys.length).toBe(60);
    for (const y of ys) {
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(480);
    }
  });

  it('measures four consecutive seeds, shifted down at the top of the range; keys differ by state', () => {
    expect(networkSeeds(1)).toEqual([1, 2, 3, 4]);
    expect(networkSeeds(999_999)).toEqual([999_996, 999_997, 999_998, 999_999]);
    const a = { ...signalDepthConfig({}) };
    expect(measureKey(a)).not.toBe(measureKey({ ...a, sigmaW2: 2.01 }));
  });
});

describe('SignalDepth config', () => {
  it('rejects bad props with the prop named', () => {
    expect(() => signalDepthConfig({ width: 64 })).toThrow(/"width" "64" is not a width/);
    expect(() => signalDepthConfig({ sigmaW2: 5 })).toThrow(/"sigmaW2" must lie in \[0.1, 4\]/);
    expect(() => signalDepthConfig({ sigmaW2: 1.234 })).toThrow(/"sigmaW2" must be a multiple of 0.01/);
    expect(() => signalDepthConfig({ activation: 'swish2' })).toThrow(/"activation"/);
    expect(() => signalDepthConfig({ depth: 2.5 })).toThrow(/"depth"/);
  });

  it('hash schema starts at the config and covers every control', () => {
    const schema = signalDepthSchema({ ...signalDepthConfig({ width: 8, activation: 'gelu' }) });
    expect(Object.keys(schema)).toEqual(['w2', 'b2', 'depth', 'width', 'act', 'seed']);
    expect(schema.width.default).toBe('8');
    expect(schema.act.default).toBe('gelu');
  });
});

describe('SignalDepth golden output', () => {
  it('a 32-unit network (the default 128 units take seconds to measure in a test)', async () => {
    const state = { ...signalDepthConfig({ width: 32 }) };
    await expect(
      goldenText(signalDepthModel({ state, moments: relu, measured: measureState(state), ...SIGNAL_DEPTH_SIZE })),
    ).toMatchFileSnapshot('__golden__/default.txt');
  });
});
