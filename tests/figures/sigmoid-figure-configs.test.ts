import { describe, expect, it } from 'vitest';
import { DEPTH_LIMITS } from '../../src/lib/experiments/depth';
import { SATURATION_LIMITS } from '../../src/lib/experiments/saturation';
import { ZIGZAG_LIMITS } from '../../src/lib/experiments/zigzag';
import { readFigureState } from '../../src/figures/kit/url-state';
import { FigurePropError } from '../../src/figures/kit/prop-errors';
import {
  SATURATION_FIGURE_LIMITS,
  saturationHistogramConfig,
  saturationHistogramSchema,
} from '../../src/figures/saturation-histogram/config';
import { DEPTH_FIGURE_LIMITS, depthGradientsConfig, depthGradientsSchema } from '../../src/figures/depth-gradients/config';
import { zigzagDescentConfig, zigzagDescentSchema } from '../../src/figures/zigzag-descent/config';
import { LOG_SCALE_RANGE } from '../../src/figures/saturation-histogram/model';
import { LEARNING_RATE_CONTROL } from '../../src/figures/zigzag-descent/controls';
import { DEPTH_CONTROL } from '../../src/figures/depth-gradients/controls';

/** The error a call throws, so its class and message can both be checked. */
function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a FigurePropError, nothing was thrown');
}

const GARBAGE = ['', '#', '#x=1', 'NaN', '1e999', '<script>alert(1)</script>', '%E0%A4%A', '-0', '0x10', 'Infinity', '__proto__'];

describe('SaturationHistogram props', () => {
  it('defaults: sigmoid at weight scale 1, seed 1, a layer of 1,000 units with 100 inputs', () => {
    expect(saturationHistogramConfig({})).toEqual({
      id: 'saturation-sigmoid',
      activation: 'sigmoid',
      logScale: 0,
      seed: 1,
      units: 1000,
      fanIn: 100,
      threshold: 0.01,
      followLab: false,
    });
    expect(saturationHistogramConfig({ activation: 'tanh', weightScale: 0.1 })).toMatchObject({ id: 'saturation-tanh', logScale: -1 });
  });

  it('names the component, the prop and the valid values when a prop is wrong', () => {
    const wrongName = errorOf(() => saturationHistogramConfig({ activation: 'relu' }));
    expect(wrongName).toBeInstanceOf(FigurePropError);
    expect(wrongName.message).toBe(
      '<SaturationHistogram> prop "activation" "relu" is not one this figure can show. Valid names: sigmoid, tanh.',
    );
    expect(errorOf(() => saturationHistogramConfig({ weightScale: 20 })).message).toMatch(
      /prop "weightScale" must lie in \[0\.001, 10\], got 20/,
    );
    expect(errorOf(() => saturationHistogramConfig({ weightScale: 0 })).message).toMatch(/"weightScale" must lie in/);
    expect(errorOf(() => saturationHistogramConfig({ weightScale: NaN })).message).toMatch(/"weightScale" must be a finite number/);
    expect(errorOf(() => saturationHistogramConfig({ seed: 1.5 })).message).toMatch(/prop "seed" must be a whole number, got 1.5/);
    expect(errorOf(() => saturationHistogramConfig({ units: 50 })).message).toMatch(/prop "units" must lie in \[100, 10000\]/);
    expect(errorOf(() => saturationHistogramConfig({ fanIn: 0 })).message).toMatch(/prop "fanIn"/);
    expect(errorOf(() => saturationHistogramConfig({ threshold: 0.5 })).message).toMatch(/prop "threshold"/);
  });

  it('stays inside what the experiment accepts', () => {
    expect(10 ** LOG_SCALE_RANGE.min).toBeGreaterThanOrEqual(SATURATION_LIMITS.weightScale.min);
    expect(10 ** LOG_SCALE_RANGE.max).toBeLessThanOrEqual(SATURATION_LIMITS.weightScale.max);
    for (const key of ['units', 'fanIn', 'threshold'] as const) {
      expect(SATURATION_FIGURE_LIMITS[key].min).toBeGreaterThanOrEqual(SATURATION_LIMITS[key].min);
      expect(SATURATION_FIGURE_LIMITS[key].max).toBeLessThanOrEqual(SATURATION_LIMITS[key].max);
    }
  });

  it('reads any hash as a valid state, defaults for garbage', () => {
    const config = saturationHistogramConfig({});
    const schema = saturationHistogramSchema(config);
    const defaults = { act: 'sigmoid', w: 0, seed: 1, f: '', p: '' };
    for (const value of GARBAGE) {
      expect(readFigureState(`#saturation-sigmoid.act=${value}&saturation-sigmoid.seed=${value}`, config.id, schema)).toMatchObject({
        act: 'sigmoid',
        seed: expect.any(Number),
      });
      const w = readFigureState(`#saturation-sigmoid.w=${value}`, config.id, schema).w;
      expect(w).toBeGreaterThanOrEqual(LOG_SCALE_RANGE.min);
      expect(w).toBeLessThanOrEqual(LOG_SCALE_RANGE.max);
    }
    expect(readFigureState('#saturation-sigmoid.w=NaN', config.id, schema)).toEqual(defaults);
    expect(readFigureState('#saturation-sigmoid.w=-1.3&saturation-sigmoid.act=tanh&saturation-sigmoid.seed=4', config.id, schema)).toEqual({
      act: 'tanh',
      w: -1.3,
      seed: 4,
      // No reader's formula in the link: empty formula and declarations.
      f: '',
      p: '',
    });
    expect(readFigureState('#saturation-sigmoid.w=99', config.id, schema).w).toBe(LOG_SCALE_RANGE.max);
  });
});

