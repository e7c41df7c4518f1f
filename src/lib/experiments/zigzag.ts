/**
 * Claim: when every input to a unit is positive (the outputs of a sigmoid layer), its weight
 * updates zig-zag. For one example the gradient of the squared loss on the weights is δ·x, and
 * with x > 0 both components share the sign of δ: every single-example step points into the
 * (+,+) or (−,−) quadrant. Reaching weights that need one weight up and the other down therefore
 * takes alternating steps, and the step size has to stay small because each step's large common
 * component along (1, 1) does nothing for that goal. Centred inputs do not have the problem;
 * averaging over a mini-batch softens it.
 *
 * How it is measured: a linear unit y = w·x with two weights learns realisable targets
 * t = w*·x from 256 examples by mini-batch gradient descent on ½(w·x − t)², from w₀ = (−1, 1)
 * to w* = (1, −1). Positive inputs are sigmoid(n) with n ~ N(0, 1); centred inputs are the same
 * numbers minus their dataset mean, so the two runs differ in nothing but the mean (same spread,
 * same seeded batch order). Each run uses the same fraction of its own largest step size that
 * never overshoots a single example (η·max‖x‖² ≤ 1). That is the fair comparison: at one shared
 * raw η both runs need about as many steps, because progress towards w* is set by the inputs'
 * spread, not their mean; but positive inputs, whose mean makes ‖x‖ large, tolerate a much
 * smaller η.
 *
 * The bound also guarantees finiteness: with η·‖x‖² ≤ 1 for every example, each update is
 * w − w* ← (I − η·mean(x xᵀ))(w − w*), whose eigenvalues lie in [0, 1], so ‖w − w*‖ never grows.
 */
import { defaultParams, getActivation } from '../activations/functions';
import { createRng, type Rng } from './rng';
import { checkInteger, checkNumber, checkSeed } from './options';

export type ZigzagInputs = 'positive' | 'centred';
export const ZIGZAG_INPUTS: readonly ZigzagInputs[] = ['positive', 'centred'];

/** A weight vector (w1, w2). */
export type WeightPair = readonly [number, number];
/** Sign of a step component: −1, 0 or +1. */
export type StepSign = -1 | 0 | 1;

/** Where every run starts and the weights that fit the targets exactly. */
export const ZIGZAG_START: WeightPair = [-1, 1];
export const ZIGZAG_TARGET: WeightPair = [1, -1];
/** Number of training examples. */
export const ZIGZAG_EXAMPLES = 256;

/** The run the post's ZigzagDescent shows unless an author or a URL says otherwise; the post's facts quote the same. */
export const ZIGZAG_FIGURE_DEFAULTS = { batchSize: 1, learningRate: 0.5, seed: 1 } as const;

/** Allowed option ranges; islands clamp to these before calling. */
export const ZIGZAG_LIMITS = {
  batchSize: { min: 1, max: 64 },
  learningRate: { min: 0.001, max: 1 },
  maxSteps: { min: 1, max: 2000 },
  tolerance: { min: 1e-4, max: 1 },
} as const;

export interface ZigzagOptions {
  /** `positive`: sigmoid outputs, all in (0, 1); `centred`: the same inputs minus their mean. Default `positive`. */
  readonly inputs?: ZigzagInputs;
  /** Examples averaged per update. Default 1. */
  readonly batchSize?: number;
  /**
   * Step size as a fraction of the largest one that never overshoots a single example:
   * η = learningRate / max‖x‖². Default 1.
   */
  readonly learningRate?: number;
  /** Updates before giving up. Default 2000. */
  readonly maxSteps?: number;
  /** Converged once ‖w − w*‖ < tolerance. Default 0.01. */
  readonly tolerance?: number;
  /** Seed for the inputs and the batch order; an integer. Default 1. */
  readonly seed?: number;
}

export interface ZigzagResult {
  /** WeightPair before the first update and after each one; ends at convergence or after maxSteps. */
  readonly path: readonly WeightPair[];
  /** Signs of (Δw1, Δw2) for each update; `stepSigns[k]` moves `path[k]` to `path[k + 1]`. */
  readonly stepSigns: readonly (readonly [StepSign, StepSign])[];
  /**
   * Share of updates in the (+,+) or (−,−) quadrant. Exactly 1 for positive inputs with batch
   * size 1: the step is −η·δ·x with x1, x2 > 0, so both components have the sign of −δ (δ = 0
   * would need an example fitted exactly before convergence, which continuous inputs never give).
   */
  readonly sameSignShare: number;
  /** The first update after which ‖w − w*‖ < tolerance, or null if none within maxSteps. */
  readonly stepsToConverge: number | null;
  /** ½·mean (w·x − t)² over all examples at the last weights. */
  readonly finalLoss: number;
  /** The raw step size η this run used. */
  readonly effectiveLearningRate: number;
}

const DEFAULTS = {
  inputs: 'positive',
  batchSize: 1,
  learningRate: 1,
  maxSteps: 2000,
  tolerance: 0.01,
  seed: 1,
} as const;

