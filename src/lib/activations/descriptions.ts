/**
 * What the build says about each activation function beside its math: the summary, f and f′ in
 * TeX, the range as TeX and text, and the facts at the default parameters (types.ts explains each
 * field; the family files' comments say where other parameter values change them). Only
 * registry.ts reads this, so none of it is in the browser's code.
 */
import type { ActivationDescription } from './types';

export const DESCRIPTIONS: Readonly<Record<string, ActivationDescription>> = {
  identity: {
    summary: 'Passes its input through unchanged; a stack of linear layers with it collapses into one linear map.',
    tex: 'x',
    dtex: '1',
    properties: {
      rangeTex: '(-\\infty, \\infty)',
      rangeText: '(−∞, ∞)',
      monotonic: true,
      zeroCentred: true,
      saturates: { left: false, right: false },
      continuity: Infinity,
    },
    kinkNotes: [],
  },
  sigmoid: {
    summary: 'The logistic function: squashes any input into (0, 1), with its steepest slope, 1/4, at 0.',
    tex: '\\frac{1}{1+e^{-x}}',
    dtex: '\\sigma(x)\\bigl(1-\\sigma(x)\\bigr)',
    properties: {
      rangeTex: '(0, 1)',
      rangeText: '(0, 1)',
      monotonic: true,
      zeroCentred: false,
      saturates: { left: true, right: true },
      continuity: Infinity,
    },
    kinkNotes: [],
  },
  tanh: {
    summary: 'A sigmoid rescaled to (−1, 1) and centred on 0, with slope 1 at the origin: tanh(x) = 2σ(2x) − 1.',
    tex: '\\tanh x',
    dtex: '1-\\tanh^2 x',
    properties: {
      rangeTex: '(-1, 1)',
      rangeText: '(−1, 1)',
      monotonic: true,
      zeroCentred: true,
      saturates: { left: true, right: true },
      continuity: Infinity,
    },
    kinkNotes: [],
  },
  'hard-sigmoid': {
    summary:
      'A piecewise-linear sigmoid, PyTorch’s definition ReLU6(x + 3)/6 = clip(x/6 + 1/2, 0, 1): cheap to compute, exactly flat beyond ±3.',
    tex: '\\min\\bigl(1, \\max(0, \\tfrac{x}{6} + \\tfrac{1}{2})\\bigr)',
    dtex: '\\begin{cases} \\tfrac{1}{6} & -3 < x < 3 \\\\ 0 & \\text{otherwise} \\end{cases}',
    properties: {
      rangeTex: '[0, 1]',
      rangeText: '[0, 1]',
      monotonic: true,
      zeroCentred: false,
      saturates: { left: true, right: true },
      continuity: 0,
    },
    kinkNotes: [
      'f′(−3) = 0, as in PyTorch’s hardsigmoid backward (slope 1/6 only strictly inside (−3, 3)).',
      'f′(3) = 0, as in PyTorch’s hardsigmoid backward (slope 1/6 only strictly inside (−3, 3)).',
    ],
  },
  softsign: {
    summary: 'x/(1 + |x|): tanh-shaped, but it approaches ±1 polynomially, so its slope decays like 1/x² rather than exponentially.',
    tex: '\\frac{x}{1+|x|}',
    dtex: '\\frac{1}{(1+|x|)^2}',
    properties: {
      rangeTex: '(-1, 1)',
      rangeText: '(−1, 1)',
      monotonic: true,
      zeroCentred: true,
      saturates: { left: true, right: true },
      // f′ is continuous, but f″ = −2·sign(x)/(1 + |x|)³ jumps from 2 to −2 at 0: C¹, not C².
      continuity: 1,
    },
    kinkNotes: [],
  },
  relu: {
    summary: 'Rectified linear unit, max(0, x): slope 1 for positive inputs and exactly 0 for negative ones.',
    tex: '\\max(0, x)',
    dtex: '\\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases}',
    properties: {
      rangeTex: '[0, \\infty)',
      rangeText: '[0, ∞)',
      monotonic: true,
      zeroCentred: false,
      saturates: { left: true, right: false },
      continuity: 0,
    },
    kinkNotes: ['ReLU′(0) = 0, as PyTorch and TensorFlow use: the gradient flows only where x > 0.'],
  },
  'leaky-relu': {
    summary: 'ReLU with a small slope α for negative inputs, so no unit’s gradient is ever exactly zero (α = 0 gives ReLU back).',
    tex: '\\begin{cases} x & x > 0 \\\\ \\alpha x & x \\le 0 \\end{cases}',
    dtex: '\\begin{cases} 1 & x > 0 \\\\ \\alpha & x \\le 0 \\end{cases}',
    properties: {
      rangeTex: '(-\\infty, \\infty)',
      rangeText: '(−∞, ∞)',
      monotonic: true,
      zeroCentred: false,
      saturates: { left: false, right: false },
      continuity: 0,
    },
    kinkNotes: ['f′(0) = α, as in PyTorch’s leaky_relu backward (slope 1 for x > 0, α otherwise).'],
  },
  elu: {
    summary: 'Exponential linear unit: identity for x > 0, and α(eˣ − 1) below, a smooth floor at −α that pulls mean outputs toward 0.',
    tex: '\\begin{cases} x & x > 0 \\\\ \\alpha\\,(e^{x}-1) & x \\le 0 \\end{cases}',
    dtex: '\\begin{cases} 1 & x > 0 \\\\ \\alpha e^{x} & x \\le 0 \\end{cases}',
    properties: {
      rangeTex: '(-\\alpha, \\infty)',
      rangeText: '(−α, ∞)',
      monotonic: true,
      zeroCentred: false,
      saturates: { left: true, right: false },
      continuity: 1,
    },
    kinkNotes: [
      'f′(0) = α (the x ≤ 0 branch, as PyTorch’s elu backward). Smooth at the default α = 1; for other α, f′ jumps from α to 1 here.',
    ],
  },
  selu: {
    summary:
      'Scaled ELU, λ·ELU_α(x) with λ ≈ 1.0507 and α ≈ 1.6733 fixed (Klambauer et al. 2017) so activations drift toward zero mean and unit variance.',
    tex: '\\lambda \\begin{cases} x & x > 0 \\\\ \\alpha\\,(e^{x}-1) & x \\le 0 \\end{cases},\\quad \\lambda \\approx 1.0507,\\ \\alpha \\approx 1.6733',
    dtex: '\\lambda \\begin{cases} 1 & x > 0 \\\\ \\alpha e^{x} & x \\le 0 \\end{cases}',
    properties: {
      rangeTex: '(-\\lambda\\alpha, \\infty) \\approx (-1.758, \\infty)',
      rangeText: '(−λα, ∞) ≈ (−1.758, ∞)',
      monotonic: true,
      zeroCentred: true,
      saturates: { left: true, right: false },
      continuity: 0,
    },
    kinkNotes: [
      'f′(0) = λα ≈ 1.758, the left-hand slope, as PyTorch’s selu backward (its ELU kernel takes the x ≤ 0 branch at 0); the right-hand slope is λ.',
    ],
  },
  softplus: {
    summary: 'ln(1 + eˣ), a smooth ReLU: always positive, and its derivative is exactly the sigmoid.',
    tex: '\\ln\\bigl(1+e^{x}\\bigr)',
    dtex: '\\frac{1}{1+e^{-x}}',
    properties: {
      rangeTex: '(0, \\infty)',
      rangeText: '(0, ∞)',
      monotonic: true,
      zeroCentred: false,
      saturates: { left: true, right: false },
      continuity: Infinity,
    },
    kinkNotes: [],
  },
  gelu: {
    summary:
      'Gaussian error linear unit x·Φ(x): each input weighted by the chance a standard normal falls below it (the exact erf form, not the tanh approximation).',
    tex: '\\frac{x}{2}\\left(1+\\operatorname{erf}\\frac{x}{\\sqrt{2}}\\right)',
    dtex: '\\frac{1}{2}\\left(1+\\operatorname{erf}\\frac{x}{\\sqrt{2}}\\right) + \\frac{x}{\\sqrt{2\\pi}}\\,e^{-x^{2}/2}',
    properties: {
      rangeTex: '[\\approx -0.170, \\infty)',
      rangeText: '[≈ −0.170, ∞)',
      monotonic: false,
      zeroCentred: false,
      saturates: { left: true, right: false },
      continuity: Infinity,
    },
    kinkNotes: [],
  },
  silu: {
    summary: 'Sigmoid-weighted linear unit x·σ(βx), also called swish: β = 1 is SiLU, large β approaches ReLU, β = 0 gives x/2.',
    tex: '\\frac{x}{1+e^{-\\beta x}}',
    dtex: '\\sigma(\\beta x) + \\beta x\\,\\sigma(\\beta x)\\bigl(1-\\sigma(\\beta x)\\bigr)',
    properties: {
      rangeTex: '[\\approx -0.278/\\beta, \\infty)',
      rangeText: '[≈ −0.278/β, ∞)',
      monotonic: false,
      zeroCentred: false,
      saturates: { left: true, right: false },
      continuity: Infinity,
    },
    kinkNotes: [],
  },
  mish: {
    summary: 'x·tanh(softplus(x)) (Misra 2019): a smooth, non-monotonic ReLU-like curve with a shallow dip to ≈ −0.309 near x ≈ −1.19.',
    tex: 'x\\tanh\\bigl(\\ln(1+e^{x})\\bigr)',
    dtex: '\\tanh\\bigl(\\ln(1+e^{x})\\bigr) + x\\,\\sigma(x)\\operatorname{sech}^2\\bigl(\\ln(1+e^{x})\\bigr)',
    properties: {
      rangeTex: '[\\approx -0.309, \\infty)',
      rangeText: '[≈ −0.309, ∞)',
      monotonic: false,
      zeroCentred: false,
      saturates: { left: true, right: false },
      continuity: Infinity,
    },
    kinkNotes: [],
  },
};
