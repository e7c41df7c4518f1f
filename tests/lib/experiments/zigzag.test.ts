import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ZIGZAG_LIMITS,
  ZIGZAG_START,
  ZIGZAG_TARGET,
  zigzag,
  type ZigzagInputs,
  type ZigzagResult,
} from '../../../src/lib/experiments/zigzag';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

describe('zigzag', () => {
  it('puts every single-example step with positive inputs in the (+,+) or (−,−) quadrant', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.double({ min: ZIGZAG_LIMITS.learningRate.min, max: ZIGZAG_LIMITS.learningRate.max, noNaN: true }),
        (seed, learningRate) => {
          const result = zigzag({ inputs: 'positive', batchSize: 1, seed, learningRate, maxSteps: 500 });
          expect(result.sameSignShare).toBe(1);
          expect(result.stepSigns.every(([a, b]) => a !== 0 && a === b)).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('puts only about half of the steps there when the same inputs are centred', () => {
    const shares = SEEDS.map((seed) => zigzag({ inputs: 'centred', seed }).sameSignShare);
    for (const share of shares) {
      expect(share).toBeGreaterThan(0.3);
      expect(share).toBeLessThan(0.7);
    }
    expect(Math.abs(mean(shares) - 0.5)).toBeLessThan(0.1);
  });

  it('converges within maxSteps for both inputs at the defaults, positive inputs needing several times more steps', () => {
    for (const seed of SEEDS) {
      const positive = zigzag({ inputs: 'positive', seed }).stepsToConverge;
      const centred = zigzag({ inputs: 'centred', seed }).stepsToConverge;
      expect(positive).not.toBeNull();
      expect(centred).not.toBeNull();
      expect(positive).toBeLessThanOrEqual(ZIGZAG_LIMITS.maxSteps.max);
      expect(positive!).toBeGreaterThan(2 * centred!);
    }
  });

  it('visibly zig-zags with positive inputs: consecutive steps often reverse along (1, 1)', () => {
    const reversals = (result: ZigzagResult) =>
      result.stepSigns.filter((signs, k) => k > 0 && signs[0] === -result.stepSigns[k - 1][0] && signs[0] === signs[1]).length /
      (result.stepSigns.length - 1);
    expect(reversals(zigzag({ inputs: 'positive' }))).toBeGreaterThan(0.3);
  });

  it('is softened by larger batches: fewer same-sign steps with positive inputs', () => {
    for (const seed of SEEDS) {
      const shares = [1, 4, 16, 64].map((batchSize) => zigzag({ inputs: 'positive', batchSize, seed }).sameSignShare);
      for (let k = 1; k < shares.length; k++) expect(shares[k]).toBeLessThan(shares[k - 1]);
      expect(shares[3]).toBeLessThan(0.2);
    }
  });

  it('gives positive inputs a smaller safe step than the same inputs centred', () => {
    const positive = zigzag({ inputs: 'positive' }).effectiveLearningRate;
    const centred = zigzag({ inputs: 'centred' }).effectiveLearningRate;
    expect(centred).toBeGreaterThan(2 * positive);
  });

  it('records a path from the start to within tolerance of the target', () => {
    for (const inputs of ['positive', 'centred'] as const) {
      const result = zigzag({ inputs, tolerance: 0.005 });
      expect(result.path[0]).toEqual(ZIGZAG_START);
      expect(result.path).toHaveLength(result.stepsToConverge! + 1);
      expect(result.stepSigns).toHaveLength(result.stepsToConverge!);
      const [w1, w2] = result.path[result.path.length - 1];
      expect(Math.hypot(w1 - ZIGZAG_TARGET[0], w2 - ZIGZAG_TARGET[1])).toBeLessThan(0.005);
      const [p1, p2] = result.path[result.path.length - 2];
      expect(Math.hypot(p1 - ZIGZAG_TARGET[0], p2 - ZIGZAG_TARGET[1])).toBeGreaterThanOrEqual(0.005);
      expect(result.finalLoss).toBeLessThan(1e-5);
    }
  });

  it('reports null and the full path when it runs out of steps', () => {
    const result = zigzag({ maxSteps: 5 });
    expect(result.stepsToConverge).toBeNull();
    expect(result.path).toHaveLength(6);
    expect(result.finalLoss).toBeGreaterThan(0);
  });

  it('is deterministic per seed and differs between seeds', () => {
    expect(zigzag({ seed: 9 })).toEqual(zigzag({ seed: 9 }));
    expect(zigzag({ seed: 10 }).path).not.toEqual(zigzag({ seed: 9 }).path);
  });

  it('never moves away from the target and stays finite for any options in range', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<ZigzagInputs>('positive', 'centred'),
        fc.integer({ min: ZIGZAG_LIMITS.batchSize.min, max: ZIGZAG_LIMITS.batchSize.max }),
        fc.double({ min: ZIGZAG_LIMITS.learningRate.min, max: ZIGZAG_LIMITS.learningRate.max, noNaN: true }),
        fc.integer({ min: ZIGZAG_LIMITS.maxSteps.min, max: 300 }),
        fc.double({ min: ZIGZAG_LIMITS.tolerance.min, max: ZIGZAG_LIMITS.tolerance.max, noNaN: true }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (inputs, batchSize, learningRate, maxSteps, tolerance, seed) => {
          const result = zigzag({ inputs, batchSize, learningRate, maxSteps, tolerance, seed });
          const distances = result.path.map(([w1, w2]) => Math.hypot(w1 - ZIGZAG_TARGET[0], w2 - ZIGZAG_TARGET[1]));
          expect(distances.every(Number.isFinite)).toBe(true);
          for (let k = 1; k < distances.length; k++) expect(distances[k]).toBeLessThanOrEqual(distances[k - 1] + 1e-12);
          expect(Number.isFinite(result.finalLoss)).toBe(true);
          expect(result.sameSignShare).toBeGreaterThanOrEqual(0);
          expect(result.sameSignShare).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('rejects options outside their ranges', () => {
    expect(() => zigzag({ inputs: 'negative' as ZigzagInputs })).toThrow(/inputs/);
    expect(() => zigzag({ batchSize: 0 })).toThrow(/batchSize/);
    expect(() => zigzag({ batchSize: 65 })).toThrow(/batchSize/);
    expect(() => zigzag({ learningRate: 0 })).toThrow(/learningRate/);
    expect(() => zigzag({ learningRate: 1.5 })).toThrow(/learningRate/);
    expect(() => zigzag({ maxSteps: 2001 })).toThrow(/maxSteps/);
    expect(() => zigzag({ tolerance: 0 })).toThrow(/tolerance/);
    expect(() => zigzag({ seed: 0.5 })).toThrow(/seed/);
  });
});

function mean(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}
