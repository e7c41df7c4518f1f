/**
 * Claim: normalising pre-activations (batch norm, layer norm) and adding residual connections
 * change how many units saturate or die and how much gradient reaches the first layer.
 *
 * How it is measured: a stack of `depth` square layers (width × width) runs a batch of
 * standard-normal inputs forward and a random output gradient backward. Layer l computes
 *
 *   z_l = h_{l−1} W_lᵀ + b_l,   n_l = normalise(z_l),   a_l = f(n_l),
 *   h_l = a_l (plain)  or  h_l = h_{l−1} + a_l (residual).
 *
 * `normalise` standardises to mean 0, variance 1 (ε = 1e−5) with no learned scale or shift, as
 * batch norm and layer norm do at initialisation: per unit over the batch (`batch`), or per
 * example over the units (`layer`), or not at all (`none`). The backward pass goes through the
 * standardisation exactly (its Jacobian, not a stop-gradient), so the gradient ratio is that
 * of a real network. A gradient check in the tests holds it to finite differences.
 *
 * What it does not model: training (every number is at initialisation), learned scale/shift
 * parameters, running statistics, attention, or convolutions.
 */
import { getActivation, isActivationId, ACTIVATION_IDS, defaultParams } from '../activations/functions';
import { peakSlope } from '../activations/analysis';
import { checkInteger, checkNumber, TRAINING_SEEDS } from './options';
import { createRng } from './rng';

export type Normalisation = 'none' | 'batch' | 'layer';
export const NORMALISATIONS: readonly Normalisation[] = ['none', 'batch', 'layer'];

/** Variance floor of the standardisation, PyTorch's default for BatchNorm and LayerNorm. */
export const NORM_EPSILON = 1e-5;
/** A unit counts as saturated where |f′| is below this share of f′'s peak on [−8, 8]. */
export const SATURATION_THRESHOLD = 0.01;

export const NORMALISATION_LIMITS = {
  depth: { min: 1, max: 50 },
  width: { min: 2, max: 256 },
  batch: { min: 2, max: 512 },
  weightScale: { min: 0, max: 16 },
  bias: { min: -10, max: 10 },
  biasSpread: { min: 0, max: 10 },
} as const;

export interface NormalisedStackOptions {
  /** Registry id of the activation every layer applies. Default `relu`. */
  readonly activation?: string;
  /** Number of layers L. Default 20. */
  readonly depth?: number;
  /** Units per layer and input dimension. Default 64. */
  readonly width?: number;
  /** Examples per batch: the statistics batch norm sees. Default 64. */
  readonly batch?: number;
  /** Weights are N(0, (weightScale/√width)²): 1 is Glorot's (LeCun's) variance for a square layer, √2 He's. Default √2. */
  readonly weightScale?: number;
  /** Mean of the biases. Default 0. */
  readonly bias?: number;
  /** Standard deviation of the biases across units (each unit draws its own). Default 0. */
  readonly biasSpread?: number;
  readonly normalisation?: Normalisation;
  /** Add each layer's output to its input (h_l = h_{l−1} + a_l). Default false. */
  readonly residual?: boolean;
  /** Default 1. */
  readonly seed?: number;
}

/** Per-layer measurements, index 0 = the layer next to the input. */
export interface NormalisedStackResult {
  readonly options: Required<NormalisedStackOptions>;
  /** Share of (example, unit) pairs with |f′(n)| below SATURATION_THRESHOLD of the peak slope. */
  readonly saturatedShare: readonly number[];
  /** Share of units saturated on every example of the batch: for ReLU, units dead on this batch. */
  readonly deadShare: readonly number[];
  /** ‖∂L/∂z_l‖ over the batch (Frobenius), for the raw pre-activations z_l. */
  readonly gradientNorms: readonly number[];
  /** ‖∂L/∂z_1‖ / ‖∂L/∂z_L‖: how much of the last layer's gradient reaches the first. */
  readonly gradientRatio: number;
}

