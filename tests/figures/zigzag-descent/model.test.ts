import { describe, expect, it } from 'vitest';
import { zigzag, ZIGZAG_START, ZIGZAG_TARGET } from '../../../src/lib/experiments/zigzag';
import { formatPercent } from '../../../src/figures/kit/format';
import { zigzagDescentModel, zigzagReadout, type ZigzagDescentOptions } from '../../../src/figures/zigzag-descent/model';
import { sceneToSvg, type CircleNode, type PathNode, type RectNode } from '../../../src/figures/kit/scene';
import { childrenOf, nodeAt, subpaths } from '../../helpers/scene-query';

const base: ZigzagDescentOptions = { batchSize: 1, learningRate: 0.5, seed: 1, width: 640, height: 360, idPrefix: 't' };
const model = (extra: Partial<ZigzagDescentOptions> = {}) => zigzagDescentModel({ ...base, ...extra });
const PANELS = ['positive', 'centred'] as const;

describe('zigzagDescentModel', () => {
  it('runs the experiment once per panel with the same settings', () => {
    for (const [batchSize, learningRate, seed] of [
      [1, 0.5, 1],
      [16, 1, 4],
      [64, 0.05, 2],
    ] as const) {
      const { panels } = model({ batchSize, learningRate, seed });
      PANELS.forEach((inputs, i) => {
        expect(panels[i]!.inputs).toBe(inputs);
        expect(panels[i]!.run).toEqual(zigzag({ inputs, batchSize, learningRate, seed, maxSteps: 2000 }));
      });
    }
  });

  it('starts every path at the start point, where the start marker is', () => {
    for (const batchSize of [1, 8, 64]) {
      const { scene, panels } = model({ batchSize });
      PANELS.forEach((inputs, i) => {
        expect(panels[i]!.run.path[0]).toEqual(ZIGZAG_START);
        const start = nodeAt(scene, inputs, 'points', 'start') as CircleNode;
        expect([start.cx, start.cy]).toEqual([panels[i]!.start.cx, panels[i]!.start.cy]);
        // The first step belongs to one of the two step paths, whose first vertex is the start.
        const first = panels[i]!.run.stepSigns[0]!;
        const kind = first[0] !== 0 && first[0] === first[1] ? 'same' : 'mixed';
        const path = nodeAt(scene, inputs, 'steps', kind) as PathNode;
        const [x, y] = subpaths(path.d)[0]![0]!;
        expect(x).toBeCloseTo(start.cx, 1);
        expect(y).toBeCloseTo(start.cy, 1);
      });
    }
  });

  it('draws every step exactly once, in the path of its kind', () => {
    const { scene, panels } = model({ batchSize: 4 });
    PANELS.forEach((inputs, i) => {
      const { stepSigns } = panels[i]!.run;
      const same = stepSigns.filter((s) => s[0] !== 0 && s[0] === s[1]).length;
      const segments = (kind: string) =>
        subpaths((nodeAt(scene, inputs, 'steps', kind) as PathNode).d).reduce((n, sub) => n + sub.length - 1, 0);
      expect(segments('same')).toBe(same);
      expect(segments('mixed')).toBe(stepSigns.length - same);
    });
  });

  it('with positive inputs and one example per step, every step is same-sign', () => {
    const { scene, panels, readout } = model();
    expect((nodeAt(scene, 'positive', 'steps', 'mixed') as PathNode).d).toBe('');
    expect((nodeAt(scene, 'positive', 'steps', 'same') as PathNode).d).not.toBe('');
    expect(panels[0].run.sameSignShare).toBe(1);
    expect(readout[0]).toBe('Positive inputs: at the target after 365 steps; 100% of updates same-sign');
    // Centred inputs mix both kinds.
    expect((nodeAt(scene, 'centred', 'steps', 'mixed') as PathNode).d).not.toBe('');
    expect(readout[1]).toBe(
      `Zero-centred inputs: at the target after ${panels[1].run.stepsToConverge} steps; ${formatPercent(panels[1].run.sameSignShare)} of updates same-sign`,
    );
  });

  it('shades the (+,+) and (−,−) quadrants with their corner at the start', () => {
    const { scene } = model();
    for (const inputs of PANELS) {
      const start = nodeAt(scene, inputs, 'points', 'start') as CircleNode;
      const pp = nodeAt(scene, inputs, 'quadrants', 'pp') as RectNode;
      const mm = nodeAt(scene, inputs, 'quadrants', 'mm') as RectNode;
      expect([pp.x, pp.y + pp.height]).toEqual([start.cx, start.cy]); // bottom-left corner
      expect([mm.x + mm.width, mm.y]).toEqual([start.cx, start.cy]); // top-right corner
      expect(pp.width).toBeGreaterThan(0);
      expect(mm.height).toBeGreaterThan(0);
    }
  });

  it('marks the target below and right of the start, outside both shaded quadrants', () => {
    const { scene } = model();
    const start = nodeAt(scene, 'positive', 'points', 'start') as CircleNode;
    const target = nodeAt(scene, 'positive', 'points', 'target') as CircleNode;
    expect(ZIGZAG_TARGET).toEqual([1, -1]);
    expect(target.cx).toBeGreaterThan(start.cx);
    expect(target.cy).toBeGreaterThan(start.cy);
    // Equal units on both axes: the start-to-target diagonal is 45°.
    expect(target.cx - start.cx).toBeCloseTo(target.cy - start.cy, 1);
  });

  it('marks where a run stopped when it never reached the target, and says so', () => {
    const { scene, panels, readout } = model({ learningRate: 0.05 });
    expect(panels[0].run.stepsToConverge).toBeNull();
    expect(childrenOf(nodeAt(scene, 'positive', 'points')).map((n) => n.key)).toContain('end');
    expect(readout[0]).toBe('Positive inputs: not at the target after 2,000 steps; 100% of updates same-sign');
    expect(childrenOf(nodeAt(scene, 'centred', 'points')).map((n) => n.key)).not.toContain('end');
  });

  it('sits the panels side by side when wide and stacks them when narrow', () => {
    const wide = model();
    const narrow = model({ width: 330, height: 660 });
    expect(wide.layout).toBe('wide');
    expect(narrow.layout).toBe('narrow');
    const transform = (r: typeof wide) => {
      const g = nodeAt(r.scene, 'centred');
      return g.type === 'g' ? g.transform : undefined;
    };
    expect(transform(wide)).toBe('translate(320,0)');
    expect(transform(narrow)).toBe('translate(0,330)');
  });

  it('writes a readout per panel from the run itself', () => {
    const run = zigzag({ inputs: 'centred', batchSize: 1, learningRate: 1, seed: 1 });
    expect(zigzagReadout('centred', run)).toBe(
      `Zero-centred inputs: at the target after ${run.stepsToConverge} steps; ${formatPercent(run.sameSignShare)} of updates same-sign`,
    );
  });

  it('never writes NaN or Infinity', () => {
    for (const [batchSize, learningRate] of [
      [1, 0.05],
      [64, 1],
      [7, 0.35],
    ] as const) {
      for (const [width, height] of [
        [240, 200],
        [640, 360],
      ]) {
        expect(sceneToSvg(model({ batchSize, learningRate, width, height }).scene)).not.toMatch(/NaN|Infinity/);
      }
    }
  });
});
