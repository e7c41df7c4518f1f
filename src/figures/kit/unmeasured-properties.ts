import type { ActivationProperties } from '../../lib/activations/types';

/**
 * The properties of a reader's formula outside the Lab: a figure reads only f and f′, and
 * measuring the rest is the Lab's job (4 KB gzip of code more), so they say they were not.
 */
export const UNMEASURED_PROPERTIES: ActivationProperties = {
  rangeTex: '',
  rangeText: 'not measured here',
  range: [-Infinity, Infinity],
  monotonic: false,
  zeroCentred: false,
  saturates: { left: false, right: false },
  continuity: 0,
  kinks: [],
};
