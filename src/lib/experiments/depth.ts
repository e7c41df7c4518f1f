/**
 * Claim: gradients shrink as they are multiplied back through layers, and with sigmoid they
 * shrink by at least a factor 4 per layer from the derivative alone.
 *
 * How it is measured, honestly: a real network of `depth` equal-width layers, every layer applying
 * the activation, receives a random input; a random unit vector is fed back as ∂L/∂output and a
 * real backward pass runs. Writing z_l = W_l·h_{l−1} + b_l and h_l = f(z_l), backprop alternates
 * two steps, and we measure the gain of each separately:
 *
 *   ∂L/∂z_l     = f′(z_l) ⊙ ∂L/∂h_l          derivative gain  ‖∂L/∂z_l‖ / ‖∂L/∂h_l‖  ≤ max|f′|
 *   ∂L/∂h_{l−1} = W_lᵀ · ∂L/∂z_l              weight gain      ‖∂L/∂h_{l−1}‖ / ‖∂L/∂z_l‖ ≤ ‖W_l‖₂
 *
 * The first inequality is exact and elementwise: σ′ ≤ 1/4, so every sigmoid layer multiplies the
 * gradient norm by at most 1/4 *before* the weights act. The weights can amplify: the rigorous
 * bound is ‖∂L/∂z_1‖ ≤ 0.25^L · Π_{l≥2} ‖W_l‖₂ · ‖∂L/∂h_L‖, and ‖W‖₂ of a Glorot 32×32 matrix is
 * about 2. What Glorot does arrange is a *typical* weight gain near 1 (E‖Wᵀg‖² = ‖g‖² for a
 * fixed g), which is why the measured first-layer gradient usually lands below 0.25^L times the
 * output gradient. Both the ratio and the gains are returned so a figure can show which factor did
 * the shrinking.
 *
 * Which norm to read: ‖∂L/∂z_l‖ shows the vanishing. ‖∂L/∂W_l‖ = ‖∂L/∂z_l‖·‖h_{l−1}‖ also carries
 * the forward signal, and for ReLU with zero biases (positively homogeneous) scaling every weight
 * by c scales every layer's ‖∂L/∂W_l‖ by the same c^(L−1), so tiny naive weights shrink all weight
 * gradients alike instead of making the first layer's smaller than the last's.
 *
 * Averaging: norms and gains are geometric means over `samples` random inputs (each with its own
 * random output direction). Geometric means suit a log-scale plot, and they keep the identity
 * "norm ratio = product of gains" exact for the averaged curves too. Over 300 seeds at depth 10 with
 * Glorot weights, a single input put ‖∂L/∂z_1‖ below 0.25^L·‖∂L/∂h_L‖ 98% of the time; the
 * 4-sample mean did every time (median 0.42 of the bound).
 *
 * Cost: drawing the network dominates a single run (30 × 32² weight draws); one call at depth 30,
 * width 32, 4 samples takes ≈ 0.8 ms with Glorot's uniform draws and ≈ 1.7 ms with normal draws
 * (He, naive) in Node 24. A drawn network measures every shallower depth too (`DepthNetwork`), so
 * the figure draws each of its networks once (depth-networks.ts) and a depth change costs only
 * backward passes: 32×32 mat-vecs × depth × samples.
 */
import type { Activation } from '../activations/types';
import { createMlp, INIT_SCHEMES, transposeTimes, type InitScheme, type Mlp } from './mlp';
import { checkInteger, TRAINING_SEEDS } from './options';
import { createRng } from './rng';

