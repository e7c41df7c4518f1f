import { describe, expect, it } from 'vitest';
import { ACTIVATIONS } from '../../../src/lib/activations/registry';
import { atlasConfig } from '../../../src/figures/activation-atlas/config';
import { atlasModel } from '../../../src/figures/activation-atlas/model';
import { ATLAS_CARD_SIZE } from '../../../src/figures/kit/figure-sizes';
import { goldenText } from '../../helpers/golden';

describe('ActivationAtlas golden output', () => {
  it('every registry function’s card and properties row', async () => {
    const { id, domain } = atlasConfig({ explorer: 'explorer' });
    const { cards, rows } = atlasModel({ activations: ACTIVATIONS, domain, ...ATLAS_CARD_SIZE, idPrefix: id });
    const text = cards
      .map((card, i) => `## ${card.name}: ${card.description}\n${JSON.stringify(rows[i])}\n${goldenText({ scene: card.scene })}`)
      .join('\n');
    await expect(text).toMatchFileSnapshot('__golden__/atlas.txt');
  });
});
