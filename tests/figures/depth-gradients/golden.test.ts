import { describe, expect, it } from 'vitest';
import { depthGradientsConfig } from '../../../src/figures/depth-gradients/config';
import { depthGradientsModel } from '../../../src/figures/depth-gradients/model';
import { DEPTH_GRADIENTS_SIZE } from '../../../src/figures/kit/figure-sizes';
import { goldenText } from '../../helpers/golden';

describe('DepthGradients golden output', () => {
  it('the default network', async () => {
    await expect(goldenText(depthGradientsModel({ ...depthGradientsConfig({}), ...DEPTH_GRADIENTS_SIZE }))).toMatchFileSnapshot(
      '__golden__/default.txt',
    );
  });
});
