import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createDyingReluTrainer,
  DYING_RELU_ACTIVATIONS,
  DYING_RELU_DEFAULTS,
  DYING_RELU_HISTORY_CAPACITY,
  type DyingReluState,
} from '../../../src/lib/experiments/dying-relu';

function trained(options: Parameters<typeof createDyingReluTrainer>[0], steps: number): DyingReluState {
  const trainer = createDyingReluTrainer(options);
  trainer.step(steps);
  return trainer.state();
}

function allFinite(state: DyingReluState): boolean {
  const arrays = [
    state.lossHistory.steps,
    state.lossHistory.losses,
    state.predictions,
    state.inputWeights,
    state.hiddenBiases,
    state.outputWeights,
  ];
  return Number.isFinite(state.loss) && Number.isFinite(state.outputBias) && arrays.every((a) => a.every(Number.isFinite));
}

/** The parameters of hidden unit j: incoming weight, bias, outgoing weight. */
function unitParameters(state: DyingReluState, j: number): number[] {
  return [state.inputWeights[j], state.hiddenBiases[j], state.outputWeights[j]];
}

/**
 * Every test here trains a network, some for 7,000–20,000 steps: their claims hold only at a
 * realistic training budget, and on a loaded two-core machine that outlasts vitest's default 5 s.
 */
const TRAINING = { timeout: 60_000 };

const units = (mask: Uint8Array) => [...mask.keys()].filter((j) => mask[j] === 1);

describe('dying ReLU at the default options', TRAINING, () => {
  const relu = createDyingReluTrainer();
  relu.step(2000);
  const reluState = relu.state();

  it('ends with at least a quarter of the hidden units dead within 2,000 steps', () => {
    expect(reluState.deadUnits).toBeGreaterThanOrEqual(DYING_RELU_DEFAULTS.hiddenUnits / 4);
    expect(reluState.diverged).toBe(false);
  });

  it('for ReLU, dead and inactive are the same units, and none ever recovers', () => {
    expect(Array.from(reluState.inactiveMask)).toEqual(Array.from(reluState.deadMask));
    expect(reluState.recoveredUnits).toBe(0);
    units(reluState.deadMask).forEach((j) => expect(reluState.everDead[j]).toBe(1));
  });

  it('never changes a dead unit’s weights again, exactly, and it stays dead', () => {
    const dead = units(reluState.deadMask);
    dead.forEach((j) => expect(reluState.incomingGradientNorms[j]).toBe(0));
    const before = dead.map((j) => unitParameters(reluState, j));
    relu.step(3000);
    const later = relu.state();
    expect(dead.map((j) => unitParameters(later, j))).toEqual(before);
    dead.forEach((j) => expect(later.deadMask[j]).toBe(1));
    // The live units did keep learning.
    const live = units(later.deadMask.map((d) => 1 - d));
    expect(live.some((j) => unitParameters(later, j)[1] !== reluState.hiddenBiases[j])).toBe(true);
  });

  it('leaky ReLU, same weights and learning rate, ends with no dead units and a still-falling loss', () => {
    const leaky = createDyingReluTrainer({ activation: 'leaky-relu' });
    expect(leaky.options.alpha).toBe(0.01);
    const losses: number[] = [];
    for (let i = 0; i < 5; i++) {
      leaky.step(2000);
      const state = leaky.state();
      expect(state.deadUnits).toBe(0);
      expect(state.everDeadUnits).toBe(0);
      // Inactive units (z ≤ 0 on every input) still receive gradient through the slope α.
      expect(state.inactiveUnits).toBeGreaterThan(0);
      units(state.inactiveMask).forEach((j) => expect(state.incomingGradientNorms[j]).toBeGreaterThan(0));
      losses.push(state.loss);
    }
    for (let i = 1; i < losses.length; i++) expect(losses[i]).toBeLessThan(losses[i - 1]);
  });

  it('a lower learning rate kills fewer ReLU units', () => {
    const deadAt = (learningRate: number) =>
      [1, 2, 3, 4, 5].reduce((sum, seed) => sum + trained({ learningRate, seed }, 2000).deadUnits, 0);
    expect(deadAt(0.02)).toBeLessThan(deadAt(DYING_RELU_DEFAULTS.learningRate));
  });
});

