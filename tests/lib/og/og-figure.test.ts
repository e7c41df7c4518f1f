import { describe, expect, it } from 'vitest';
import { DEFAULT_OG_FIGURE, ogFigureFor } from '../../../src/lib/og/og-figure';
import { ACTIVATION_VIEW_DEFAULTS } from '../../../src/lib/activations/view';

const { x, domain } = ACTIVATION_VIEW_DEFAULTS;

describe('ogFigureFor: the figure on a post’s link preview', () => {
  it('takes the activation, x and domain the ogFigure frontmatter names', () => {
    expect(ogFigureFor({ activation: 'leaky-relu', x: -2, domain: [-4, 4] }, ['relu'])).toEqual({
      activations: ['leaky-relu'],
      probeX: -2,
      domain: [-4, 4],
    });
  });

  it('reads a list of activations, and fills in the explorer’s defaults', () => {
    expect(ogFigureFor({ activation: ['sigmoid', 'tanh'] })).toEqual({ activations: ['sigmoid', 'tanh'], probeX: x, domain });
  });

  it('clamps x into the domain and keeps at most three functions', () => {
    expect(ogFigureFor({ activation: 'relu', x: 9, domain: [-3, 3] })).toEqual({ activations: ['relu'], probeX: 3, domain: [-3, 3] });
    expect(ogFigureFor({ activation: ['relu', 'elu', 'gelu', 'silu'] }).activations).toEqual(['relu', 'elu', 'gelu']);
  });

  it('falls back to a tag naming an activation, then to sigmoid and ReLU', () => {
    expect(ogFigureFor(undefined, ['training', 'tanh'])).toEqual({ activations: ['tanh'], probeX: x, domain });
    expect(ogFigureFor(undefined, ['training'])).toBe(DEFAULT_OG_FIGURE);
  });
});
