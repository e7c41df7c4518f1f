import { describe, expect, it } from 'vitest';
import { sparsityConfig } from '../../../src/figures/sparsity-histogram/config';
import { sparsityModel } from '../../../src/figures/sparsity-histogram/model';
import { SPARSITY_SIZE } from '../../../src/figures/kit/figure-sizes';
import { goldenText } from '../../helpers/golden';

describe('SparsityHistogram golden output', () => {
  it('the default layer', async () => {
    const c = sparsityConfig({});
    await expect(goldenText(sparsityModel({ ...c, ...SPARSITY_SIZE }))).toMatchFileSnapshot('__golden__/default.txt');
  });
});
