import { describe, expect, it } from 'vitest';
import { readerCard } from '../../../src/figures/activation-atlas/reader-card';
import { ATLAS_DOMAIN, atlasCard } from '../../../src/figures/activation-atlas/model';
import { compileLabFormula, formulaLabConfig, formulaLabSchema } from '../../../src/figures/formula-lab/config';
import { getActivation } from '../../../src/lib/activations/registry';
import { readFigureState } from '../../../src/figures/kit/url-state';
import type { CustomActivation } from '../../../src/lib/formula/activation';

const options = { width: 240, height: 150, domain: ATLAS_DOMAIN, idPrefix: 'reader-card', labPath: '', labId: 'lab' };

function compiled(formula: string, declarations = ''): CustomActivation {
  const result = compileLabFormula(formula, declarations);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('readerCard', () => {
  it('x * sigmoid(x): the registry SiLU card, under its own name, with its measured properties', () => {
    const { card, formulaLine, propertyLines } = readerCard(compiled('x * sigmoid(x)'), options);
    const silu = atlasCard(getActivation('silu'), options);
    expect(card.name).toBe('Your function');
    expect(card.yDomain[0]).toBeCloseTo(silu.yDomain[0], 9);
    expect(card.yDomain[1]).toBeCloseTo(silu.yDomain[1], 9);
    expect(card.description).toBe(silu.description.replace(silu.name, 'Your function'));
    expect(formulaLine).toBe('f(x) = x * sigmoid(x)');
    expect(propertyLines).toEqual([
      'Range: [−0.2785, 7.997] on [−8, 8]',
      // As the registry states SiLU's by hand: it dips below 0, so neither monotonic nor zero-centred.
      'Monotonic: no',
      'Zero-centred: no',
      'Saturates: left',
      'Continuity: C∞ (smooth)',
      'f′ at kinks: none',
    ]);
  });

  it('links to the Lab with the formula and its parameters in the hash', () => {
    const { href, formulaLine } = readerCard(compiled('x * sigmoid(b * x)', 'b in [0, 5] = 2'), options);
    expect(formulaLine).toBe('f(x) = x * sigmoid(b * x); b in [0, 5] = 2');
    const state = readFigureState(href, 'lab', formulaLabSchema(formulaLabConfig({})));
    expect(state.f).toBe('x * sigmoid(b * x)');
    expect(state.p).toBe('b in [0, 5] = 2');
  });

  it('says a function that jumps is discontinuous, and prints the slope at its kinks', () => {
    const lines = readerCard(compiled('step(x)'), options).propertyLines;
    expect(lines).toContain('Continuity: discontinuous (f jumps)');
    expect(readerCard(compiled('relu(x)'), options).propertyLines).toContain('f′ at kinks: f′(0) = 0');
  });
});
