/**
 * Initialisation gains for every activation: the factor g in weights ~ N(0, g²/fan-in) that keeps
 * one chosen quantity unchanged from layer to layer, for unit-variance Gaussian pre-activations.
 *
 * - second moment: g = 1/√E[f(z)²]. With 1/fan-in weights and no bias the next pre-activation has
 *   variance g²·E[f(z)²], so this g keeps E[x²] = 1 (√2 for ReLU: He et al. 2015).
 * - 1/std: g = 1/√Var[f(z)]. Keeps the variance of the layer's outputs at 1 if their mean were
 *   removed, e.g. by a following normalisation; equal to the above for zero-mean f.
 * - backward: g = 1/√E[f′(z)²]. Keeps the squared norm of the backpropagated gradient per layer.
 *
 * PyTorch's `torch.nn.init.calculate_gain` (docs: https://docs.pytorch.org/docs/stable/nn.init.html)
 * lists linear/identity 1, sigmoid 1, tanh 5/3, relu √2, leaky_relu √(2/(1 + slope²)) with slope
 * 0.01 by default, and selu 3/4; it has no entry for GELU, SiLU, Mish, ELU, softplus, hard
 * sigmoid or softsign. Its tanh and sigmoid values are conventions, not derived from E[f²]: the
 * second-moment gain for tanh is 1.593, for sigmoid 1.846 (E[σ(z)²] ≈ 0.293, most of it the mean 1/2 squared).
 */
import { ACTIVATION_CORES, defaultParams } from '../activations/functions';
import type { ActivationCore, ParamValues } from '../activations/types';
import { gaussianMoments, type SignalActivation } from './gaussian';

export interface Gains {
  /** 1/√E[f(z)²], z ~ N(0, 1): keeps E[x²] through a layer with 1/fan-in weights and no bias. */
  readonly secondMoment: number;
  /** 1/√Var[f(z)]: keeps the variance of the outputs (after removing their mean). */
  readonly inverseStd: number;
  /** 1/√E[f′(z)²]: keeps the squared gradient norm through a layer on the way back. */
  readonly backward: number;
}

/** One line per convention, for a table header or a tooltip. */
export const GAIN_LABELS: Readonly<Record<keyof Gains, string>> = {
  secondMoment: '1/√E[f(z)²]: keeps the forward second moment E[x²] from layer to layer',
  inverseStd: '1/√Var[f(z)]: keeps the forward variance once the mean is removed',
  backward: '1/√E[f′(z)²]: keeps the backward gradient norm from layer to layer',
};

/** The three gains of f at unit-variance inputs. Infinity where the moment is 0 (e.g. a constant f). */
export function gains(a: SignalActivation, params: ParamValues): Gains {
  const m = gaussianMoments(a, params, 1);
  const variance = Math.max(0, m.secondMoment - m.mean * m.mean);
  return {
    secondMoment: 1 / Math.sqrt(m.secondMoment),
    inverseStd: 1 / Math.sqrt(variance),
    backward: 1 / Math.sqrt(m.slopeSecondMoment),
  };
}

/** PyTorch's default leaky_relu negative slope in calculate_gain (param=None). */
export const PYTORCH_LEAKY_SLOPE = 0.01;

/**
 * `torch.nn.init.calculate_gain` for a registry id (leaky ReLU with its default slope 0.01,
 * the same as the registry's default α), or null when PyTorch has no entry.
 */
export function pytorchGain(id: string): number | null {
  switch (id) {
    case 'identity':
    case 'sigmoid':
      return 1;
    case 'tanh':
      return 5 / 3;
    case 'relu':
      return Math.SQRT2;
    case 'leaky-relu':
      return Math.sqrt(2 / (1 + PYTORCH_LEAKY_SLOPE ** 2));
    case 'selu':
      return 3 / 4;
    default:
      return null;
  }
}

export interface GainRow extends Gains {
  readonly id: string;
  readonly name: string;
  /** `calculate_gain`'s value, or null where PyTorch has no entry for this function. */
  readonly pytorch: number | null;
}

/** One row per registry function at its default parameters, in registry order. */
export function gainTable(activations: readonly ActivationCore[] = ACTIVATION_CORES): GainRow[] {
  return activations.map((a) => {
    return { id: a.id, name: a.name, ...gains(a, defaultParams(a)), pytorch: pytorchGain(a.id) };
  });
}
