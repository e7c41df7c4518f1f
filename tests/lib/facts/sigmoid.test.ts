import { describe, expect, it } from 'vitest';
import { getActivation } from '../../../src/lib/activations/registry';
import { layerGradients, type DepthActivation } from '../../../src/lib/experiments/depth';
import { formatNumber } from '../../../src/lib/format';
import {
  CHAIN_INPUT,
  CHAIN_WEIGHTS,
  DEPTH_FACT_SEEDS,
  depthSpreadFacts,
  sigmoidChain,
  sigmoidChainFacts,
  sigmoidFacts,
  sigmoidFigureFacts,
} from '../../../src/lib/facts/sigmoid';

const sigmoid = getActivation('sigmoid');
/** a₃ as a function of x, computed from scratch (no shared code with sigmoidChain). */
const a3 = (x: number) => CHAIN_WEIGHTS.reduce((input, w) => sigmoid.f(w * input, {}), x);

describe('the sigmoid post’s worked chain of three units', () => {
  it('the chain-rule product is ∂a₃/∂x: a central difference agrees to 1e-9', () => {
    const h = 1e-5;
    const numeric = (a3(CHAIN_INPUT + h) - a3(CHAIN_INPUT - h)) / (2 * h);
    expect(sigmoidChain(CHAIN_INPUT, CHAIN_WEIGHTS).gradient).toBeCloseTo(numeric, 9);
  });

  it('each slope is a(1 − a), and the printed product is slopes × weights', () => {
    const c = sigmoidChain(CHAIN_INPUT, CHAIN_WEIGHTS);
    c.a.forEach((a, i) => expect(c.slope[i]).toBeCloseTo(a * (1 - a), 15));
    const slopes = c.slope.reduce((p, s) => p * s, 1);
    const weights = CHAIN_WEIGHTS.reduce((p, w) => p * w, 1);
    expect(c.gradient).toBeCloseTo(slopes * weights, 15);
    expect(sigmoidChainFacts.slopeProduct).toBe(formatNumber(slopes, 3));
    expect(sigmoidChainFacts.weightProduct).toBe(formatNumber(weights));
    expect(sigmoidChainFacts.gradient).toBe(formatNumber(c.gradient, 3));
  });

  it('the slopes win against weights of 2, 3 and −2: every slope is below a half of the ceiling', () => {
    for (const s of sigmoidChain(CHAIN_INPUT, CHAIN_WEIGHTS).slope) expect(s).toBeLessThan(0.125);
  });
});

describe('the depth ratios the sigmoid and ReLU posts quote over seeds 1–10', () => {
  const ratios = (activation: DepthActivation, init: 'glorot' | 'he') =>
    DEPTH_FACT_SEEDS.map((seed) => {
      const n = layerGradients({ activation, init, depth: 20, width: 32, samples: 4, seed }).preActivationGradientNorms;
      return n[0]! / n[19]!;
    }).sort((a, b) => a - b);
  const median = (v: number[]) => (v[4]! + v[5]!) / 2;

  it('quotes the median and range of each network', () => {
    for (const [key, activation, init] of [
      ['sigmoid', 'sigmoid', 'glorot'],
      ['sigmoidScaled', 'sigmoid-scaled', 'glorot'],
      ['sigmoidCentred', 'sigmoid-centred', 'glorot'],
      ['tanh', 'tanh', 'glorot'],
      ['relu', 'relu', 'he'],
    ] as const) {
      const r = ratios(activation, init);
      expect(depthSpreadFacts[key].median).toBe(formatNumber(median(r), 2));
      expect(depthSpreadFacts[key].range).toBe(`${formatNumber(r[0]!, 2)} to ${formatNumber(r[9]!, 2)}`);
    }
  });

  it('orders them as the argument says: sigmoid ≪ 4× ≪ centred = tanh < ReLU (medians)', () => {
    const m = (a: DepthActivation, i: 'glorot' | 'he') => median(ratios(a, i));
    expect(m('sigmoid', 'glorot')).toBeLessThan(1e-10);
    expect(m('sigmoid-scaled', 'glorot')).toBeLessThan(1e-3);
    expect(m('sigmoid-centred', 'glorot') / m('tanh', 'glorot')).toBeCloseTo(1, 9);
    expect(m('relu', 'he')).toBeGreaterThan(m('tanh', 'glorot'));
    expect(depthSpreadFacts.sigmoidCentred).toEqual(depthSpreadFacts.tanh);
  });

  it('the prose’s “no unit is saturated” at weight scale 0.05 holds exactly', () => {
    expect(sigmoidFigureFacts.satShareSmall).toBe('0%');
  });

  it('the 20-layer slope bound is one value, 0.25¹⁹, and the ten-layer one 0.25¹⁰', () => {
    expect(sigmoidFigureFacts.depthSlopeCap).toBe(formatNumber(0.25 ** 19, 2));
    expect(sigmoidFacts.tenLayerBound).toBe(formatNumber(0.25 ** 10, 2));
  });

  it('softsign’s slope at 10 is 1/121; tanh’s is 4e^{−20}/(1 + e^{−20})²', () => {
    expect(sigmoidFacts.softsignSlopeAt10).toBe(formatNumber(1 / 121, 2));
    const e = Math.exp(-20);
    expect(sigmoidFacts.tanhSlopeAt10).toBe(formatNumber((4 * e) / (1 + e) ** 2, 2));
  });
});
