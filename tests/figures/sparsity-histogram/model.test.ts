import { describe, expect, it } from 'vitest';
import { sparsity, SPARSITY_FIGURE_DEFAULTS } from '../../../src/lib/experiments/sparsity';
import { formatCount, formatShare } from '../../../src/lib/format';
import { sceneToSvg, type GroupNode, type RectNode, type SceneNode, type TextNode } from '../../../src/figures/kit/scene';
import { BIAS_RANGE, RELU_BINS, SIGMOID_BINS, sparsityModel, WIDE_FROM } from '../../../src/figures/sparsity-histogram/model';

const DEFAULTS = { ...SPARSITY_FIGURE_DEFAULTS, width: 640, height: 340 };
type Options = Parameters<typeof sparsityModel>[0];

function model(extra: Partial<Options> = {}) {
  return sparsityModel({ ...DEFAULTS, ...extra });
}

function all(nodes: readonly SceneNode[]): SceneNode[] {
  return nodes.flatMap((n) => [n, ...(n.type === 'g' || n.type === 'clipPath' ? all(n.children) : [])]);
}

function panelOf(result: ReturnType<typeof model>, key: 'relu' | 'sigmoid'): GroupNode {
  const panel = result.scene.nodes.find((n) => n.key === key);
  expect(panel?.type).toBe('g');
  return panel as GroupNode;
}

function rects(panel: GroupNode, className: string): RectNode[] {
  return all(panel.children).filter((n): n is RectNode => n.type === 'rect' && (n.className ?? '').split(' ').includes(className));
}

function text(panel: GroupNode, key: string): TextNode {
  const node = all(panel.children).find((n) => n.type === 'text' && n.key === key);
  expect(node, key).toBeDefined();
  return node as TextNode;
}

const sum = (bins: readonly { count: number }[]) => bins.reduce((s, b) => s + b.count, 0);
const baseOf = (panel: GroupNode) => (all(panel.children).find((n) => n.key === 'base') as { y1: number }).y1;

