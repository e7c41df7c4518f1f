import { describe, expect, it } from 'vitest';
import { saturationHistogramConfig } from '../../../src/figures/saturation-histogram/config';
import { saturationHistogramModel } from '../../../src/figures/saturation-histogram/model';
import { SATURATION_HISTOGRAM_SIZE } from '../../../src/figures/kit/figure-sizes';
import { goldenText } from '../../helpers/golden';

describe('SaturationHistogram golden output', () => {
  it('the default layer', async () => {
    const c = saturationHistogramConfig({});
    const view = saturationHistogramModel({ ...c, weightScale: 10 ** c.logScale, ...SATURATION_HISTOGRAM_SIZE, idPrefix: c.id });
    await expect(goldenText(view)).toMatchFileSnapshot('__golden__/default.txt');
  });
});
