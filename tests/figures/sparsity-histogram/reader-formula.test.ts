import { describe, expect, it } from 'vitest';
import { sparsity, SPARSITY_FIGURE_DEFAULTS } from '../../../src/lib/experiments/sparsity';
import { compileActivation, type CustomActivation } from '../../../src/lib/formula/activation';
import { compileReaderFormula } from '../../../src/figures/kit/reader-formula-compile';
import { sparsityModel } from '../../../src/figures/sparsity-histogram/model';

/** The Lab's own compile of a formula: the reference the figure's numbers are checked against. */
function activationOf(formula: string): CustomActivation {
  const result = compileActivation(formula);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const view = (formula: string, declarations = '', bias = 0) =>
  sparsityModel({ ...SPARSITY_FIGURE_DEFAULTS, bias, width: 640, height: 340, reader: compileReaderFormula(formula, declarations) });

describe('SparsityHistogram with a reader’s formula', () => {
  it('draws x * sigmoid(x) in sigmoid’s place, with the numbers of the experiment itself', () => {
    const result = view('x * sigmoid(x)');
    const reference = sparsity({ ...SPARSITY_FIGURE_DEFAULTS, custom: activationOf('x * sigmoid(x)') });
    expect(result.custom).toBeDefined();
    expect(result.custom!.zeroFraction).toBe(reference.custom!.zeroFraction);
    expect(result.custom!.min).toBe(Math.min(...reference.custom!.outputs));
    expect(result.scene.nodes.map((n) => n.key)).toEqual(['relu', 'custom']);
    expect(result.readout[0]).toMatch(/^ReLU: 50\.\d% of units output exactly 0\. Your function: 0%\.$/);
    expect(result.readout[1]).toMatch(/^Smallest your function’s output: −0\.2\d+\.$/);
  });

  it('relu(x) typed as a formula zeroes exactly the units ReLU does', () => {
    for (const bias of [-1, 0, 0.5]) {
      const result = view('relu(x)', '', bias);
      expect(result.custom!.zeroFraction).toBe(result.relu.zeroFraction);
    }
  });

  it('uses the declared default of a parameter', () => {
    expect(view('max(x, a)', 'a in [-1, 1] = 0').custom!.zeroFraction).toBe(view('relu(x)').custom!.zeroFraction);
  });

  it('refuses a function that is not finite on the layer, says where, and shows sigmoid', () => {
    const result = view('log(x)');
    expect(result.custom).toBeUndefined();
    expect(result.scene.nodes.map((n) => n.key)).toEqual(['relu', 'sigmoid']);
    expect(result.readout.at(-1)).toMatch(
      /^Your function is not finite at x = −[\d.]+ \(log of a negative number .*a value this figure computes\. Showing sigmoid instead\.$/,
    );
    expect(result.readout.join(' ')).not.toMatch(/NaN|Infinity/);
  });

  it('a formula that does not compile: the message, and sigmoid', () => {
    const result = view('x * tan(x)');
    expect(result.custom).toBeUndefined();
    expect(result.readout.at(-1)).toMatch(
      /^Your formula: unknown function 'tan' at column 5; known: .* \(column 5\)\. Showing sigmoid instead\.$/,
    );
    expect(view(`x${' + x'.repeat(60)}`).readout.at(-1)).toBe(
      'Your formula: formula is 241 characters; the limit is 200 (column 201). Showing sigmoid instead.',
    );
  });
});