describe('sparsityModel', () => {
  it('accounts for every unit: ReLU bars plus the zero bar, and the sigmoid bars, each add up to the layer', () => {
    for (const bias of [-2, -1, -0.35, 0, 0.5, 2]) {
      for (const seed of [1, 7]) {
        const r = model({ bias, seed });
        expect(sum(r.relu.bins) + r.relu.zeroCount).toBe(DEFAULTS.units);
        expect(sum(r.sigmoid.bins)).toBe(DEFAULTS.units);
        expect(r.relu.bins).toHaveLength(RELU_BINS);
        expect(r.sigmoid.bins).toHaveLength(SIGMOID_BINS);
      }
    }
  });

  it('draws the zero bar from the experiment’s own count of exact zeros', () => {
    for (const bias of [-1.5, 0, 0.75]) {
      const r = model({ bias, seed: 3 });
      const experiment = sparsity({ bias, seed: 3, units: DEFAULTS.units, fanIn: DEFAULTS.fanIn });
      expect(r.relu.zeroFraction).toBe(experiment.zeroFraction);
      expect(r.relu.zeroCount).toBe(experiment.outputs.filter((y) => y === 0).length);
      const relu = panelOf(r, 'relu');
      const [zero] = rects(relu, 'bar--zero');
      // On the 0–100% axis the zero bar's height is its share of the inner plot's height.
      const full = baseOf(relu) - text(relu, 'yl1').y;
      expect(zero!.height / full).toBeCloseTo(experiment.zeroFraction, 2);
      expect(text(relu, 'zero-label').text).toBe(`exactly 0: ${formatCount(r.relu.zeroCount)} units`);
    }
  });

  it('gives the sigmoid panel no zero bar, and says so', () => {
    for (const bias of [BIAS_RANGE.min, 0, BIAS_RANGE.max]) {
      const r = model({ bias });
      const sigmoid = panelOf(r, 'sigmoid');
      expect(r.sigmoid.zeroCount).toBe(0);
      expect(rects(sigmoid, 'bar--zero')).toHaveLength(0);
      expect(text(sigmoid, 'zero-label').text).toBe('exactly 0: none');
      expect(r.sigmoid.min).toBeGreaterThan(0);
    }
  });

  it('shows the numbers of the default view: 5,072 of 10,000 ReLU units at exactly 0', () => {
    const r = model();
    expect(r.relu.zeroCount).toBe(5072);
    expect(r.readout[0]).toBe('ReLU: 50.7% of units output exactly 0. Sigmoid: 0%.');
    expect(text(panelOf(r, 'relu'), 'zero-label').text).toBe('exactly 0: 5,072 units');
  });

  it('switches more units off as the bias goes down, and the zero bar grows with it', () => {
    const biases = [-2, -1, 0, 1, 2];
    const results = biases.map((bias) => model({ bias }));
    const heights = results.map((r) => rects(panelOf(r, 'relu'), 'bar--zero')[0]?.height ?? 0);
    for (let i = 1; i < biases.length; i++) {
      expect(results[i]!.relu.zeroFraction).toBeLessThan(results[i - 1]!.relu.zeroFraction);
      expect(heights[i]).toBeLessThan(heights[i - 1]!);
    }
    expect(results[0]!.relu.zeroFraction).toBeGreaterThan(0.9);
    expect(results[4]!.relu.zeroFraction).toBeLessThan(0.1);
  });

  it('draws each bar as its share of all units on a fixed 0–100% axis', () => {
    const r = model({ bias: 0.4 });
    for (const key of ['relu', 'sigmoid'] as const) {
      const panel = panelOf(r, key);
      const full = baseOf(panel) - text(panel, 'yl1').y;
      const bars = rects(panel, 'bar').filter((b) => !b.className!.includes('zero'));
      expect(bars).toHaveLength(r[key].bins.length);
      bars.forEach((bar, i) => expect(bar.height / full).toBeCloseTo(r[key].bins[i]!.count / DEFAULTS.units, 2));
      // The axis does not move with the data.
      expect(text(panel, 'yl1').text).toBe('100%');
    }
  });

  it('clamps a bias outside the slider and never emits NaN', () => {
    expect(model({ bias: 99 }).bias).toBe(BIAS_RANGE.max);
    expect(model({ bias: -99 }).bias).toBe(BIAS_RANGE.min);
    expect(model({ bias: Number.NaN }).bias).toBe(0);
    for (const width of [240, 360, WIDE_FROM, 1200]) {
      expect(sceneToSvg(model({ bias: -2, width, height: 400 }).scene)).not.toMatch(/NaN|Infinity/);
    }
  });

  it('puts the panels side by side on wide plots and stacks them on narrow ones', () => {
    const wide = model({ width: WIDE_FROM });
    const narrow = model({ width: WIDE_FROM - 1, height: 460 });
    expect(wide.layout).toBe('wide');
    expect(narrow.layout).toBe('narrow');
    const titleX = (r: ReturnType<typeof model>, key: 'relu' | 'sigmoid') => text(panelOf(r, key), 'title');
    expect(titleX(wide, 'sigmoid').x).toBeGreaterThan(titleX(wide, 'relu').x + 200);
    expect(titleX(narrow, 'sigmoid').y).toBeGreaterThan(titleX(narrow, 'relu').y + 150);
  });

  it('keeps the zero label inside its panel and clear of the bars, for every bias and both layouts', () => {
    const charWidth = 6.6;
    for (const [width, height] of [
      [640, 340],
      [330, 430],
    ] as const) {
      for (let k = 0; k <= 80; k += 4) {
        const bias = BIAS_RANGE.min + k * BIAS_RANGE.step;
        const r = model({ bias, width, height });
        for (const key of ['relu', 'sigmoid'] as const) {
          const panel = panelOf(r, key);
          const label = text(panel, 'zero-label');
          const top = text(panel, 'yl1').y;
          const base = baseOf(panel);
          const hanging = label.baseline === 'hanging';
          const labelTop = hanging ? label.y : label.y - 12;
          const labelBottom = hanging ? label.y + 12 : label.y;
          expect(labelTop, `${key} bias ${bias}`).toBeGreaterThanOrEqual(top - 1);
          expect(labelBottom, `${key} bias ${bias}`).toBeLessThanOrEqual(base);
          const left = label.x;
          const right = left + label.text.length * charWidth;
          expect(right).toBeLessThanOrEqual(width);
          for (const bar of rects(panel, 'bar')) {
            const overlaps = bar.x < right && bar.x + bar.width > left && bar.y < labelBottom && bar.y + bar.height > labelTop;
            expect(overlaps, `${key} bias ${bias}: label over a bar`).toBe(false);
          }
        }
      }
    }
  });

  it('gives every node a key unique among its siblings', () => {
    const check = (nodes: readonly SceneNode[]) => {
      const keys = nodes.map((n) => `${n.type}:${n.key}`);
      expect(new Set(keys).size).toBe(keys.length);
      for (const n of nodes) if (n.type === 'g' || n.type === 'clipPath') check(n.children);
    };
    check(model().scene.nodes);
    check(model({ width: 300, height: 400 }).scene.nodes);
  });
});

describe('formatShare and formatCount', () => {
  it('prints shares with one decimal and never rounds to none or all when that is not true', () => {
    expect(formatShare(0.5072)).toBe('50.7%');
    expect(formatShare(0)).toBe('0%');
    expect(formatShare(1)).toBe('100%');
    expect(formatShare(0.0004)).toBe('<0.1%');
    expect(formatShare(0.9996)).toBe('>99.9%');
    expect(formatShare(Number.NaN)).toBe('—');
  });

  it('writes counts with thousands separators in every locale', () => {
    expect(formatCount(5072)).toBe('5,072');
    expect(formatCount(10_000)).toBe('10,000');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(Number.POSITIVE_INFINITY)).toBe('—');
  });
});
