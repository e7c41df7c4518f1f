import { describe, expect, it } from 'vitest';
import { zigzagDescentConfig } from '../../../src/figures/zigzag-descent/config';
import { zigzagDescentModel } from '../../../src/figures/zigzag-descent/model';
import { ZIGZAG_DESCENT_SIZE } from '../../../src/figures/kit/figure-sizes';
import { goldenText } from '../../helpers/golden';

describe('ZigzagDescent golden output', () => {
  it('the default runs', async () => {
    const c = zigzagDescentConfig({});
    await expect(goldenText(zigzagDescentModel({ ...c, ...ZIGZAG_DESCENT_SIZE, idPrefix: c.id }))).toMatchFileSnapshot(
      '__golden__/default.txt',
    );
  });
});
