/** The identity: the "no activation" baseline every other function is compared against. */
import type { Activation } from './types';

export const identity: Activation = {
  id: 'identity',
  name: 'Identity',
  summary: 'Passes its input through unchanged; a stack of linear layers with it collapses into one linear map.',
  f: (x) => x,
  df: () => 1,
  tex: 'x',
  dtex: '1',
  params: {},
  properties: {
    rangeTex: '(-\\infty, \\infty)',
    rangeText: '(−∞, ∞)',
    range: [-Infinity, Infinity],
    monotonic: true,
    zeroCentred: true,
    saturates: { left: false, right: false },
    continuity: Infinity,
    kinks: [],
  },
};
