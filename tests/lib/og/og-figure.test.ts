import { describe, expect, it } from 'vitest';
import { DEFAULT_OG_FIGURE, firstExplorer, ogFigureFor } from '../../../src/lib/og/og-figure';

describe('ogFigureFor: the figure on a post’s link preview', () => {
  it('takes the first ActivationExplorer’s activation, x and domain from the MDX source', () => {
    const body = `Intro.\n<ActivationAtlas explorer="a" />\n<ActivationExplorer activation="leaky-relu" x={-2} domain={[-4, 4]} caption="Left of zero, x < 0." />\n<ActivationExplorer activation="relu" />`;
    expect(ogFigureFor(body, [])).toEqual({ activations: ['leaky-relu'], probeX: -2, domain: [-4, 4] });
  });

  it('reads an array of activations, multi-line props, and falls back to the explorer’s defaults', () => {
    const body = `<ActivationExplorer\n  id="cmp"\n  activation={['sigmoid', "tanh"]}\n  compare\n/>`;
    expect(firstExplorer(body)).toEqual({ activations: ['sigmoid', 'tanh'], probeX: 2, domain: [-8, 8] });
  });

  it('skips explorers naming no registry function, and clamps x into the domain', () => {
    const body = `<ActivationExplorer activation="not-a-function" />\n<ActivationExplorer activation="relu" x={9} domain={[-3, 3]} />`;
    expect(firstExplorer(body)).toEqual({ activations: ['relu'], probeX: 3, domain: [-3, 3] });
  });

  it('falls back to a tag naming an activation, then to sigmoid and ReLU', () => {
    expect(ogFigureFor('No figures here.', ['training', 'tanh'])).toEqual({ activations: ['tanh'], probeX: 2, domain: [-8, 8] });
    expect(ogFigureFor(undefined, ['training'])).toBe(DEFAULT_OG_FIGURE);
  });

  it('ignores a reversed domain rather than drawing an empty plot', () => {
    expect(firstExplorer('<ActivationExplorer activation="relu" domain={[4, -4]} />')?.domain).toEqual([-8, 8]);
  });
});
