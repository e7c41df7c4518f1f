import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, defaultParams, getActivation } from '../../../src/lib/activations/registry';
import { gaussianMoments, secondMomentSlope } from '../../../src/lib/signal/gaussian';
import { momentTable } from '../../../src/lib/signal/moment-table';
import {
  correlationDepth,
  correlationMap,
  exactMoments,
  fixedPoint,
  gradientTrajectory,
  meanField,
  varianceMap,
  varianceTrajectory,
} from '../../../src/lib/signal/mean-field';

const tanh = getActivation('tanh');
const relu = getActivation('relu');
const selu = getActivation('selu');
const tanhM = exactMoments(tanh, {});
const reluM = exactMoments(relu, {});

describe('known critical points', { timeout: 60_000 }, () => {
  it('tanh, σ_b = 0: critical at σ_w² = 1 with q* = 0 and χ₁ = σ_w²·tanh′(0)² = 1', () => {
    const mf = meanField(tanhM, { sigmaW2: 1, sigmaB2: 0 });
    expect(mf.fixedPoint.q).toBe(0);
    expect(mf.chi1).toBeCloseTo(1, 14);
    expect(mf.phase).toBe('critical');
    expect(mf.xiC).toBe(Infinity);
  });
  it('tanh, σ_b = 0: ordered below (q* = 0, χ₁ = σ_w²), chaotic above (q* > 0, χ₁ > 1)', () => {
    for (const w of [0.5, 0.9, 0.99]) {
      const mf = meanField(tanhM, { sigmaW2: w, sigmaB2: 0 });
      expect(mf.fixedPoint.q).toBe(0);
      expect(mf.chi1).toBeCloseTo(w, 13);
      expect(mf.phase).toBe('ordered');
      expect(mf.xiC).toBeCloseTo(-1 / Math.log(w), 10);
    }
    for (const w of [1.01, 1.5, 3]) {
      const mf = meanField(tanhM, { sigmaW2: w, sigmaB2: 0 });
      expect(mf.fixedPoint.q).toBeGreaterThan(0);
      expect(mf.chi1).toBeGreaterThan(1);
      expect(mf.phase).toBe('chaotic');
    }
  });
  it('ReLU: σ_w² = 2, σ_b = 0 is critical (χ₁ = 1) and preserves q exactly, layer after layer', () => {
    const init = { sigmaW2: 2, sigmaB2: 0 };
    const mf = meanField(reluM, init);
    expect(mf.chi1).toBeCloseTo(1, 14);
    expect(mf.phase).toBe('critical');
    for (const q of varianceTrajectory(reluM, init, 30)) expect(q).toBeCloseTo(2, 12);
    for (const g of gradientTrajectory(reluM, init, varianceTrajectory(reluM, init, 30))) expect(g).toBeCloseTo(0.5, 12);
  });
  it('ReLU: χ₁ = σ_w²/2 whatever q*: ordered below 2 (finite q* = σ_b²/(1 − σ_w²/2)), diverging above', () => {
    const below = meanField(reluM, { sigmaW2: 1.5, sigmaB2: 0.1 });
    expect(below.fixedPoint.q).toBeCloseTo(0.1 / (1 - 0.75), 12);
    expect(below.chi1).toBeCloseTo(0.75, 12);
    const above = meanField(reluM, { sigmaW2: 2.5, sigmaB2: 0.1 });
    expect(above.fixedPoint.status).toBe('diverged');
    expect(above.chi1).toBeCloseTo(1.25, 12);
    expect(above.phase).toBe('chaotic');
    expect(above.xiQ).toBeNull();
  });
  it('ReLU at σ_w² = 2, σ_b = 0 (He): every q is a fixed point, so q* is where the iteration starts, also from the figures’ moment table', () => {
    const table = momentTable(relu, defaultParams(relu));
    for (const moments of [reluM, table])
      for (const q0 of [0.5, 1, 2, 3.7]) expect(meanField(moments, { sigmaW2: 2, sigmaB2: 0 }, q0).fixedPoint.q).toBeCloseTo(q0, 12);
  });
  it('SELU under LeCun (σ_w² = 1, σ_b = 0): mean 0 and variance 1 is the fixed point (Klambauer et al. 2017)', () => {
    const m = gaussianMoments(selu, {}, 1);
    expect(Math.abs(m.mean)).toBeLessThan(1e-9);
    expect(Math.abs(m.secondMoment - 1)).toBeLessThan(1e-9);
    for (const q0 of [0.2, 1, 5])
      expect(Math.abs(fixedPoint(exactMoments(selu, {}), { sigmaW2: 1, sigmaB2: 0 }, q0).q - 1)).toBeLessThan(1e-9);
  });
});

