import { describe, expect, it } from 'vitest';
import { reluCompositionConfig } from '../../../src/figures/relu-composition/config';
import { reluCompositionModel } from '../../../src/figures/relu-composition/model';
import { RELU_COMPOSITION_SIZE } from '../../../src/figures/kit/figure-sizes';
import { goldenText } from '../../helpers/golden';

describe('ReluComposition golden output', () => {
  it('the default sum', async () => {
    const c = reluCompositionConfig({});
    await expect(goldenText(reluCompositionModel({ sum: c.sum, ...RELU_COMPOSITION_SIZE, idPrefix: c.id }))).toMatchFileSnapshot(
      '__golden__/default.txt',
    );
  });
});
