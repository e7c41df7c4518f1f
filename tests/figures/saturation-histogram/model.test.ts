import { describe, expect, it } from 'vitest';
import { saturation, saturationBound } from '../../../src/lib/experiments/saturation';
import { formatNumber, formatPercent } from '../../../src/figures/kit/format';
import {
  curveFor,
  HISTOGRAM_BINS,
  saturationHistogramModel,
  type SaturationHistogramOptions,
} from '../../../src/figures/saturation-histogram/model';
import { sceneToSvg, type RectNode } from '../../../src/figures/kit/scene';
import { allNodes, childrenOf, nodeAt, subpaths } from '../../helpers/scene-query';

const base: SaturationHistogramOptions = {
  activation: 'sigmoid',
  weightScale: 1,
  seed: 1,
  units: 1000,
  fanIn: 100,
  threshold: 0.01,
  width: 640,
  height: 360,
  idPrefix: 't',
};
const model = (extra: Partial<SaturationHistogramOptions> = {}) => saturationHistogramModel({ ...base, ...extra });
const rects = (scene: ReturnType<typeof model>['scene'], ...keys: string[]) => childrenOf(nodeAt(scene, ...keys)) as RectNode[];

describe('saturationHistogramModel', () => {
  it('draws one bar per bin, and the bins hold every unit', () => {
    for (const extra of [{}, { weightScale: 0.05 }, { weightScale: 10, activation: 'tanh' as const }, { units: 250, seed: 7 }]) {
      const { scene, bins } = model(extra);
      const bars = rects(scene, 'hist', 'bars');
      expect(bars).toHaveLength(HISTOGRAM_BINS);
      expect(bins.reduce((sum, b) => sum + b.count, 0)).toBe(extra.units ?? 1000);
    }
  });

  it('makes bar heights proportional to the counts, so the heights add up to all units', () => {
    const { scene, bins } = model();
    const bars = rects(scene, 'hist', 'bars');
    const tallest = bins.reduce((best, b, i) => (b.count > bins[best]!.count ? i : best), 0);
    const pixelsPerUnit = bars[tallest]!.height / bins[tallest]!.count;
    const total = bars.reduce((sum, r) => sum + r.height, 0) / pixelsPerUnit;
    expect(total).toBeCloseTo(1000, 0);
    bars.forEach((r, i) => expect(r.height).toBeCloseTo(bins[i]!.count * pixelsPerUnit, 1));
  });

  it('shades exactly the tails beyond saturationBound, and marks the bound with lines', () => {
    for (const activation of ['sigmoid', 'tanh'] as const) {
      for (const weightScale of [0.01, 0.3, 1, 5]) {
        const { scene, bound, xDomain } = model({ activation, weightScale });
        expect(bound).toBe(saturationBound(activation, 0.01));
        const [left, right] = rects(scene, 'hist', 'shade');
        const innerLeft = left!.x;
        const innerRight = right!.x + right!.width;
        const toData = (px: number) => xDomain[0] + ((px - innerLeft) / (innerRight - innerLeft)) * (xDomain[1] - xDomain[0]);
        expect(toData(left!.x + left!.width)).toBeCloseTo(-bound, 1);
        expect(toData(right!.x)).toBeCloseTo(bound, 1);
        const lines = childrenOf(nodeAt(scene, 'hist', 'bounds'));
        expect(lines.map((l) => (l.type === 'line' ? l.x1 : NaN))).toEqual(
          [left!.x + left!.width, right!.x].map((v) => Math.round(v * 100) / 100),
        );
      }
    }
  });

  it('keeps the bound inside the plotted range at every scale, so both shaded zones show', () => {
    for (const weightScale of [0.001, 0.05, 1, 10]) {
      const { xDomain, bound } = model({ weightScale });
      expect(xDomain[0]).toBeLessThan(-bound);
      expect(xDomain[1]).toBeGreaterThan(bound);
    }
  });

  it('colours a bar as saturated when its bin lies beyond the bound', () => {
    const { scene, bins, bound } = model();
    rects(scene, 'hist', 'bars').forEach((bar, i) => {
      const centre = (bins[i]!.x0 + bins[i]!.x1) / 2;
      expect(bar.className).toBe(Math.abs(centre) > bound ? 'bar bar--saturated' : 'bar');
    });
  });

  it('prints the experiment’s saturated share and spread', () => {
    for (const [activation, weightScale] of [
      ['sigmoid', 1],
      ['tanh', 1],
      ['sigmoid', 0.05],
    ] as const) {
      const expected = saturation({ activation, weightScale, units: 1000, fanIn: 100, seed: 1, threshold: 0.01 });
      const { readout, saturatedFraction, std } = model({ activation, weightScale });
      expect(saturatedFraction).toBe(expected.saturatedFraction);
      expect(std).toBe(expected.std);
      expect(readout[0]).toBe(`Saturated: ${formatPercent(expected.saturatedFraction)} of 1,000 units (|f′(z)| < 1% of peak)`);
      expect(readout[1]).toContain(`Standard deviation of z: ${formatNumber(expected.std)}`);
    }
    expect(model().readout[0]).toBe('Saturated: 57% of 1,000 units (|f′(z)| < 1% of peak)');
    expect(model({ weightScale: 0.05 }).readout[0]).toMatch(/^Saturated: 0% /);
  });

  it('puts the curve marker at the current scale and share, further right and higher for larger weights', () => {
    const marker = (weightScale: number) => nodeAt(model({ weightScale }).scene, 'curve', 'marker');
    const small = marker(0.1);
    const large = marker(3);
    if (small.type !== 'circle' || large.type !== 'circle') throw new Error('marker is not a circle');
    expect(large.cx).toBeGreaterThan(small.cx);
    expect(large.cy).toBeLessThan(small.cy);
    // The marker sits on the curve: the curve's vertex nearest in x has (almost) the same y.
    const d = nodeAt(model({ weightScale: 1 }).scene, 'curve', 'share');
    if (d.type !== 'path') throw new Error('share is not a path');
    const vertices = subpaths(d.d).flat();
    const m = marker(1);
    if (m.type !== 'circle') throw new Error('marker is not a circle');
    const nearest = vertices.reduce((best, v) => (Math.abs(v[0] - m.cx) < Math.abs(best[0] - m.cx) ? v : best));
    expect(nearest[0]).toBeCloseTo(m.cx, 0);
    expect(nearest[1]).toBeCloseTo(m.cy, 0);
  });

  it('draws the saturated-share curve through every grid point of saturationCurve', () => {
    const curve = curveFor(base);
    const d = nodeAt(model({ curve }).scene, 'curve', 'share');
    if (d.type !== 'path') throw new Error('share is not a path');
    expect(subpaths(d.d).flat()).toHaveLength(curve.weightScales.length);
    // A curve passed in gives the same picture as one computed inside.
    expect(sceneToSvg(model({ curve }).scene)).toBe(sceneToSvg(model().scene));
  });

  it('sits the panels side by side when wide and stacks them when narrow', () => {
    const wide = model();
    const narrow = model({ width: 340, height: 490 });
    expect(wide.layout).toBe('wide');
    expect(narrow.layout).toBe('narrow');
    const curveOf = (r: typeof wide) => nodeAt(r.scene, 'curve');
    const wideCurve = curveOf(wide);
    const narrowCurve = curveOf(narrow);
    expect(wideCurve.type === 'g' && wideCurve.transform).toMatch(/^translate\(\d+(\.\d+)?,0\)$/);
    expect(narrowCurve.type === 'g' && narrowCurve.transform).toMatch(/^translate\(0,\d+(\.\d+)?\)$/);
  });

  it('never writes NaN or Infinity, whatever the inputs', () => {
    for (const weightScale of [1e-4, 1e-3, 0.05, 1, 10]) {
      for (const activation of ['sigmoid', 'tanh'] as const) {
        for (const [width, height] of [
          [240, 200],
          [640, 360],
          [1400, 800],
        ]) {
          const svg = sceneToSvg(model({ weightScale, activation, width, height }).scene);
          expect(svg).not.toMatch(/NaN|Infinity/);
        }
      }
    }
  });

  it('keeps keys unique among siblings (the live join depends on it)', () => {
    const check = (nodes: readonly ReturnType<typeof allNodes>[number][]) => {
      const keys = nodes.map((n) => `${n.type}:${n.key}`);
      expect(new Set(keys).size, keys.join(' ')).toBe(keys.length);
    };
    const { scene } = model();
    check(scene.nodes);
    for (const node of allNodes(scene.nodes)) check(childrenOf(node));
  });
});