/**
 * The activations a depth run can use. Two are the sigmoid with its weights rescaled, to test
 * whether its 1/4 slope ceiling is what starves deep layers (it is not, on its own):
 *
 * - `sigmoid-scaled`: every weight of the chosen initialisation multiplied by 4, biases 0. The
 *   weight gain now makes up for the slope's ¼, but the outputs still average ½, so each
 *   pre-activation is pushed off 0 by that mean and units sit on the flatter parts of σ.
 * - `sigmoid-centred`: the sigmoid network that computes exactly what the tanh network with the
 *   same drawn weights W_l computes. From σ(z) = ½ + ½·tanh(z/2): write the tanh network as
 *   u_l = W_l·t_{l−1}, t_l = tanh(u_l), and set z_l = 2·u_l, so that h_l = σ(z_l) = ½ + ½·t_l.
 *   Then t_{l−1} = 2·h_{l−1} − 1 and
 *       z_l = 2·W_l·(2·h_{l−1} − 1) = (4·W_l)·h_{l−1} − ½·(4·W_l)·𝟙,
 *   i.e. weights 4·W_l and bias b_i = −½·(row sum i of the scaled weights), which cancels the ½
 *   mean of the inputs, so each pre-activation is centred. Layer 1 reads the data, not sigmoid
 *   outputs, so it has no ½ to cancel: z_1 = 2·u_1 needs only weights 2·W_1 and bias 0. Since
 *   z_l = 2·u_l at every layer, ∂L/∂z_l = ½·∂L/∂u_l, and the layer-1/layer-L gradient ratio is
 *   the tanh network's, to rounding (the tests check it).
 */
export type DepthActivation = 'sigmoid' | 'sigmoid-scaled' | 'sigmoid-centred' | 'tanh' | 'relu' | 'leaky-relu';
export const DEPTH_ACTIVATIONS: readonly DepthActivation[] = ['sigmoid', 'sigmoid-scaled', 'sigmoid-centred', 'tanh', 'relu', 'leaky-relu'];

/** How each option reads in a figure: the rescaled sigmoids are not registry entries, so they are named here. */
export const DEPTH_ACTIVATION_NAMES: Readonly<Record<DepthActivation, string>> = {
  sigmoid: 'Sigmoid',
  'sigmoid-scaled': 'Sigmoid, 4× weights',
  'sigmoid-centred': 'Sigmoid, rescaled and centred',
  tanh: 'Tanh',
  relu: 'ReLU',
  'leaky-relu': 'Leaky ReLU',
};

/** How much the rescaled sigmoids multiply the drawn weights: 4 = 1 / σ′(0), making up for the slope ceiling. */
export const SIGMOID_RESCALE = 4;

/** Upper bound of the logistic sigmoid's derivative, σ′(0) = 1/4. */
export const SIGMOID_DERIVATIVE_MAX = 0.25;

export const DEPTH_LIMITS = {
  depth: { min: 1, max: 30 },
  width: { min: 2, max: 128 },
  samples: { min: 1, max: 64 },
} as const;

/** The network the posts' DepthGradients figures draw unless an author or a URL says otherwise; the posts' facts quote the same. */
export const DEPTH_FIGURE_DEFAULTS = {
  depth: 20,
  activation: 'sigmoid',
  init: 'glorot',
  seed: 1,
  width: 32,
  samples: 4,
} as const satisfies Required<Omit<LayerGradientOptions, 'custom'>>;

export interface LayerGradientOptions {
  /** Number of layers L, 1..30. Default 10. */
  readonly depth?: number;
  /** Units per layer (and input dimension), 2..128. Default 32. */
  readonly width?: number;
  /** Default `sigmoid`. */
  readonly activation?: DepthActivation;
  /** Default `glorot`. */
  readonly init?: InitScheme;
  /** Random inputs averaged over, 1..64. Default 4. */
  readonly samples?: number;
  /** Default 1. */
  readonly seed?: number;
  /** A reader's own function, applied by every layer instead of `activation` (at its default parameters). */
  readonly custom?: Activation;
}

/** The options a run resolved: every default filled in, and the reader's function if there was one. */
export type ResolvedLayerGradientOptions = Required<Omit<LayerGradientOptions, 'custom'>> & { readonly custom?: Activation };

/**
 * Per-layer measurements, index 0 = layer 1 (next to the input), index L−1 = layer L (the output).
 * Every norm is Euclidean (Frobenius for matrices); every value is a geometric mean over samples.
 */
