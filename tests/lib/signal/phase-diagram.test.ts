import { describe, expect, it } from 'vitest';
import { defaultParams, getActivation } from '../../../src/lib/activations/registry';
import { correlationSeries } from '../../../src/lib/signal/correlation-series';
import { correlationDepth, exactMoments, meanField } from '../../../src/lib/signal/mean-field';
import { momentTable } from '../../../src/lib/signal/moment-table';
import { PHASE_CODES, phaseDiagram, SURVIVAL_DEPTH_FACTOR } from '../../../src/lib/signal/phase-diagram';

const tables = new Map<string, ReturnType<typeof momentTable>>();
const tableOf = (id: string) => {
  if (!tables.has(id)) tables.set(id, momentTable(getActivation(id), defaultParams(getActivation(id))));
  return tables.get(id)!;
};

describe('phase diagram', { timeout: 60_000 }, () => {
  it('edge of chaos: tanh at σ_w² = 1 for σ_b² = 0, ReLU at 2 and leaky ReLU at 2/(1+α²) for every σ_b²', () => {
    expect(phaseDiagram(tableOf('tanh')).edge[0]!.sigmaW2).toBeCloseTo(1, 6);
    for (const { sigmaW2 } of phaseDiagram(tableOf('relu'), { rows: 8 }).edge) expect(sigmaW2).toBeCloseTo(2, 9);
    for (const { sigmaW2 } of phaseDiagram(tableOf('leaky-relu'), { rows: 8 }).edge) expect(sigmaW2).toBeCloseTo(2 / (1 + 0.01 ** 2), 9);
  });
  it('tanh: the edge moves to larger σ_w² as σ_b² grows, and χ₁ = 1 there by the exact path', () => {
    const d = phaseDiagram(tableOf('tanh'), { rows: 6 });
    const ws = d.edge.map((e) => e.sigmaW2!);
    for (let i = 1; i < ws.length; i++) expect(ws[i]!).toBeGreaterThan(ws[i - 1]!);
    const exact = exactMoments(getActivation('tanh'), {});
    for (const e of d.edge.slice(1)) expect(meanField(exact, { sigmaW2: e.sigmaW2!, sigmaB2: e.sigmaB2 }).chi1).toBeCloseTo(1, 7);
  });
  for (const id of ['tanh', 'relu', 'gelu', 'selu', 'softsign', 'hard-sigmoid']) {
    it(`${id}: matches the exact quadrature path cell by cell (χ₁ and q* to 1e−7 relative, same phase)`, { timeout: 60_000 }, () => {
      const options = { columns: 6, rows: 4 } as const;
      const fast = phaseDiagram(tableOf(id), options);
      const slow = phaseDiagram(exactMoments(getActivation(id), defaultParams(getActivation(id))), options);
      for (let k = 0; k < fast.chi1.length; k++) {
        const label = `${id} cell ${k}`;
        expect(Math.abs(fast.chi1[k]! - slow.chi1[k]!) / slow.chi1[k]!, label).toBeLessThan(1e-7);
        if (Number.isFinite(slow.qStar[k]!))
          expect(Math.abs(fast.qStar[k]! - slow.qStar[k]!), label).toBeLessThan(1e-7 * Math.max(slow.qStar[k]!, 1e-6));
        else expect(fast.qStar[k], label).toBe(Infinity);
        expect(fast.phase[k], label).toBe(slow.phase[k]);
      }
    });
  }
  it('flags a jump: GELU with σ_b = 0 goes from χ₁ = σ_w²/4 (q* = 0) to the diverged σ_w²/2 near 2.35; tanh is continuous', () => {
    const gelu = phaseDiagram(tableOf('gelu'), { rows: 1, sigmaB2: [0, 0] }).edge[0]!;
    expect(gelu.sigmaW2).toBeGreaterThan(2);
    expect(gelu.sigmaW2).toBeLessThan(4);
    expect(gelu.continuous).toBe(false);
    expect(phaseDiagram(tableOf('tanh'), { rows: 3 }).edge.every((e) => e.continuous)).toBe(true);
  });
  it('ξ_c = −1/ln χ₁ in ordered cells, NaN in chaotic ones; survival depth is 6ξ_c', () => {
    const d = phaseDiagram(tableOf('tanh'), { rows: 5, columns: 9 });
    for (let k = 0; k < d.chi1.length; k++) {
      if (d.phase[k] === PHASE_CODES.ordered) expect(d.xiC[k]).toBeCloseTo(-1 / Math.log(d.chi1[k]!), 10);
      if (d.phase[k] === PHASE_CODES.chaotic) expect(d.xiC[k]).toBeNaN();
      if (d.phase[k] !== PHASE_CODES.chaotic) expect(d.survivalDepth[k]).toBeCloseTo(SURVIVAL_DEPTH_FACTOR * d.xiC[k]!, 10);
    }
    expect(d.sigmaW2[0]).toBe(0.5);
    expect(d.sigmaW2[8]).toBe(4);
    expect(d.sigmaB2[4]).toBe(0.5);
  });
  it('rejects empty ranges and bad grid sizes with a message', () => {
    expect(() => phaseDiagram(tableOf('tanh'), { sigmaW2: [2, 1] })).toThrow(/ranges/);
    expect(() => phaseDiagram(tableOf('tanh'), { columns: 1 })).toThrow(/columns/);
  });
});

describe('chaotic-phase ξ_c from the Mehler series', () => {
  // Smooth f: the series converges fast. ELU (f″ jumps at 0): b_k² decay algebraically, and the
  // truncation error grows as c* → 1; measured 1e−2 at c* = 0.93, bounded here by 3e−2.
  const cases = [
    ['tanh', 2.5, 0.1, 1e-6],
    ['tanh', 4, 0.5, 1e-6],
    ['selu', 1.5, 0.1, 1e-6],
    ['elu', 1.9, 0.3, 3e-2],
  ] as const;
  for (const [id, sigmaW2, sigmaB2, tol] of cases) {
    it(`${id} (σ_w² = ${sigmaW2}, σ_b² = ${sigmaB2}) agrees with the 2-D quadrature to ${tol}`, { timeout: 60_000 }, () => {
      const a = getActivation(id);
      const p = defaultParams(a);
      const series = correlationSeries(a, p, tableOf(id));
      const d = phaseDiagram(tableOf(id), { series, columns: 2, rows: 1, sigmaW2: [sigmaW2, sigmaW2 + 1], sigmaB2: [sigmaB2, sigmaB2] });
      const init = { sigmaW2, sigmaB2 };
      const mf = meanField(exactMoments(a, p), init);
      expect(mf.phase).toBe('chaotic');
      const slow = correlationDepth(a, p, init, mf.fixedPoint.q, mf.chi1);
      expect(Math.abs(d.xiC[0]! - slow.xiC) / slow.xiC).toBeLessThan(tol);
      expect(d.survivalDepth[0]).toBeCloseTo(6 * d.xiC[0]!, 10);
    });
  }
});
