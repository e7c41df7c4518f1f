/** Algebraic identities between registry entries, checked on a grid that includes the tails. */
import { describe, expect, it } from 'vitest';
import { getActivation } from '../../../src/lib/activations/registry';
import { SELU_ALPHA, SELU_LAMBDA } from '../../../src/lib/activations/relu-family';
import { expectClose, grid } from './helpers';

const XS = [...grid(-40, 40, 800), -1e-9, 1e-9, -700, 700];
const EPS = Number.EPSILON;

const sigmoid = getActivation('sigmoid');
const tanh = getActivation('tanh');
const relu = getActivation('relu');
const leaky = getActivation('leaky-relu');
const elu = getActivation('elu');
const selu = getActivation('selu');
const softplus = getActivation('softplus');
const silu = getActivation('silu');
const gelu = getActivation('gelu');
const hardSigmoid = getActivation('hard-sigmoid');
const softsign = getActivation('softsign');

describe('identities', () => {
  it('σ(−x) = 1 − σ(x), and σ′ is even', () => {
    for (const x of XS) {
      expectClose('σ(−x) vs 1 − σ(x)', x, 1 - sigmoid.f(x, {}), sigmoid.f(-x, {}), 0, 2 * EPS);
      expectClose('σ′(−x) vs σ′(x)', x, sigmoid.df(x, {}), sigmoid.df(-x, {}), 0);
    }
  });

  it('tanh(x) = 2σ(2x) − 1 and tanh′(x) = 4σ′(2x)', () => {
    for (const x of XS) {
      expectClose('tanh vs 2σ(2x) − 1', x, 2 * sigmoid.f(2 * x, {}) - 1, tanh.f(x, {}), 0, 4 * EPS);
      expectClose('tanh′ vs 4σ′(2x)', x, 4 * sigmoid.df(2 * x, {}), tanh.df(x, {}), 4 * EPS);
    }
  });

  it('leaky ReLU with α = 0 is ReLU, and with α = 1 the identity', () => {
    for (const x of XS) {
      expectClose('leaky(α=0) vs ReLU', x, relu.f(x, {}), leaky.f(x, { alpha: 0 }), 0);
      expectClose('leaky′(α=0) vs ReLU′', x, relu.df(x, {}), leaky.df(x, { alpha: 0 }), 0);
      expectClose('leaky(α=1) vs x', x, x, leaky.f(x, { alpha: 1 }), 0);
    }
  });

  it('ELU with α = 0 is ReLU; with α = 1 it and its slope are continuous at 0', () => {
    for (const x of XS) expectClose('ELU(α=0) vs ReLU', x, relu.f(x, {}), elu.f(x, { alpha: 0 }), 0);
    const h = 1e-9;
    expectClose('ELU(α=1) left vs right value', 0, elu.f(h, { alpha: 1 }), elu.f(-h, { alpha: 1 }), 0, 3 * h);
    expectClose('ELU′(α=1) left vs right slope', 0, elu.df(h, { alpha: 1 }), elu.df(-h, { alpha: 1 }), 0, 2 * h);
  });

  it('SELU = λ·ELU_α with the paper’s constants', () => {
    for (const x of XS) {
      expectClose('SELU vs λ·ELU_α', x, SELU_LAMBDA * elu.f(x, { alpha: SELU_ALPHA }), selu.f(x, {}), EPS);
      expectClose('SELU′ vs λ·ELU′_α', x, SELU_LAMBDA * elu.df(x, { alpha: SELU_ALPHA }), selu.df(x, {}), EPS);
    }
  });

  it('softplus′ = σ, and softplus(x) − softplus(−x) = x', () => {
    for (const x of XS) {
      expectClose('softplus′ vs σ', x, sigmoid.f(x, {}), softplus.df(x, {}), 0);
      expectClose('softplus(x) − softplus(−x) vs x', x, x, softplus.f(x, {}) - softplus.f(-x, {}), 2 * EPS, 2 * EPS);
    }
  });

  it('SiLU with β = 1 is x·σ(x); with β = 0 it is x/2', () => {
    for (const x of XS) {
      expectClose('SiLU(β=1) vs x·σ(x)', x, x * sigmoid.f(x, {}), silu.f(x, { beta: 1 }), 0);
      expectClose('SiLU′(β=1) vs σ + xσ′', x, sigmoid.f(x, {}) + x * sigmoid.df(x, {}), silu.df(x, { beta: 1 }), 2 * EPS);
      expectClose('SiLU(β=0) vs x/2', x, x / 2, silu.f(x, { beta: 0 }), 0);
      expectClose('SiLU′(β=0) vs 1/2', x, 0.5, silu.df(x, { beta: 0 }), 0);
    }
  });

  it('GELU(x) − GELU(−x) = x (Φ(x) + Φ(−x) = 1)', () => {
    for (const x of XS) expectClose('GELU(x) − GELU(−x) vs x', x, x, gelu.f(x, {}) - gelu.f(-x, {}), 2 * EPS, 2 * EPS);
  });

  it('hard sigmoid clips x/6 + 1/2 to [0, 1], and equals ReLU6(x + 3)/6', () => {
    for (const x of XS) {
      const relu6 = Math.min(6, Math.max(0, x + 3));
      expectClose('hard sigmoid vs ReLU6(x + 3)/6', x, relu6 / 6, hardSigmoid.f(x, {}), EPS, EPS);
      if (x <= -3) expectClose('hard sigmoid left of −3', x, 0, hardSigmoid.f(x, {}), 0);
      if (x >= 3) expectClose('hard sigmoid right of 3', x, 1, hardSigmoid.f(x, {}), 0);
    }
  });

  it('softsign is odd and strictly inside (−1, 1) on moderate inputs', () => {
    for (const x of XS) {
      expectClose('softsign(−x) vs −softsign(x)', x, -softsign.f(x, {}), softsign.f(-x, {}), 0);
      expect(Math.abs(softsign.f(x, {})), `|softsign(${x})|`).toBeLessThan(1);
    }
  });
});
