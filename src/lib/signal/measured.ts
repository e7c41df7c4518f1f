/**
 * The mean-field predictions measured on a real, finite-width random network: `depth` layers of
 * `width` units, weights N(0, σ_w²/fan-in), biases N(0, σ_b²), every layer applying f. Per layer it
 * returns the empirical pre-activation second moment q_l = mean_i (h^l_i)² (the quantity the
 * variance map predicts), the post-activation one mean_i f(h^l_i)², and the squared norm of the
 * backpropagated gradient ‖∂L/∂h^l‖² for a random unit-norm gradient at the last layer's outputs
 * (what `gradientTrajectory` predicts). Inputs are standard normal (mean square 1, as
 * `varianceTrajectory`'s default). All three are arithmetic means over `samples` inputs, because
 * the theory predicts expectations; `spread` says how far single networks stray from them.
 *
 * Finite width: each layer's q_l is a mean over `width` units, so it fluctuates by about
 * √(2/width) of itself per layer (≈ 6% at 512, 50% at 8), and the fluctuations compound through
 * depth; for nonlinear f they also bias the mean by O(1/width). The theory is the width → ∞ limit.
 */
import type { ActivationCore } from '../activations/types';
import { randomUnitVector } from '../experiments/depth';
import { createMlp, MLP_LIMITS } from '../experiments/mlp';
import { checkInteger, TRAINING_SEEDS } from '../experiments/options';
import { createRng } from '../experiments/rng';
import type { Initialisation } from './mean-field';

export interface MeasureOptions extends Initialisation {
  /** Any activation (a registry entry or a custom formula built as an `ActivationCore`). */
  readonly activation: ActivationCore;
  /** Parameter overrides; missing ones take the activation's defaults. */
  readonly params?: Readonly<Record<string, number>>;
  /** Units per layer, 1..1024 (the input has the same width). */
  readonly width: number;
  /** Number of layers, 1..64. */
  readonly depth: number;
  /** Seed of the weight draw; inputs and output directions use seed + 1. */
  readonly seed: number;
  /** Random inputs averaged over, 1..64. Default 4. */
  readonly samples?: number;
}

export interface MeasuredSignal {
  /** mean_i (h^l_i)² per layer l = 1..depth: the measured q_l. */
  readonly preActivationSecondMoment: readonly number[];
  /** mean_i f(h^l_i)² per layer. */
  readonly activationSecondMoment: readonly number[];
  /** ‖∂L/∂h^l‖² per layer (pre-activation gradients), for a unit-norm gradient at the top. */
  readonly gradientNormSquared: readonly number[];
}

export const MEASURE_LIMITS = { samples: { min: 1, max: 64 } } as const;

/** One network, `samples` inputs through it. Throws a RangeError naming a bad option. */
export function measureSignal(options: MeasureOptions): MeasuredSignal {
  const { activation, width, depth, seed, sigmaW2, sigmaB2 } = options;
  const samples = options.samples ?? 4;
  checkInteger('width', width, MLP_LIMITS.width);
  checkInteger('depth', depth, MLP_LIMITS.layers);
  checkInteger('samples', samples, MEASURE_LIMITS.samples);
  checkInteger('seed', seed, TRAINING_SEEDS);
  const net = createMlp({
    sizes: Array.from({ length: depth + 1 }, () => width),
    activation,
    params: options.params,
    weightVariance: sigmaW2,
    biasVariance: sigmaB2,
    seed,
  });
  const rng = createRng(seed + 1);
  const input = new Float64Array(width);
  const outputGradient = new Float64Array(width);
  const pre = new Float64Array(depth);
  const post = new Float64Array(depth);
  const grad = new Float64Array(depth);
  for (let s = 0; s < samples; s++) {
    for (let j = 0; j < width; j++) input[j] = rng.normal();
    randomUnitVector(outputGradient, rng.normal);
    net.forward(input);
    const g = net.backward(outputGradient);
    for (let l = 0; l < depth; l++) {
      pre[l] += meanSquare(net.preActivations[l]!) / samples;
      post[l] += meanSquare(net.activations[l]!) / samples;
      grad[l] += (width * meanSquare(g.preActivations[l]!)) / samples;
    }
  }
  return { preActivationSecondMoment: [...pre], activationSecondMoment: [...post], gradientNormSquared: [...grad] };
}

function meanSquare(v: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i]! * v[i]!;
  return sum / v.length;
}

export interface SeedSpread {
  /** Per layer, the mean over seeds of each measured quantity. */
  readonly mean: MeasuredSignal;
  /** Per layer, the standard deviation over seeds (n − 1 in the denominator). */
  readonly std: MeasuredSignal;
  /** Every seed's run, in `seeds` order, for dots or a band. */
  readonly runs: readonly MeasuredSignal[];
}

/** `measureSignal` for each seed, with the per-layer mean and spread over seeds. */
export function measureAcrossSeeds(options: Omit<MeasureOptions, 'seed'>, seeds: readonly number[]): SeedSpread {
  if (seeds.length < 2) throw new RangeError(`need at least 2 seeds for a spread; got ${seeds.length}`);
  return seedSpread(seeds.map((seed) => measureSignal({ ...options, seed })));
}

/** The per-layer mean and spread of runs already made (e.g. one per task, so a page stays responsive). */
export function seedSpread(runs: readonly MeasuredSignal[]): SeedSpread {
  if (runs.length < 2) throw new RangeError(`need at least 2 runs for a spread; got ${runs.length}`);
  const keys = ['preActivationSecondMoment', 'activationSecondMoment', 'gradientNormSquared'] as const;
  const stat = (pick: (values: number[]) => number): MeasuredSignal =>
    Object.fromEntries(keys.map((k) => [k, runs[0]![k].map((_, l) => pick(runs.map((r) => r[k][l]!)))])) as unknown as MeasuredSignal;
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const std = (v: number[]) => {
    const m = mean(v);
    return Math.sqrt(v.reduce((a, b) => a + (b - m) ** 2, 0) / (v.length - 1));
  };
  return { mean: stat(mean), std: stat(std), runs };
}