describe('DepthGradients props', () => {
  it('defaults: 20 sigmoid layers of 32 units with Glorot weights', () => {
    expect(depthGradientsConfig({})).toEqual({
      id: 'depth-gradients',
      depth: 20,
      activation: 'sigmoid',
      init: 'glorot',
      seed: 1,
      layerWidth: 32,
      samples: 4,
      followLab: false,
    });
  });

  it('names the component, the prop and the valid values when a prop is wrong', () => {
    const act = errorOf(() => depthGradientsConfig({ activation: 'gelu' }));
    expect(act).toBeInstanceOf(FigurePropError);
    expect(act.message).toBe(
      '<DepthGradients> prop "activation" "gelu" is not one this figure can show. Valid names: sigmoid, sigmoid-scaled, sigmoid-centred, tanh, relu, leaky-relu.',
    );
    expect(errorOf(() => depthGradientsConfig({ init: 'xavier' })).message).toBe(
      '<DepthGradients> prop "init" "xavier" is not an initialisation scheme. Valid names: naive, glorot, he.',
    );
    expect(errorOf(() => depthGradientsConfig({ depth: 31 })).message).toMatch(/prop "depth" must lie in \[1, 30\], got 31/);
    expect(errorOf(() => depthGradientsConfig({ depth: 2.5 })).message).toMatch(/prop "depth" must be a whole number/);
    expect(errorOf(() => depthGradientsConfig({ layerWidth: 1 })).message).toMatch(/prop "layerWidth"/);
    expect(errorOf(() => depthGradientsConfig({ samples: 0 })).message).toMatch(/prop "samples"/);
  });

  it('stays inside what the experiment accepts', () => {
    for (const [figure, experiment] of [
      [DEPTH_CONTROL, DEPTH_LIMITS.depth],
      [DEPTH_FIGURE_LIMITS.layerWidth, DEPTH_LIMITS.width],
      [DEPTH_FIGURE_LIMITS.samples, DEPTH_LIMITS.samples],
    ] as const) {
      expect(figure.min).toBeGreaterThanOrEqual(experiment.min);
      expect(figure.max).toBeLessThanOrEqual(experiment.max);
    }
  });

  it('reads any hash as a valid state, defaults for garbage', () => {
    const config = depthGradientsConfig({});
    const schema = depthGradientsSchema(config);
    for (const value of GARBAGE) {
      const state = readFigureState(
        `#depth-gradients.depth=${value}&depth-gradients.act=${value}&depth-gradients.init=${value}`,
        config.id,
        schema,
      );
      expect(state.act).toBe('sigmoid');
      expect(state.init).toBe('glorot');
      expect(Number.isInteger(state.depth) && state.depth >= 1 && state.depth <= 30).toBe(true);
    }
    expect(readFigureState('#depth-gradients.depth=7&depth-gradients.act=relu&depth-gradients.init=he', config.id, schema)).toEqual({
      depth: 7,
      act: 'relu',
      init: 'he',
      seed: 1,
      f: '',
      p: '',
    });
  });
});

describe('ZigzagDescent props', () => {
  it('defaults: one example per step at half the largest safe step', () => {
    expect(zigzagDescentConfig({})).toEqual({ id: 'zigzag-descent', batchSize: 1, learningRate: 0.5, seed: 1 });
  });

  it('names the component and the prop when a prop is wrong', () => {
    const batch = errorOf(() => zigzagDescentConfig({ batchSize: 65 }));
    expect(batch).toBeInstanceOf(FigurePropError);
    expect(batch.message).toBe('<ZigzagDescent> prop "batchSize" must lie in [1, 64], got 65.');
    expect(errorOf(() => zigzagDescentConfig({ batchSize: 2.5 })).message).toMatch(/prop "batchSize" must be a whole number/);
    expect(errorOf(() => zigzagDescentConfig({ learningRate: 0 })).message).toMatch(/prop "learningRate" must lie in \[0\.05, 1\], got 0/);
    expect(errorOf(() => zigzagDescentConfig({ seed: -1 })).message).toMatch(/prop "seed"/);
  });

  it('stays inside what the experiment accepts', () => {
    expect(LEARNING_RATE_CONTROL.min).toBeGreaterThanOrEqual(ZIGZAG_LIMITS.learningRate.min);
    expect(LEARNING_RATE_CONTROL.max).toBeLessThanOrEqual(ZIGZAG_LIMITS.learningRate.max);
  });

  it('reads any hash as a valid state, defaults for garbage', () => {
    const config = zigzagDescentConfig({});
    const schema = zigzagDescentSchema(config);
    for (const value of GARBAGE) {
      const state = readFigureState(`#zigzag-descent.batch=${value}&zigzag-descent.lr=${value}`, config.id, schema);
      expect(state.batch >= 1 && state.batch <= 64 && Number.isInteger(state.batch)).toBe(true);
      expect(state.lr >= 0.05 && state.lr <= 1).toBe(true);
    }
    expect(readFigureState('#zigzag-descent.batch=NaN&zigzag-descent.lr=<script>', config.id, schema)).toEqual({
      batch: 1,
      lr: 0.5,
      seed: 1,
    });
    expect(readFigureState('#zigzag-descent.lr=0.33', config.id, schema).lr).toBe(0.35); // snapped to the slider's step
  });
});