export interface LayerGradients {
  readonly options: ResolvedLayerGradientOptions;
  /**
   * With a custom function: the first pre-activation at which its output or slope was not a finite
   * number (the run's norms are then not to be shown); undefined when all were.
   */
  readonly nonFiniteAt: number | undefined;
  /** ‖∂L/∂W_l‖ for l = 1..L: what a gradient-descent step on layer l is proportional to. */
  readonly weightGradientNorms: readonly number[];
  /** ‖∂L/∂z_l‖ for l = 1..L: the backpropagated error at layer l's pre-activations. */
  readonly preActivationGradientNorms: readonly number[];
  /** ‖∂L/∂h_l‖ for l = 1..L; the last entry is the unit output gradient, 1. */
  readonly activationGradientNorms: readonly number[];
  /** ‖∂L/∂z_l‖ / ‖∂L/∂h_l‖ for l = 1..L; never above max|f′| (1/4 for sigmoid). 0 when nothing arrives. */
  readonly derivativeGains: readonly number[];
  /** ‖∂L/∂h_l‖ / ‖∂L/∂z_{l+1}‖ for l = 1..L−1 (length L−1); never above ‖W_{l+1}‖₂. 0 when nothing arrives. */
  readonly weightGains: readonly number[];
  /**
   * 0.25^(L−l+1) for l = 1..L: the largest possible product of the sigmoid-derivative factors
   * σ′(z_L)…σ′(z_l) met on the way from the output back to z_l, so in a sigmoid network
   * ‖∂L/∂z_l‖ ≤ sigmoidFactorBound[l−1] · (product of the weight gains between) · ‖∂L/∂h_L‖.
   * It bounds the derivative factors only; it is the same sequence whatever the activation, as a
   * reference line.
   */
  readonly sigmoidFactorBound: readonly number[];
}

/** What the depth figures read off a run: the end-to-start ratio and the mean gain per layer of its two factors. */
export interface GradientSummary {
  /** ‖∂L/∂z₁‖ / ‖∂L/∂z_L‖: what layer 1 gets of the gradient that reaches the last layer. */
  readonly ratio: number;
  /** Geometric means over layers 1…L−1 of the two factors the ratio is the product of (NaN at depth 1). */
  readonly meanDerivativeGain: number;
  readonly meanWeightGain: number;
}

export function summariseGradients(gradients: LayerGradients): GradientSummary {
  const depth = gradients.options.depth;
  const norms = gradients.preActivationGradientNorms;
  const meanOf = (values: readonly number[]) =>
    values.length === 0 ? NaN : Math.exp(values.reduce((s, v) => s + Math.log(v), 0) / values.length);
  return {
    ratio: norms[0]! / norms[depth - 1]!,
    meanDerivativeGain: meanOf(gradients.derivativeGains.slice(0, depth - 1)),
    meanWeightGain: meanOf(gradients.weightGains),
  };
}

/** Median, smallest and largest of a set of layer-1/layer-L ratios. */
export interface RatioSpread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

/**
 * The networks a figure's faint band and spread are drawn from: seeds 1…8, fixed, so the band
 * stays put while "New sample" moves the solid line through (or out of) it.
 */
export const SPREAD_SEEDS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8];

/** Median and range of a non-empty list (median of an even count: the mean of the middle two). */
export function ratioSpread(values: readonly number[]): RatioSpread {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)! };
}

export function layerGradients(options: LayerGradientOptions = {}): LayerGradients {
  const resolved = resolveLayerGradientOptions(options);
  return drawDepthNetwork(resolved, resolved.depth).measure(resolved.depth);
}

/**
 * A drawn depth-experiment network with its random inputs already run forward: it measures the
 * network made of its first `depth` layers, for any depth up to the one it was drawn at, with only
 * backward passes. That network is exactly the one `layerGradients` draws at that depth: the
 * weights are drawn layer by layer from one stream, so a shallower network's are a prefix of a
 * deeper one's; the inputs and output directions come from a stream of their own; and a forward
 * pass through the first d layers does not look at the layers after them.
 */
export interface DepthNetwork {
  /** The run's settings; `depth` is the depth it was drawn at, the deepest it can measure. */
  readonly options: ResolvedLayerGradientOptions;
  /** What `layerGradients` returns for these options at `depth` (1 ≤ depth ≤ options.depth); the same object on every call. */
  measure(depth: number): LayerGradients;
}

