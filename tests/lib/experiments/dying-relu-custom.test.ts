import { describe, expect, it } from 'vitest';
import { createDyingReluTrainer } from '../../../src/lib/experiments/dying-relu';
import { compileActivation, type CustomActivation } from '../../../src/lib/formula';

function custom(source: string): CustomActivation {
  const result = compileActivation(source);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('dying-ReLU trainer with a reader-typed activation', () => {
  it('relu(x) typed as a formula trains exactly as the registry ReLU', () => {
    const registry = createDyingReluTrainer({ seed: 3 });
    const typed = createDyingReluTrainer({ seed: 3, custom: custom('relu(x)') });
    registry.step(300);
    typed.step(300);
    const a = registry.state();
    const b = typed.state();
    expect(b.loss).toBe(a.loss);
    expect(b.deadUnits).toBe(a.deadUnits);
    expect(Array.from(b.inputWeights)).toEqual(Array.from(a.inputWeights));
  });

  it('starts from the same initial weights as ReLU, and SiLU loses no unit for good', () => {
    const relu = createDyingReluTrainer();
    const silu = createDyingReluTrainer({ custom: custom('x * sigmoid(x)') });
    expect(Array.from(silu.state().inputWeights)).toEqual(Array.from(relu.state().inputWeights));
    expect(silu.state().loss).not.toBe(relu.state().loss);
    silu.step(500);
    expect(silu.state().deadUnits).toBe(0);
    expect(Number.isFinite(silu.state().loss)).toBe(true);
  });

  it('a step function never moves a hidden weight: f′ = 0 everywhere it exists', () => {
    const trainer = createDyingReluTrainer({ custom: custom('step(x)') });
    const before = Array.from(trainer.state().inputWeights);
    trainer.step(200);
    const after = trainer.state();
    expect(Array.from(after.inputWeights)).toEqual(before);
    expect(after.deadUnits).toBe(after.hiddenUnits);
  });

  it('a function that overflows stops as divergence, with every reported number finite', () => {
    const trainer = createDyingReluTrainer({ custom: custom('exp(exp(10 * x))'), learningRate: 0.25 });
    trainer.step(50);
    const state = trainer.state();
    expect(state.diverged).toBe(true);
    expect(Number.isFinite(state.loss) || state.step === 0).toBe(true);
  });
});