describe('fixed point and depth scales', { timeout: 60_000 }, () => {
  it('q* is where the plain iteration settles, for every registry function at a few initialisations', () => {
    for (const a of ACTIVATIONS) {
      const m = exactMoments(a, defaultParams(a));
      for (const init of [
        { sigmaW2: 0.7, sigmaB2: 0.2 },
        { sigmaW2: 1.6, sigmaB2: 0.05 },
      ]) {
        const fp = fixedPoint(m, init, 1);
        if (fp.status !== 'converged') continue;
        let q = 1;
        for (let l = 0; l < 400; l++) q = varianceMap(m, init, q);
        expect(Math.abs(q - fp.q), `${a.id} ${JSON.stringify(init)}`).toBeLessThan(1e-9 * Math.max(1, fp.q));
      }
    }
  });
  it('the variance map is increasing for every registry function (what fixedPoint assumes)', () => {
    for (const a of ACTIVATIONS) {
      for (const q of [1e-4, 0.01, 0.1, 0.5, 1, 2, 5, 20, 100]) expect(secondMomentSlope(a, defaultParams(a), q), a.id).toBeGreaterThan(0);
    }
  });
  it('ξ_q: deviations from q* shrink by 𝓜′(q*) per layer', () => {
    const init = { sigmaW2: 1.5, sigmaB2: 0.05 };
    const mf = meanField(tanhM, init);
    // Deep enough (0.55²⁵ ≈ 3e−7 of the start) that second-order terms are below 1e−6 of the ratio.
    const qs = varianceTrajectory(tanhM, init, 26);
    const ratio = (qs[25]! - mf.fixedPoint.q) / (qs[24]! - mf.fixedPoint.q);
    expect(ratio).toBeCloseTo(mf.varianceSlope!, 5);
    expect(mf.xiQ).toBeCloseTo(-1 / Math.log(mf.varianceSlope!), 12);
  });
  it('gradient prediction is the product of σ_w²·E[f′²] along the trajectory', () => {
    const init = { sigmaW2: 1.2, sigmaB2: 0.1 };
    const qs = varianceTrajectory(tanhM, init, 5);
    const g = gradientTrajectory(tanhM, init, qs);
    expect(g[4]).toBeCloseTo(tanhM.slopeSecondMoment(qs[4]!), 14);
    for (let l = 0; l < 4; l++) expect(g[l]! / g[l + 1]!).toBeCloseTo(1.2 * tanhM.slopeSecondMoment(qs[l]!), 12);
  });
  it('the correlation map fixes c = 1 at q* and has slope χ₁ there', () => {
    const init = { sigmaW2: 1.5, sigmaB2: 0.05 };
    const mf = meanField(tanhM, init);
    const q = mf.fixedPoint.q;
    expect(correlationMap(tanh, {}, init, q, 1)).toBeCloseTo(1, 9);
    const slope = (correlationMap(tanh, {}, init, q, 1) - correlationMap(tanh, {}, init, q, 1 - 1e-4)) / 1e-4;
    expect(slope).toBeCloseTo(mf.chi1, 3);
  });
  it('chaotic phase: c* < 1 is a fixed point of the correlation map with χ_c* < 1, so ξ_c is finite', () => {
    const init = { sigmaW2: 2.5, sigmaB2: 0.1 };
    const mf = meanField(tanhM, init);
    expect(mf.phase).toBe('chaotic');
    const cd = correlationDepth(tanh, {}, init, mf.fixedPoint.q, mf.chi1);
    expect(cd.cStar).toBeGreaterThan(0);
    expect(cd.cStar).toBeLessThan(1);
    expect(correlationMap(tanh, {}, init, mf.fixedPoint.q, cd.cStar)).toBeCloseTo(cd.cStar, 8);
    expect(cd.chiC).toBeLessThan(1);
    expect(cd.xiC).toBeCloseTo(-1 / Math.log(cd.chiC), 12);
  });
});
