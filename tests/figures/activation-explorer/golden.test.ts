import { describe, expect, it } from 'vitest';
import { explorerConfig } from '../../../src/figures/activation-explorer/config';
import { explorerModel, explorerYDomains, readoutText } from '../../../src/figures/activation-explorer/model';
import { EXPLORER_SIZE } from '../../../src/figures/kit/figure-sizes';
import { goldenText } from '../../helpers/golden';

describe('ActivationExplorer golden output', () => {
  it('sigmoid and tanh at the default probe', async () => {
    const c = explorerConfig({ activation: ['sigmoid', 'tanh'] });
    const result = explorerModel({
      ...c,
      probeX: c.x,
      yDomains: explorerYDomains(c.activations, c.domain),
      ...EXPLORER_SIZE,
      idPrefix: c.id,
    });
    const readout = result.readouts.map((r) => readoutText(r, c.domain));
    await expect(goldenText({ scene: result.scene, readout })).toMatchFileSnapshot('__golden__/sigmoid-tanh.txt');
  });
});
