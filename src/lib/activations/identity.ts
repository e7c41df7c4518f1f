/** The identity: the "no activation" baseline every other function is compared against. */
import type { ActivationCore } from './types';

export const identity: ActivationCore = {
  id: 'identity',
  name: 'Identity',
  f: (x) => x,
  df: () => 1,
  params: {},
  properties: {
    range: [-Infinity, Infinity],
    kinks: [],
  },
};
