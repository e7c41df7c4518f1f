/**
 * Every activation function the blog knows, complete: the math (functions.ts, also what the
 * browser loads) with its prose and TeX (descriptions.ts, build only), in teaching order.
 */
import { ACTIVATION_CORES, lookUp } from './functions';
import { DESCRIPTIONS } from './descriptions';
import type { Activation, ActivationCore } from './types';

export { ACTIVATION_IDS, defaultParams, isActivationId } from './functions';

export const ACTIVATIONS: readonly Activation[] = ACTIVATION_CORES.map(describe);

const BY_ID: ReadonlyMap<string, Activation> = new Map(ACTIVATIONS.map((a) => [a.id, a]));

/** The entry with this id; an unknown id throws, listing every valid one so a typo is easy to fix. */
export function getActivation(id: string): Activation {
  return lookUp(BY_ID, id);
}

/** A core entry with its description; a function without one (or with a note per kink missing) fails the build. */
function describe(core: ActivationCore): Activation {
  const text = DESCRIPTIONS[core.id];
  if (!text) throw new Error(`Activation "${core.id}" has no description in descriptions.ts`);
  if (text.kinkNotes.length !== core.properties.kinks.length) {
    throw new Error(`Activation "${core.id}" has ${core.properties.kinks.length} kinks but ${text.kinkNotes.length} notes`);
  }
  const { kinkNotes, properties, ...prose } = text;
  return {
    ...core,
    ...prose,
    properties: {
      ...properties,
      range: core.properties.range,
      kinks: core.properties.kinks.map((kink, i) => ({ ...kink, note: kinkNotes[i]! })),
    },
  };
}