/** One random input's forward pass through every drawn layer: what the backward passes of any depth read. */
interface ForwardPass {
  /** ‖h_{l−1}‖ for l = 1..drawn depth (index 0: the input). */
  readonly layerInputNorms: Float64Array;
  /** f′(z_l) of layer l at index l−1. */
  readonly slopes: readonly Float64Array[];
  /** The unit vector fed back as ∂L/∂h_L. */
  readonly outputGradient: Float64Array;
  /** With a custom function: the first layer (1-based) where f or f′ was not finite, and the pre-activation there. */
  readonly nonFinite: { readonly layer: number; readonly at: number } | undefined;
}

export function drawDepthNetwork(resolved: ResolvedLayerGradientOptions, drawnDepth: number): DepthNetwork {
  const { width, activation, init, samples, seed, custom } = resolved;
  const net = createMlp({
    sizes: Array.from({ length: drawnDepth + 1 }, () => width),
    activation: custom ?? (activation === 'sigmoid-scaled' || activation === 'sigmoid-centred' ? 'sigmoid' : activation),
    init,
    seed,
  });
  if (!custom && activation === 'sigmoid-scaled') rescale(net, false);
  if (!custom && activation === 'sigmoid-centred') rescale(net, true);
  // A separate stream for inputs and output directions, so changing `samples` or the depth never changes the weights.
  const rng = createRng(seed + 1);
  const input = new Float64Array(width);
  const passes: ForwardPass[] = [];
  for (let s = 0; s < samples; s++) {
    for (let j = 0; j < width; j++) input[j] = rng.normal();
    const outputGradient = new Float64Array(width);
    randomUnitVector(outputGradient, rng.normal);
    net.forward(input);
    const layerInputNorms = Float64Array.from({ length: drawnDepth }, (_, l) => norm(l === 0 ? input : net.activations[l - 1]));
    passes.push({
      layerInputNorms,
      slopes: net.derivatives.map((d) => d.slice()),
      outputGradient,
      nonFinite: custom ? firstNonFinite(net) : undefined,
    });
  }
  // Only the weights of layers 2…L are read again (∂L/∂h_{l−1} = W_lᵀ·∂L/∂z_l); copies, so the
  // network's other buffers can be collected.
  const weights = net.weights.map((w) => w.slice());
  // At most one result per depth, so dragging the slider back over a depth costs nothing.
  const measured: LayerGradients[] = [];
  return {
    options: { ...resolved, depth: drawnDepth },
    measure: (depth) => (measured[depth] ??= measure({ ...resolved, depth }, passes, weights)),
  };
}

/** The backward passes of the network made of the first `options.depth` layers, and their geometric means. */
function measure(options: ResolvedLayerGradientOptions, passes: readonly ForwardPass[], weights: readonly Float64Array[]): LayerGradients {
  const { depth, width, samples } = options;
  checkInteger('depth', depth, { min: 1, max: weights.length });
  const logWeight = new Float64Array(depth);
  const logPre = new Float64Array(depth);
  const logPost = new Float64Array(depth);
  const logDerivativeGain = new Float64Array(depth);
  const logWeightGain = new Float64Array(depth - 1);
  const dh = new Float64Array(width);
  const dz = new Float64Array(width);
  let nonFiniteAt: number | undefined;

  for (const pass of passes) {
    if (nonFiniteAt === undefined && pass.nonFinite && pass.nonFinite.layer <= depth) nonFiniteAt = pass.nonFinite.at;
    dh.set(pass.outputGradient);
    let preAbove = 0;
    for (let l = depth - 1; l >= 0; l--) {
      const slope = pass.slopes[l]!;
      for (let i = 0; i < width; i++) dz[i] = dh[i]! * slope[i]!;
      const pre = norm(dz);
      const post = norm(dh);
      // For one example ∂L/∂W_l is the outer product ∂L/∂z_l · h_{l−1}ᵀ, whose Frobenius norm is
      // exactly the product of the two vector norms: O(width) instead of O(width²) per layer.
      logWeight[l] += Math.log(pre) + Math.log(pass.layerInputNorms[l]!);
      logPre[l] += Math.log(pre);
      logPost[l] += Math.log(post);
      logDerivativeGain[l] += Math.log(safeRatio(pre, post));
      if (l < depth - 1) logWeightGain[l] += Math.log(safeRatio(post, preAbove));
      preAbove = pre;
      if (l > 0) transposeTimes(weights[l]!, dz, dh);
    }
  }

  const geometricMean = (logSums: Float64Array) => Array.from(logSums, (sum) => Math.exp(sum / samples));
  return {
    options,
    nonFiniteAt,
    weightGradientNorms: geometricMean(logWeight),
    preActivationGradientNorms: geometricMean(logPre),
    activationGradientNorms: geometricMean(logPost),
    derivativeGains: geometricMean(logDerivativeGain),
    weightGains: geometricMean(logWeightGain),
    sigmoidFactorBound: Array.from({ length: depth }, (_, l) => SIGMOID_DERIVATIVE_MAX ** (depth - l)),
  };
}