describe('createDyingReluTrainer bookkeeping', TRAINING, () => {
  it('is deterministic: same seed ⇒ identical state after N steps; another seed differs', () => {
    expect(trained({ seed: 3 }, 300)).toEqual(trained({ seed: 3 }, 300));
    expect(trained({ seed: 3 }, 300).predictions).not.toEqual(trained({ seed: 4 }, 300).predictions);
  });

  it('reset() returns to the initial state', () => {
    const trainer = createDyingReluTrainer({ activation: 'elu', learningRate: 0.05 });
    const initial = trainer.state();
    trainer.step(500);
    trainer.reset();
    expect(trainer.state()).toEqual(initial);
  });

  it('counts steps and keeps a bounded loss history spanning the whole run', () => {
    const trainer = createDyingReluTrainer({ activation: 'leaky-relu', learningRate: 0.05 });
    expect(trainer.step(7000)).toBe(7000);
    const { step, lossHistory } = trainer.state();
    expect(step).toBe(7000);
    expect(lossHistory.steps.length).toBeLessThanOrEqual(DYING_RELU_HISTORY_CAPACITY);
    expect(lossHistory.steps.length).toBeGreaterThan(DYING_RELU_HISTORY_CAPACITY / 2 - 1);
    expect(lossHistory.steps[0]).toBe(0);
    expect(lossHistory.steps.at(-1)).toBeGreaterThan(6000);
    for (let i = 1; i < lossHistory.steps.length; i++) {
      expect(lossHistory.steps[i]).toBeGreaterThan(lossHistory.steps[i - 1]);
    }
  });

  it('stops and reports divergence instead of emitting non-finite numbers', () => {
    const trainer = createDyingReluTrainer({ activation: 'elu', alpha: 3, learningRate: 1, biasInit: 1 });
    trainer.step(1000);
    const state = trainer.state();
    expect(state.diverged).toBe(true);
    expect(allFinite(state)).toBe(true);
    expect(trainer.step(10)).toBe(0);
    expect(trainer.state().step).toBe(state.step);
  });

  it('never produces NaN or Infinity for any allowed options', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DYING_RELU_ACTIVATIONS),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: Math.log(0.001), max: 0, noNaN: true }).map(Math.exp),
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.integer({ min: 2, max: 64 }),
        fc.integer({ min: 0, max: 2 ** 31 }),
        (activation, alpha, learningRate, biasInit, hiddenUnits, seed) => {
          const state = trained(
            { activation, alpha, learningRate: Math.min(1, Math.max(0.001, learningRate)), biasInit, hiddenUnits, seed },
            300,
          );
          return allFinite(state);
        },
      ),
      { numRuns: 40 },
    );
  });

  it.each([
    [{ activation: 'sigmoid' as never }, /activation must be one of relu, leaky-relu, elu/],
    [{ activation: 'leaky-relu' as const, alpha: 2 }, /alpha must be a number in \[0, 1\]; got 2/],
    [{ learningRate: 0 }, /learningRate must be a number in \[0.001, 1\]; got 0/],
    [{ learningRate: Number.NaN }, /learningRate must be a number in \[0.001, 1\]/],
    [{ biasInit: -2 }, /biasInit must be a number in \[-1, 1\]/],
    [{ hiddenUnits: 65 }, /hiddenUnits must be an integer in \[2, 64\]/],
    [{ seed: -3 }, /seed must be an integer/],
  ])('rejects %o', (options, message) => {
    expect(() => createDyingReluTrainer(options)).toThrow(RangeError);
    expect(() => createDyingReluTrainer(options)).toThrow(message);
  });

  it('rejects a bad step count', () => {
    const trainer = createDyingReluTrainer();
    expect(() => trainer.step(-1)).toThrow(/n must be an integer in \[0, 100000\]/);
    expect(() => trainer.step(1.5)).toThrow(RangeError);
  });
});
