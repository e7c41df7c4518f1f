import { describe, expect, it } from 'vitest';
import { DEPTH_FIGURE_DEFAULTS, layerGradients, summariseGradients } from '../../../src/lib/experiments/depth';
import { compileActivation, type CustomActivation } from '../../../src/lib/formula/activation';
import { compileReaderFormula } from '../../../src/figures/kit/reader-formula-compile';
import { depthGradientsModel } from '../../../src/figures/depth-gradients/model';

/** The Lab's own compile of a formula: the reference the figure's numbers are checked against. */
function activationOf(formula: string): CustomActivation {
  const result = compileActivation(formula);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const OPTIONS = {
  depth: DEPTH_FIGURE_DEFAULTS.depth,
  activation: DEPTH_FIGURE_DEFAULTS.activation,
  init: DEPTH_FIGURE_DEFAULTS.init,
  seed: 1,
  layerWidth: DEPTH_FIGURE_DEFAULTS.width,
  samples: DEPTH_FIGURE_DEFAULTS.samples,
  width: 640,
  height: 400,
} as const;
const view = (formula: string, declarations = '') =>
  depthGradientsModel({ ...OPTIONS, reader: compileReaderFormula(formula, declarations) });

describe('DepthGradients with a reader’s formula', () => {
  it('runs x * sigmoid(x) through the network: the ratio the experiment itself gives', () => {
    const result = view('x * sigmoid(x)');
    const reference = layerGradients({
      depth: OPTIONS.depth,
      init: OPTIONS.init,
      width: OPTIONS.layerWidth,
      samples: OPTIONS.samples,
      seed: 1,
      custom: activationOf('x * sigmoid(x)'),
    });
    expect(result.custom).toBe(true);
    expect(result.ratio).toBe(summariseGradients(reference).ratio);
    expect(result.boundShown).toBe(false);
    expect(result.readout[0]).toMatch(/^Layer 1 gets 3\.7\s×\s10⁻⁶ of the gradient that reaches layer 20$/);
  });

  it('tanh typed as a formula gives the registry tanh’s gradients', () => {
    const typed = view('tanh(x)');
    const registry = depthGradientsModel({ ...OPTIONS, activation: 'tanh' });
    typed.gradients.preActivationGradientNorms.forEach((n, l) => {
      expect(n).toBeCloseTo(registry.gradients.preActivationGradientNorms[l]!, 12);
    });
  });

  it('refuses a function that is not finite on the network’s values, says why, and shows the chosen activation', () => {
    const result = view('sqrt(x)');
    expect(result.custom).toBe(false);
    expect(result.readout.at(-1)).toMatch(
      /^Your function is not finite at x = −[\d.]+ \(square root of a negative number.*Showing sigmoid instead\.$/,
    );
    expect(result.readout.join(' ')).not.toMatch(/NaN|Infinity/);
  });

  it('a formula that does not compile: the message, and the chosen activation', () => {
    const result = view('2x');
    expect(result.custom).toBe(false);
    expect(result.readout.at(-1)).toMatch(/^Your formula: .*\. Showing sigmoid instead\.$/);
  });
});
