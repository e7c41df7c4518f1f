import { describe, expect, it } from 'vitest';
import { DYING_RELU_DEFAULTS, DYING_RELU_LIMITS } from '../../../src/lib/experiments/dying-relu';
import { readFigureState, writeFigureState } from '../../../src/figures/kit/url-state';
import { FigurePropError } from '../../../src/figures/kit/prop-errors';
import { dyingReluConfig, dyingReluSchema, learningRateFromLog, runsFor } from '../../../src/figures/dying-relu/config';
import { BIAS_RANGE, LEARNING_RATE_RANGE } from '../../../src/figures/dying-relu/controls';

describe('dyingReluConfig', () => {
  it('fills in the experiment’s defaults: ReLU beside leaky ReLU (α = 0.01), lr 0.25, 3,000 steps', () => {
    expect(dyingReluConfig({})).toEqual({
      id: 'dying-relu',
      learningRate: DYING_RELU_DEFAULTS.learningRate,
      biasInit: 0,
      hiddenUnits: 32,
      seed: 1,
      activation: 'leaky-relu',
      alpha: { 'leaky-relu': 0.01, elu: 1 },
      steps: 3000,
    });
    expect(dyingReluConfig({ activation: 'elu', alpha: 0.5, learningRate: 0.05, id: 'elu-run' })).toMatchObject({
      id: 'elu-run',
      activation: 'elu',
      alpha: { 'leaky-relu': 0.01, elu: 0.5 },
      learningRate: 0.05,
    });
  });

  it.each([
    [{ activation: 'relu' }, /<DyingRelu> prop "activation" "relu" cannot run beside ReLU here\. Valid names: leaky-relu, elu\./],
    [{ activation: 'sigmoid' }, /prop "activation" "sigmoid" cannot run beside ReLU/],
    [{ learningRate: 2 }, /<DyingRelu> prop "learningRate" must lie in \[0\.001, 1\], got 2/],
    [{ learningRate: 0 }, /prop "learningRate" must lie in/],
    [{ learningRate: Number.NaN }, /prop "learningRate" must be a finite number/],
    [{ biasInit: -1.5 }, /prop "biasInit" must lie in \[-1, 1\], got -1.5/],
    [{ hiddenUnits: 1 }, /prop "hiddenUnits" must lie in \[2, 64\], got 1/],
    [{ hiddenUnits: 3.5 }, /prop "hiddenUnits" must be a whole number/],
    [{ seed: 0 }, /prop "seed" must lie in \[1, 999999\], got 0/],
    [{ steps: 50 }, /prop "steps" must lie in \[100, 20000\], got 50/],
    [{ steps: 1010 }, /prop "steps" must be a multiple of 20/],
    [{ alpha: 2 }, /prop "alpha" must lie in \[0, 1\], got 2/],
    [{ activation: 'elu', alpha: 4 }, /prop "alpha" must lie in \[0, 3\], got 4/],
    [{ alpha: '0.1' as unknown as number }, /prop "alpha" must be a finite number, got "0.1"/],
    [{ id: '9lives' }, /prop "id" must start with a letter/],
  ])('rejects %o and says which prop and why', (props, message) => {
    expect(() => dyingReluConfig(props)).toThrow(FigurePropError);
    expect(() => dyingReluConfig(props)).toThrow(message);
  });

  it('stays inside what the trainer accepts', () => {
    expect(LEARNING_RATE_RANGE).toEqual(DYING_RELU_LIMITS.learningRate);
    expect(BIAS_RANGE.min).toBe(DYING_RELU_LIMITS.biasInit.min);
    expect(BIAS_RANGE.max).toBe(DYING_RELU_LIMITS.biasInit.max);
  });
});

describe('dyingReluSchema and runsFor', () => {
  const config = dyingReluConfig({});
  const schema = dyingReluSchema(config);

  it('round-trips settings through the hash, and leaves the defaults out of it', () => {
    const state = { lr: 0.0316, bias: -0.35, act: 'elu' as const, 'leaky-relu-alpha': 0.2, 'elu-alpha': 0.55, seed: 42 };
    const hash = writeFigureState('', 'dying-relu', schema, state);
    expect(hash).toContain('dying-relu.lr=0.0316');
    expect(readFigureState(hash, 'dying-relu', schema)).toEqual(state);
    expect(writeFigureState('', 'dying-relu', schema, readFigureState('', 'dying-relu', schema))).toBe('');
  });

  it('turns garbage into defaults and out-of-range values into the nearest allowed', () => {
    const garbage = readFigureState(
      '#dying-relu.lr=NaN&dying-relu.bias=<script>&dying-relu.act=relu&dying-relu.seed=5000000&dying-relu.elu-alpha=-5',
      'dying-relu',
      schema,
    );
    expect(garbage).toEqual({ lr: 0.25, bias: 0, act: 'leaky-relu', 'leaky-relu-alpha': 0.01, 'elu-alpha': 0, seed: 999_999 });
    const { settings, pair } = runsFor(config, garbage);
    expect(settings).toEqual({ learningRate: 0.25, biasInit: 0, hiddenUnits: 32, seed: 999_999 });
    expect(pair).toEqual({ variant: 'leaky-relu', alpha: 0.01 });
  });

  it('gives the trainers what the state says, clamped, with the α of the chosen variant', () => {
    expect(runsFor(config, {})).toEqual({
      settings: { learningRate: 0.25, biasInit: 0, hiddenUnits: 32, seed: 1 },
      pair: { variant: 'leaky-relu', alpha: 0.01 },
    });
    expect(runsFor(config, { act: 'elu', 'elu-alpha': 2, lr: 5, bias: -3, seed: 7 })).toEqual({
      settings: { learningRate: 1, biasInit: -1, hiddenUnits: 32, seed: 7 },
      pair: { variant: 'elu', alpha: 2 },
    });
    expect(runsFor(config, { act: '__proto__', lr: 'x', 'leaky-relu-alpha': Number.POSITIVE_INFINITY }).pair).toEqual({
      variant: 'leaky-relu',
      alpha: 0.01,
    });
  });

  it('reads the log-scale slider as a learning rate to 3 significant digits', () => {
    expect(learningRateFromLog(-1)).toBe(0.1);
    expect(learningRateFromLog(-0.6)).toBe(0.251);
    expect(learningRateFromLog(-3)).toBe(0.001);
    expect(learningRateFromLog(0)).toBe(1);
    expect(learningRateFromLog(3)).toBe(1);
    expect(learningRateFromLog(-9)).toBe(0.001);
  });
});
