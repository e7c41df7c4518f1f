import { describe, expect, it } from 'vitest';
import { precisionLine, precisionLines } from '../../../src/figures/activation-atlas/precision-lines';
import { ACTIVATIONS, getActivation } from '../../../src/lib/activations/registry';
import { FORMAT_IDS } from '../../../src/lib/precision/formats';

describe('atlas precision lines', () => {
  it('gives the key threshold from the precision code', () => {
    expect(precisionLine(getActivation('sigmoid'), 'bfloat16')).toBe('in bfloat16: f = 1 from x = 5.5625');
    expect(precisionLine(getActivation('softplus'), 'float16')).toMatch(/^in float16: .*textbook formula f is ∞ from x = 11\.09/);
    expect(precisionLine(getActivation('relu'), 'e4m3')).toBe('in float8 E4M3: no limit reached, nothing breaks');
  });

  it('has a line for every function in every format, and none prints NaN as a number or Infinity', () => {
    for (const a of ACTIVATIONS) {
      const lines = precisionLines(a);
      expect(Object.keys(lines)).toEqual(FORMAT_IDS);
      for (const line of Object.values(lines)) expect(line).not.toMatch(/= NaN from x = NaN|Infinity|undefined|—/);
    }
  }, 60_000);
});
