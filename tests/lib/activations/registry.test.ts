/** Lookup, ids and defaults of the registry. */
import { describe, expect, it } from 'vitest';
import * as api from '../../../src/lib/activations/index';
import { ACTIVATION_IDS, ACTIVATIONS, defaultParams, getActivation, isActivationId } from '../../../src/lib/activations/registry';

const EXPECTED_IDS = [
  'identity',
  'sigmoid',
  'tanh',
  'relu',
  'leaky-relu',
  'elu',
  'selu',
  'softplus',
  'gelu',
  'silu',
  'mish',
  'hard-sigmoid',
  'softsign',
];

describe('registry', () => {
  it('holds the 13 functions in teaching order, with unique ids', () => {
    expect(ACTIVATION_IDS).toEqual(EXPECTED_IDS);
    expect(ACTIVATIONS.map((a) => a.id)).toEqual(ACTIVATION_IDS);
  });

  it('looks entries up by id', () => {
    for (const a of ACTIVATIONS) expect(getActivation(a.id)).toBe(a);
  });

  it('throws on an unknown id, listing every valid one', () => {
    expect(() => getActivation('nope')).toThrow(Error);
    expect(() => getActivation('nope')).toThrow(`Unknown activation "nope". Valid names: ${EXPECTED_IDS.join(', ')}`);
  });

  it('tells ids apart from other strings', () => {
    for (const id of EXPECTED_IDS) expect(isActivationId(id)).toBe(true);
    for (const id of ['nope', '', 'ReLU', 'relu ', 'toString', '__proto__']) expect(isActivationId(id), id).toBe(false);
  });

  it('gives each parameter its default', () => {
    expect(defaultParams(getActivation('leaky-relu'))).toEqual({ alpha: 0.01 });
    expect(defaultParams(getActivation('elu'))).toEqual({ alpha: 1 });
    expect(defaultParams(getActivation('silu'))).toEqual({ beta: 1 });
    expect(defaultParams(getActivation('sigmoid'))).toEqual({});
  });

  it('falls back to the defaults when a parameter is missing', () => {
    for (const a of ACTIVATIONS) {
      for (const x of [-2, -0.5, 0.5, 2]) {
        expect(a.f(x, {}), `${a.id}(${x})`).toBe(a.f(x, defaultParams(a)));
        expect(a.df(x, {}), `${a.id}′(${x})`).toBe(a.df(x, defaultParams(a)));
      }
    }
  });

  it('re-exports the public API from index.ts', () => {
    expect(api.ACTIVATIONS).toBe(ACTIVATIONS);
    expect(api.getActivation).toBe(getActivation);
    expect(typeof api.saturatedShare).toBe('function');
    expect(typeof api.SIGMOID_ROUNDS_TO_ONE_AT).toBe('number');
  });
});
