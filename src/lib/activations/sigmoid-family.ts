/**
 * S-shaped functions that saturate on both sides: the logistic sigmoid, tanh, and two cheap
 * stand-ins for them (hard sigmoid, softsign).
 */
import { sechSquared, sigmoid as logistic, sigmoidSlope } from './numerics';
import type { ActivationCore } from './types';

export const sigmoid: ActivationCore = {
  id: 'sigmoid',
  name: 'Sigmoid',
  f: (x) => logistic(x),
  df: (x) => sigmoidSlope(x),
  params: {},
  properties: {
    range: [0, 1],
    kinks: [],
  },
};

export const tanh: ActivationCore = {
  id: 'tanh',
  name: 'Tanh',
  f: (x) => Math.tanh(x),
  df: (x) => sechSquared(x),
  params: {},
  properties: {
    range: [-1, 1],
    kinks: [],
  },
};

/** Where the hard sigmoid's linear piece meets its flat ones. */
const HARD_SIGMOID_EDGE = 3;

export const hardSigmoid: ActivationCore = {
  id: 'hard-sigmoid',
  name: 'Hard sigmoid',
  f: (x) => Math.min(1, Math.max(0, x / 6 + 0.5)),
  // PyTorch's hardsigmoid backward passes the gradient only strictly inside (−3, 3).
  df: (x) => (x > -HARD_SIGMOID_EDGE && x < HARD_SIGMOID_EDGE ? 1 / 6 : 0),
  params: {},
  properties: {
    range: [0, 1],
    kinks: [
      { x: -HARD_SIGMOID_EDGE, derivative: 0 },
      { x: HARD_SIGMOID_EDGE, derivative: 0 },
    ],
  },
};

export const softsign: ActivationCore = {
  id: 'softsign',
  name: 'Softsign',
  f: (x) => x / (1 + Math.abs(x)),
  // (1 + |x|)² overflows to ∞ for |x| > ~1.3e154, and 1/∞ = 0: the true value underflows anyway.
  df: (x) => 1 / ((1 + Math.abs(x)) * (1 + Math.abs(x))),
  params: {},
  properties: {
    range: [-1, 1],
    kinks: [],
  },
};