export function normalisedStack(options: NormalisedStackOptions = {}): NormalisedStackResult {
  const o = resolveOptions(options);
  const { depth, width: n, batch: B } = o;
  const activation = getActivation(o.activation);
  const params = defaultParams(activation);
  const threshold = SATURATION_THRESHOLD * peakSlope(activation, params, [-8, 8]);
  const rng = createRng(o.seed);

  const weights: Float64Array[] = [];
  const biases: Float64Array[] = [];
  const std = o.weightScale / Math.sqrt(n);
  for (let l = 0; l < depth; l++) {
    const w = new Float64Array(n * n);
    for (let i = 0; i < w.length; i++) w[i] = std * rng.normal();
    const b = new Float64Array(n);
    for (let i = 0; i < n; i++) b[i] = o.bias + o.biasSpread * rng.normal();
    weights.push(w);
    biases.push(b);
  }

  // Row-major B × n matrices: element (example e, unit i) at e * n + i.
  let h = new Float64Array(B * n);
  for (let i = 0; i < h.length; i++) h[i] = rng.normal();
  const inputs: Float64Array[] = [];
  const normalised: Float64Array[] = [];
  const inverseStd: Float64Array[] = [];
  const saturatedShare: number[] = [];
  const deadShare: number[] = [];

  for (let l = 0; l < depth; l++) {
    inputs.push(h);
    const z = new Float64Array(B * n);
    const w = weights[l]!;
    const b = biases[l]!;
    for (let e = 0; e < B; e++) {
      for (let i = 0; i < n; i++) {
        let sum = b[i]!;
        for (let j = 0; j < n; j++) sum += h[e * n + j]! * w[i * n + j]!;
        z[e * n + i] = sum;
      }
    }
    const { values, inverse } = standardise(z, B, n, o.normalisation);
    normalised.push(values);
    inverseStd.push(inverse);
    const next = new Float64Array(B * n);
    let saturated = 0;
    let dead = 0;
    for (let i = 0; i < n; i++) {
      let saturatedHere = 0;
      for (let e = 0; e < B; e++) {
        const v = values[e * n + i]!;
        next[e * n + i] = (o.residual ? h[e * n + i]! : 0) + activation.f(v, params);
        if (Math.abs(activation.df(v, params)) < threshold) saturatedHere++;
      }
      saturated += saturatedHere;
      if (saturatedHere === B) dead++;
    }
    saturatedShare.push(saturated / (B * n));
    deadShare.push(dead / n);
    h = next;
  }

  // Backward from a random unit-norm gradient on the last layer's output.
  let dh = new Float64Array(B * n);
  for (let i = 0; i < dh.length; i++) dh[i] = rng.normal();
  scaleToUnit(dh);
  const gradientNorms = new Array<number>(depth).fill(0);
  for (let l = depth - 1; l >= 0; l--) {
    const values = normalised[l]!;
    const dn = new Float64Array(B * n);
    for (let k = 0; k < dn.length; k++) dn[k] = dh[k]! * activation.df(values[k]!, params);
    const dz = standardiseBackward(dn, values, inverseStd[l]!, B, n, o.normalisation);
    gradientNorms[l] = frobenius(dz);
    const w = weights[l]!;
    const previous = new Float64Array(B * n);
    for (let e = 0; e < B; e++) {
      for (let j = 0; j < n; j++) {
        let sum = o.residual ? dh[e * n + j]! : 0;
        for (let i = 0; i < n; i++) sum += dz[e * n + i]! * w[i * n + j]!;
        previous[e * n + j] = sum;
      }
    }
    dh = previous;
  }

  const last = gradientNorms[depth - 1]!;
  return {
    options: o,
    saturatedShare,
    deadShare,
    gradientNorms,
    gradientRatio: last === 0 ? 0 : gradientNorms[0]! / last,
  };
}

/**
 * Standardises z (B × n, row-major) along the normalisation's axis. Returns the standardised values and 1/√(var + ε)
 * per group (per unit for `batch`, per example for `layer`; all ones for `none`).
 */
