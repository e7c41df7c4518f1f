/**
 * S-shaped functions that saturate on both sides: the logistic sigmoid, tanh, and two cheap
 * stand-ins for them (hard sigmoid, softsign).
 */
import { sechSquared, sigmoid as logistic, sigmoidSlope } from './numerics';
import type { Activation } from './types';

export const sigmoid: Activation = {
  id: 'sigmoid',
  name: 'Sigmoid',
  summary: 'The logistic function: squashes any input into (0, 1), with its steepest slope, 1/4, at 0.',
  f: (x) => logistic(x),
  df: (x) => sigmoidSlope(x),
  tex: '\\frac{1}{1+e^{-x}}',
  dtex: '\\sigma(x)\\bigl(1-\\sigma(x)\\bigr)',
  params: {},
  properties: {
    rangeTex: '(0, 1)',
    rangeText: '(0, 1)',
    range: [0, 1],
    monotonic: true,
    zeroCentred: false,
    saturates: { left: true, right: true },
    continuity: Infinity,
    kinks: [],
  },
};

export const tanh: Activation = {
  id: 'tanh',
  name: 'Tanh',
  summary: 'A sigmoid rescaled to (−1, 1) and centred on 0, with slope 1 at the origin: tanh(x) = 2σ(2x) − 1.',
  f: (x) => Math.tanh(x),
  df: (x) => sechSquared(x),
  tex: '\\tanh x',
  dtex: '1-\\tanh^2 x',
  params: {},
  properties: {
    rangeTex: '(-1, 1)',
    rangeText: '(−1, 1)',
    range: [-1, 1],
    monotonic: true,
    zeroCentred: true,
    saturates: { left: true, right: true },
    continuity: Infinity,
    kinks: [],
  },
};

/** Where the hard sigmoid's linear piece meets its flat ones. */
const HARD_SIGMOID_EDGE = 3;

export const hardSigmoid: Activation = {
  id: 'hard-sigmoid',
  name: 'Hard sigmoid',
  summary:
    'A piecewise-linear sigmoid, PyTorch’s definition ReLU6(x + 3)/6 = clip(x/6 + 1/2, 0, 1): cheap to compute, exactly flat beyond ±3.',
  f: (x) => Math.min(1, Math.max(0, x / 6 + 0.5)),
  // PyTorch's hardsigmoid backward passes the gradient only strictly inside (−3, 3).
  df: (x) => (x > -HARD_SIGMOID_EDGE && x < HARD_SIGMOID_EDGE ? 1 / 6 : 0),
  tex: '\\min\\bigl(1, \\max(0, \\tfrac{x}{6} + \\tfrac{1}{2})\\bigr)',
  dtex: '\\begin{cases} \\tfrac{1}{6} & -3 < x < 3 \\\\ 0 & \\text{otherwise} \\end{cases}',
  params: {},
  properties: {
    rangeTex: '[0, 1]',
    rangeText: '[0, 1]',
    range: [0, 1],
    monotonic: true,
    zeroCentred: false,
    saturates: { left: true, right: true },
    continuity: 0,
    kinks: [
      {
        x: -HARD_SIGMOID_EDGE,
        derivative: 0,
        note: 'f′(−3) = 0, as in PyTorch’s hardsigmoid backward (slope 1/6 only strictly inside (−3, 3)).',
      },
      {
        x: HARD_SIGMOID_EDGE,
        derivative: 0,
        note: 'f′(3) = 0, as in PyTorch’s hardsigmoid backward (slope 1/6 only strictly inside (−3, 3)).',
      },
    ],
  },
};

export const softsign: Activation = {
  id: 'softsign',
  name: 'Softsign',
  summary: 'x/(1 + |x|): tanh-shaped, but it approaches ±1 polynomially, so its slope decays like 1/x² rather than exponentially.',
  f: (x) => x / (1 + Math.abs(x)),
  // (1 + |x|)² overflows to ∞ for |x| > ~1.3e154, and 1/∞ = 0: the true value underflows anyway.
  df: (x) => 1 / ((1 + Math.abs(x)) * (1 + Math.abs(x))),
  tex: '\\frac{x}{1+|x|}',
  dtex: '\\frac{1}{(1+|x|)^2}',
  params: {},
  properties: {
    rangeTex: '(-1, 1)',
    rangeText: '(−1, 1)',
    range: [-1, 1],
    monotonic: true,
    zeroCentred: true,
    saturates: { left: true, right: true },
    // f′ is continuous, but f″ = −2·sign(x)/(1 + |x|)³ jumps from 2 to −2 at 0: C¹, not C².
    continuity: 1,
    kinks: [],
  },
};
