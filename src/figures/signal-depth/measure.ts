/**
 * The finite-width networks behind SignalDepth's dots: which seeds, and the measurement of one
 * state. Kept apart from the model so the element can run it seed by seed (each seed is one
 * network, the unit of work it yields between) and the build can run it once for the start.
 */
import { getActivation } from '../../lib/activations/functions';
import { measureAcrossSeeds, measureSignal, type MeasuredSignal, type MeasureOptions, type SeedSpread } from '../../lib/signal/measured';
import { SEED_RANGE } from '../kit/whole-number-props';
import type { SignalDepthStart } from './config';

/** Networks per state: enough for a spread, few enough to measure at 512 units. */
export const NETWORKS = 4;
/** Random inputs per network. */
export const SAMPLES = 2;

/** The seeds of the NETWORKS networks drawn for `seed`: it and the next ones (the previous ones at the top of the range). */
export function networkSeeds(seed: number): number[] {
  const first = Math.min(seed, SEED_RANGE.max - NETWORKS + 1);
  return Array.from({ length: NETWORKS }, (_, k) => first + k);
}

/** What a state measures, without the seed. */
export function measureOptions(state: SignalDepthStart): Omit<MeasureOptions, 'seed'> {
  return {
    activation: getActivation(state.activation),
    width: Number(state.width),
    depth: state.depth,
    sigmaW2: state.sigmaW2,
    sigmaB2: state.sigmaB2,
    samples: SAMPLES,
  };
}

/** Identifies what a measurement was made for, so a stale one is never drawn as current. */
export function measureKey(state: SignalDepthStart): string {
  return [state.activation, state.width, state.depth, state.sigmaW2, state.sigmaB2, state.seed].join('|');
}

/** All networks of a state at once (the build, tests). */
export function measureState(state: SignalDepthStart): SeedSpread {
  return measureAcrossSeeds(measureOptions(state), networkSeeds(state.seed));
}

/** One network of a state: the `index`-th seed. */
export function measureOne(state: SignalDepthStart, index: number): MeasuredSignal {
  return measureSignal({ ...measureOptions(state), seed: networkSeeds(state.seed)[index]! });
}