export function standardise(z: Float64Array, B: number, n: number, mode: Normalisation): { values: Float64Array; inverse: Float64Array } {
  if (mode === 'none') return { values: z, inverse: new Float64Array(0) };
  const groups = mode === 'batch' ? n : B;
  const size = mode === 'batch' ? B : n;
  const at = (group: number, k: number) => (mode === 'batch' ? k * n + group : group * n + k);
  const values = new Float64Array(z.length);
  const inverse = new Float64Array(groups);
  for (let g = 0; g < groups; g++) {
    let mean = 0;
    for (let k = 0; k < size; k++) mean += z[at(g, k)]!;
    mean /= size;
    let variance = 0;
    for (let k = 0; k < size; k++) variance += (z[at(g, k)]! - mean) ** 2;
    variance /= size;
    const inv = 1 / Math.sqrt(variance + NORM_EPSILON);
    inverse[g] = inv;
    for (let k = 0; k < size; k++) values[at(g, k)] = (z[at(g, k)]! - mean) * inv;
  }
  return { values, inverse };
}

/**
 * The gradient through y = (z − mean)/√(var + ε) along one group of size m:
 * ∂L/∂z = (1/√(var + ε)) · (g − mean(g) − y · mean(g ⊙ y)), with g = ∂L/∂y.
 */
export function standardiseBackward(
  dy: Float64Array,
  y: Float64Array,
  inverse: Float64Array,
  B: number,
  n: number,
  mode: Normalisation,
): Float64Array {
  if (mode === 'none') return dy;
  const groups = mode === 'batch' ? n : B;
  const size = mode === 'batch' ? B : n;
  const at = (group: number, k: number) => (mode === 'batch' ? k * n + group : group * n + k);
  const dz = new Float64Array(dy.length);
  for (let g = 0; g < groups; g++) {
    let meanG = 0;
    let meanGY = 0;
    for (let k = 0; k < size; k++) {
      meanG += dy[at(g, k)]!;
      meanGY += dy[at(g, k)]! * y[at(g, k)]!;
    }
    meanG /= size;
    meanGY /= size;
    for (let k = 0; k < size; k++) dz[at(g, k)] = inverse[g]! * (dy[at(g, k)]! - meanG - y[at(g, k)]! * meanGY);
  }
  return dz;
}

function frobenius(m: Float64Array): number {
  let scale = 0;
  for (const v of m) scale = Math.max(scale, Math.abs(v));
  if (scale === 0) return 0;
  let sum = 0;
  for (const v of m) sum += (v / scale) ** 2;
  return scale * Math.sqrt(sum);
}

function scaleToUnit(m: Float64Array): void {
  const length = frobenius(m);
  for (let i = 0; i < m.length; i++) m[i]! /= length;
}

function resolveOptions(options: NormalisedStackOptions): Required<NormalisedStackOptions> {
  const o = {
    activation: options.activation ?? 'relu',
    depth: options.depth ?? 20,
    width: options.width ?? 64,
    batch: options.batch ?? 64,
    weightScale: options.weightScale ?? Math.SQRT2,
    bias: options.bias ?? 0,
    biasSpread: options.biasSpread ?? 0,
    normalisation: options.normalisation ?? 'none',
    residual: options.residual ?? false,
    seed: options.seed ?? 1,
  };
  if (!isActivationId(o.activation)) {
    throw new RangeError(`activation must be one of ${ACTIVATION_IDS.join(', ')}; got ${String(o.activation)}`);
  }
  checkInteger('depth', o.depth, NORMALISATION_LIMITS.depth);
  checkInteger('width', o.width, NORMALISATION_LIMITS.width);
  checkInteger('batch', o.batch, NORMALISATION_LIMITS.batch);
  checkNumber('weightScale', o.weightScale, NORMALISATION_LIMITS.weightScale);
  checkNumber('bias', o.bias, NORMALISATION_LIMITS.bias);
  checkNumber('biasSpread', o.biasSpread, NORMALISATION_LIMITS.biasSpread);
  if (!NORMALISATIONS.includes(o.normalisation)) {
    throw new RangeError(`normalisation must be one of ${NORMALISATIONS.join(', ')}; got ${String(o.normalisation)}`);
  }
  checkInteger('seed', o.seed, TRAINING_SEEDS);
  return o;
}
