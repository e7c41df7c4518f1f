import { describe, expect, it } from 'vitest';
import { labFacts } from '../../../src/lib/facts/lab';
import { LAB_DOMAIN } from '../../../src/figures/formula-lab/controls';

describe('lab facts', () => {
  it('are what the Lab computes', () => {
    console.log(labFacts);
    expect(labFacts.siluF1).toBe('0.7311');
    expect(labFacts.siluDf1).toBe('0.9277');
    expect(labFacts.siluD2f1).toBe('0.3024');
    expect(labFacts.swish0Df1).toBe('0.5');
    // SiLU's minimum: x = −W(1/e) − 1 = −1.27846…, f = −0.27846… (the Lambert-W closed form).
    expect(labFacts.dip1X).toBe('−1.278');
    expect(labFacts.dip1F).toBe('−0.2785');
    expect(labFacts.stepSlopesNonZero).toBe('0');
    expect(labFacts.stepWeightsMoved).toBe('did not move');
    // ln(ln(max double)) = ln(709.78…) = 6.5650…
    expect(labFacts.gapFrom).toBe('6.565');
  });

  it('use the Lab figure’s domain', () => {
    expect(LAB_DOMAIN).toEqual([-8, 8]);
  });
});