/** Trains the two-weight unit and records the path, the step quadrants and the convergence time. */
export function zigzag(options: ZigzagOptions = {}): ZigzagResult {
  const inputs = options.inputs ?? DEFAULTS.inputs;
  const batchSize = options.batchSize ?? DEFAULTS.batchSize;
  const learningRate = options.learningRate ?? DEFAULTS.learningRate;
  const maxSteps = options.maxSteps ?? DEFAULTS.maxSteps;
  const tolerance = options.tolerance ?? DEFAULTS.tolerance;
  const seed = options.seed ?? DEFAULTS.seed;
  if (!ZIGZAG_INPUTS.includes(inputs)) {
    throw new RangeError(`inputs must be one of ${ZIGZAG_INPUTS.join(', ')}; got ${String(inputs)}`);
  }
  checkInteger('batchSize', batchSize, ZIGZAG_LIMITS.batchSize);
  checkNumber('learningRate', learningRate, ZIGZAG_LIMITS.learningRate);
  checkInteger('maxSteps', maxSteps, ZIGZAG_LIMITS.maxSteps);
  checkNumber('tolerance', tolerance, ZIGZAG_LIMITS.tolerance);
  checkSeed(seed);

  const rng = createRng(seed);
  const { x1, x2 } = drawInputs(rng, inputs);
  const [target1, target2] = ZIGZAG_TARGET;
  let maxSquaredNorm = 0;
  for (let i = 0; i < ZIGZAG_EXAMPLES; i++) {
    maxSquaredNorm = Math.max(maxSquaredNorm, x1[i] * x1[i] + x2[i] * x2[i]);
  }
  const eta = learningRate / maxSquaredNorm;
  const nextExample = shuffledStream(rng, ZIGZAG_EXAMPLES);

  let [w1, w2] = ZIGZAG_START;
  const path: WeightPair[] = [[w1, w2]];
  const stepSigns: (readonly [StepSign, StepSign])[] = [];
  let sameSign = 0;
  let stepsToConverge: number | null = null;
  for (let step = 1; step <= maxSteps; step++) {
    let g1 = 0;
    let g2 = 0;
    for (let k = 0; k < batchSize; k++) {
      const i = nextExample();
      // δ = w·x − t with t = w*·x, written as (w − w*)·x.
      const delta = (w1 - target1) * x1[i] + (w2 - target2) * x2[i];
      g1 += delta * x1[i];
      g2 += delta * x2[i];
    }
    const dw1 = (-eta * g1) / batchSize;
    const dw2 = (-eta * g2) / batchSize;
    const signs = [signOf(dw1), signOf(dw2)] as const;
    stepSigns.push(signs);
    if (signs[0] !== 0 && signs[0] === signs[1]) sameSign++;
    w1 += dw1;
    w2 += dw2;
    path.push([w1, w2]);
    if (Math.hypot(w1 - target1, w2 - target2) < tolerance) {
      stepsToConverge = step;
      break;
    }
  }

  let loss = 0;
  for (let i = 0; i < ZIGZAG_EXAMPLES; i++) {
    loss += ((w1 - target1) * x1[i] + (w2 - target2) * x2[i]) ** 2;
  }
  return {
    path,
    stepSigns,
    sameSignShare: sameSign / stepSigns.length,
    stepsToConverge,
    finalLoss: loss / (2 * ZIGZAG_EXAMPLES),
    effectiveLearningRate: eta,
  };
}

/** Two input columns: sigmoid(n) for n ~ N(0, 1), centred on their mean if asked. */
function drawInputs(rng: Rng, inputs: ZigzagInputs): { x1: Float64Array; x2: Float64Array } {
  const sigmoid = getActivation('sigmoid');
  const params = defaultParams(sigmoid);
  const x1 = new Float64Array(ZIGZAG_EXAMPLES);
  const x2 = new Float64Array(ZIGZAG_EXAMPLES);
  for (let i = 0; i < ZIGZAG_EXAMPLES; i++) {
    x1[i] = sigmoid.f(rng.normal(), params);
    x2[i] = sigmoid.f(rng.normal(), params);
  }
  if (inputs === 'centred') {
    const mean1 = x1.reduce((s, v) => s + v, 0) / ZIGZAG_EXAMPLES;
    const mean2 = x2.reduce((s, v) => s + v, 0) / ZIGZAG_EXAMPLES;
    for (let i = 0; i < ZIGZAG_EXAMPLES; i++) {
      x1[i] -= mean1;
      x2[i] -= mean2;
    }
  }
  return { x1, x2 };
}

/** Example indices in epochs, each epoch a fresh seeded Fisher–Yates shuffle of 0..n−1. */
function shuffledStream(rng: Rng, n: number): () => number {
  const order = Int32Array.from({ length: n }, (_, i) => i);
  let cursor = n;
  return () => {
    if (cursor === n) {
      for (let i = n - 1; i > 0; i--) {
        const j = Math.floor(rng.uniform() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      cursor = 0;
    }
    return order[cursor++];
  };
}

function signOf(value: number): StepSign {
  return value > 0 ? 1 : value < 0 ? -1 : 0;
}
