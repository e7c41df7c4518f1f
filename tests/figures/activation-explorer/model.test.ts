import { describe, expect, it } from 'vitest';
import { ACTIVATION_IDS, getActivation } from '../../../src/lib/activations/registry';
import { explorerModel, explorerYDomains, readoutText, resolvedParams } from '../../../src/figures/activation-explorer/model';
import type { SceneNode } from '../../../src/figures/kit/scene';

const base = {
  params: {},
  domain: [-8, 8] as const,
  threshold: 0.01,
  width: 640,
  height: 440,
  idPrefix: 't',
};

function model(activations: string[], probeX: number, extra: Partial<Parameters<typeof explorerModel>[0]> = {}) {
  return explorerModel({ ...base, activations, probeX, yDomains: explorerYDomains(activations, base.domain), ...extra });
}

function all(nodes: readonly SceneNode[]): SceneNode[] {
  return nodes.flatMap((n) => [n, ...(n.type === 'g' || n.type === 'clipPath' ? all(n.children) : [])]);
}

describe('explorerModel', () => {
  it('reads f and f′ at the probe from the registry', () => {
    const { readouts } = model(['sigmoid', 'tanh'], 1.5);
    expect(readouts.map((r) => r.id)).toEqual(['sigmoid', 'tanh']);
    expect(readouts[0]!.fx).toBe(getActivation('sigmoid').f(1.5, {}));
    expect(readouts[1]!.dfx).toBe(getActivation('tanh').df(1.5, {}));
  });

  it('clamps the probe into the plotted range', () => {
    expect(model(['relu'], 99).readouts[0]!.x).toBe(8);
    expect(model(['relu'], -99).readouts[0]!.x).toBe(-8);
  });

  it('shades the first function’s saturated tails and reports their share', () => {
    const { scene, readouts } = model(['sigmoid'], 0);
    const rects = all(scene.nodes).filter((n) => n.type === 'rect' && !n.key.startsWith('r'));
    expect(rects.length).toBe(4); // two tails in each of the two panels
    // σ′ < 0.0025 beyond |x| = ln((1+√0.99)/(1−√0.99)) ≈ 5.985
    const edge = Math.log((1 + Math.sqrt(0.99)) / (1 - Math.sqrt(0.99)));
    expect(readouts[0]!.saturatedShare).toBeCloseTo((2 * (8 - edge)) / 16, 10);
    expect(model(['relu'], 0).readouts[0]!.saturatedShare).toBeCloseTo(0.5, 12);
    expect(model(['identity'], 0).readouts[0]!.saturatedShare).toBe(0);
  });

  it('a higher threshold saturates more of the range', () => {
    const low = model(['tanh'], 0, { threshold: 0.01 }).readouts[0]!.saturatedShare;
    const high = model(['tanh'], 0, { threshold: 0.1 }).readouts[0]!.saturatedShare;
    expect(high).toBeGreaterThan(low);
  });

  it('moves the marker with the probe, and the probe moves along x only', () => {
    const marker = (x: number) => all(model(['sigmoid'], x).scene.nodes).find((n) => n.type === 'circle')!;
    const a = marker(-2);
    const b = marker(2);
    expect(a.type === 'circle' && b.type === 'circle' && b.cx > a.cx && b.cy < a.cy).toBe(true);
  });

  it('parameters change the curve; out-of-range parameters are clamped to the spec', () => {
    const path = (alpha: number) =>
      all(model(['leaky-relu'], 0, { params: { 'leaky-relu': { alpha } } }).scene.nodes).find((n) => n.type === 'path')!;
    expect(path(0.01)).not.toEqual(path(0.5));
    const spec = getActivation('leaky-relu').params.alpha!;
    expect(resolvedParams(getActivation('leaky-relu'), { alpha: 1e9 }).alpha).toBe(spec.max);
    expect(resolvedParams(getActivation('leaky-relu'), { alpha: Number.NaN }).alpha).toBe(spec.default);
  });

  it('inverts pixels to x for dragging', () => {
    const { xInvert } = model(['sigmoid'], 0);
    const frameLeft = 46; // the model's left margin
    expect(xInvert(frameLeft)).toBeCloseTo(-8, 6);
  });

  it('writes no NaN anywhere, for every registry function at its parameter extremes', () => {
    for (const id of ACTIVATION_IDS) {
      const a = getActivation(id);
      for (const pick of ['min', 'max'] as const) {
        const params = Object.fromEntries(Object.entries(a.params).map(([k, spec]) => [k, spec[pick]]));
        const { scene, readouts } = model([id], 7.99, { params: { [id]: params } });
        expect(JSON.stringify(scene)).not.toMatch(/NaN|Infinity/);
        expect(readoutText(readouts[0]!, base.domain)).not.toMatch(/NaN|Infinity/);
      }
    }
  });
});