/** The first layer (1-based) and pre-activation where the latest forward pass's f or f′ was not finite, or undefined. */
function firstNonFinite(net: Mlp): { layer: number; at: number } | undefined {
  for (let l = 0; l < net.layerCount; l++) {
    const h = net.activations[l];
    const d = net.derivatives[l];
    for (let i = 0; i < h.length; i++)
      if (!Number.isFinite(h[i]) || !Number.isFinite(d[i])) return { layer: l + 1, at: net.preActivations[l][i] };
  }
  return undefined;
}

/** The options with every default filled in, each checked. */
export function resolveLayerGradientOptions(options: LayerGradientOptions): ResolvedLayerGradientOptions {
  const resolved = {
    ...(options.custom && { custom: options.custom }),
    depth: options.depth ?? 10,
    width: options.width ?? 32,
    activation: options.activation ?? 'sigmoid',
    init: options.init ?? 'glorot',
    samples: options.samples ?? 4,
    seed: options.seed ?? 1,
  };
  checkInteger('depth', resolved.depth, DEPTH_LIMITS.depth);
  checkInteger('width', resolved.width, DEPTH_LIMITS.width);
  checkInteger('samples', resolved.samples, DEPTH_LIMITS.samples);
  if (!DEPTH_ACTIVATIONS.includes(resolved.activation)) {
    throw new RangeError(`activation must be one of ${DEPTH_ACTIVATIONS.join(', ')}; got ${String(resolved.activation)}`);
  }
  if (!INIT_SCHEMES.includes(resolved.init)) {
    throw new RangeError(`init must be one of ${INIT_SCHEMES.join(', ')}; got ${String(resolved.init)}`);
  }
  checkInteger('seed', resolved.seed, TRAINING_SEEDS);
  return resolved;
}

/**
 * Multiplies the drawn weights for the rescaled sigmoids (see DepthActivation). With `centre`,
 * layer 1 gets 2·W and bias 0, every later layer 4·W and bias −½·(row sum of 4·W); without it,
 * every layer gets 4·W and keeps its zero biases.
 */
function rescale(net: Mlp, centre: boolean): void {
  net.weights.forEach((w, k) => {
    const gain = centre && k === 0 ? SIGMOID_RESCALE / 2 : SIGMOID_RESCALE;
    for (let i = 0; i < w.length; i++) w[i] *= gain;
    if (!centre || k === 0) return;
    const b = net.biases[k];
    const fanIn = w.length / b.length;
    for (let i = 0; i < b.length; i++) {
      let rowSum = 0;
      for (let j = 0; j < fanIn; j++) rowSum += w[i * fanIn + j];
      b[i] = -0.5 * rowSum;
    }
  });
}

/** Fills `out` with a uniformly random direction (normalised Gaussian vector). */
export function randomUnitVector(out: Float64Array, normal: () => number): void {
  let length: number;
  do {
    for (let i = 0; i < out.length; i++) out[i] = normal();
    length = norm(out);
  } while (length === 0);
  for (let i = 0; i < out.length; i++) out[i] /= length;
}

/** Euclidean norm, scaled by the largest entry so that tiny deep-layer gradients do not underflow when squared. */
function norm(v: Float64Array): number {
  let scale = 0;
  for (let i = 0; i < v.length; i++) scale = Math.max(scale, Math.abs(v[i]));
  if (scale === 0) return 0;
  let sum = 0;
  for (let i = 0; i < v.length; i++) {
    const r = v[i] / scale;
    sum += r * r;
  }
  return scale * Math.sqrt(sum);
}

/** a / b, with 0 / 0 = 0: when no gradient arrives, none passes on (a ≤ gain · b holds either way). */
function safeRatio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}
