import { describe, expect, it } from 'vitest';
import { dyingReluConfig, runsFor } from '../../../src/figures/dying-relu/config';
import { runToEnd } from '../../../src/figures/dying-relu/final-runs';
import { dyingReluModel } from '../../../src/figures/dying-relu/model';
import { DYING_RELU_SIZE } from '../../../src/figures/kit/figure-sizes';
import { goldenText } from '../../helpers/golden';

describe('DyingRelu golden output', () => {
  it('both runs after a short budget (the default settings, 200 steps)', async () => {
    const c = dyingReluConfig({ steps: 200 });
    const { settings, pair } = runsFor(c, {});
    const view = dyingReluModel({ runs: runToEnd(settings, pair, c.steps), budget: c.steps, ...DYING_RELU_SIZE, idPrefix: c.id });
    await expect(goldenText(view)).toMatchFileSnapshot('__golden__/default-200-steps.txt');
  });
});
