/**
 * Claim: a dead ReLU never recovers; leaky ReLU (and ELU) keep gradient flowing to every unit.
 *
 * How it is measured, honestly: a 1 → hiddenUnits → 1 network (one hidden layer, He-initialised,
 * linear read-out) fits a fixed 1-D target on 64 fixed points by full-batch gradient descent on the
 * mean squared error. Two per-unit conditions are recorded after every step, over all training
 * inputs:
 *
 * - dead: f′(z) = 0 for every training input. Then no gradient reaches the unit's incoming
 *   weight or bias. With one hidden layer and a fixed training set, the unit's pre-activations
 *   z = w·x + b depend only on those two numbers, so nothing can ever change them again: dead is
 *   forever, exactly (the tests snapshot the weights to prove it). For ReLU this means z ≤ 0 on
 *   every input, using the convention ReLU′(0) = 0. For leaky ReLU and ELU with α > 0, f′ is never
 *   0 (ELU's α·e^z would only underflow below z ≈ −745), so units cannot die; at α = 0 both are
 *   ReLU again and can.
 * - inactive: z ≤ 0 on every training input, i.e. the unit sits on the activation's left branch for
 *   the whole data set. For ReLU inactive and dead coincide. For leaky ReLU and ELU an inactive unit
 *   still receives gradient through the left-branch slope (`incomingGradientNorms` > 0), and can
 *   cross back (`recovered`).
 *
 * What the defaults show (learning rate 0.25, seed 1, measured): the first steps are large (the
 * initial loss is ≈ 4) and ReLU loses 15 of 32 units within 2,000 steps, all for good; over seeds
 * 1–10 it loses 18.8 on average (two seeds lose all 32 and stay a flat line), against 0.1 at
 * learning rate 0.1 and none at 0.02. Leaky ReLU (α = 0.01) from the same weights ends with no dead
 * units and a loss still falling, but be clear about what it buys: exactly the same 15 units go
 * inactive, the gradient reaching them is ~35× weaker than an active unit's (median), only 2 of
 * them ever cross back (and drift back out), and the loss stays about ReLU's (3.2e-2 vs 2.1e-2 after
 * 10,000 steps). The guarantee is that gradient keeps arriving, not that it is strong. ELU
 * diverges at this learning rate (it is stable here up to ≈ 0.1).
 *
 * Full batch (not mini-batch) on purpose: with a fixed batch "dead" is a property of the weights
 * alone, not of which points happened to be sampled, so the never-recovers claim is exact.
 */
import { getActivation } from '../activations/functions';
import type { ActivationCore } from '../activations/types';
import { createMlp, type Mlp } from './mlp';
import { checkInteger, checkNumber, TRAINING_SEEDS } from './options';

export type DyingReluActivation = 'relu' | 'leaky-relu' | 'elu';
export const DYING_RELU_ACTIVATIONS: readonly DyingReluActivation[] = ['relu', 'leaky-relu', 'elu'];

export const DYING_RELU_LIMITS = {
  /** Sliders should be logarithmic over this range. */
  learningRate: { min: 0.001, max: 1 },
  biasInit: { min: -1, max: 1 },
  hiddenUnits: { min: 2, max: 64 },
  /** Most steps one `step(n)` call may take. */
  stepsPerCall: { min: 0, max: 100_000 },
} as const;

export const DYING_RELU_DEFAULTS = {
  activation: 'relu',
  learningRate: 0.25,
  biasInit: 0,
  hiddenUnits: 32,
  seed: 1,
} as const satisfies Omit<Required<DyingReluOptions>, 'alpha' | 'custom'>;

/** Steps the post's DyingRelu figure trains per animation frame while playing, and per press of Step. */
export const DYING_RELU_STEPS_PER_FRAME = 20;
/** The figure's default training budget: where playback stops and what the build-time figure shows. */
export const DYING_RELU_STEP_BUDGET = 3000;

/** Number of fixed, evenly spaced training inputs on [−1, 1]. */
export const DYING_RELU_TRAINING_POINTS = 64;
/** Number of points on [−1, 1] where `state().predictions` samples the fitted curve. */
export const DYING_RELU_GRID_POINTS = 129;
/**
 * A loss above this counts as divergence. Targets lie in [−1, 1], so such a loss means predictions
 * off by ~1000 and weights running away; stopping here, before overflow, keeps every reported
 * number finite and keeps ELU units from looking "dead" only because e^z underflowed to 0.
 */
export const DYING_RELU_DIVERGENCE_LOSS = 1e6;
/** Capacity of the loss history; older entries are thinned (every other one dropped) when it fills. */
export const DYING_RELU_HISTORY_CAPACITY = 256;

/** The function the network learns: sin(3x), almost one full period on [−1, 1], easy to picture. */
export function dyingReluTarget(x: number): number {
  return Math.sin(3 * x);
}

export interface DyingReluOptions {
  /** Default `relu`. */
  readonly activation?: DyingReluActivation;
  /** Slope parameter α of leaky ReLU / ELU, within the registry's range; default the registry's. Ignored for ReLU. */
  readonly alpha?: number;
  /** 0.001..1. */
  readonly learningRate?: number;
  /** Initial bias of every hidden unit, −1..1. Negative values start units closer to death. */
  readonly biasInit?: number;
  /** 2..64. */
  readonly hiddenUnits?: number;
  readonly seed?: number;
  /**
   * A function of the reader's own (the Lab's formula), trained instead of `activation` at its
   * default parameters, from the same initial weights `activation` would get for this seed.
   * Its f and f′ must be finite on every pre-activation the network meets: a step that makes
   * the loss non-finite is undone and reported as divergence, like any other.
   */
  readonly custom?: ActivationCore;
}

export interface ResolvedDyingReluOptions extends Required<Omit<DyingReluOptions, 'alpha' | 'custom'>> {
  /** α actually used, or undefined for ReLU. */
  readonly alpha: number | undefined;
  readonly custom: ActivationCore | undefined;
}

export interface DyingReluState {
  /** Gradient steps applied since creation or the last reset. */
  readonly step: number;
  /** Mean squared error of the current weights on the training set. */
  readonly loss: number;
  /** A step pushed the loss past DYING_RELU_DIVERGENCE_LOSS (or to NaN); it was undone and training stopped. */
  readonly diverged: boolean;
  /** Loss at steps 0, s, 2s, … with s doubling whenever the buffer fills (bounded memory). */
  readonly lossHistory: { readonly steps: Float64Array; readonly losses: Float64Array };
  readonly hiddenUnits: number;
  /** Units with f′(z) = 0 on every training input: no gradient reaches their incoming weights. */
  readonly deadUnits: number;
  /** 1 where the unit is dead now. */
  readonly deadMask: Uint8Array;
  readonly inactiveUnits: number;
  /** 1 where z ≤ 0 on every training input now. */
  readonly inactiveMask: Uint8Array;
  readonly everDeadUnits: number;
  /** 1 where the unit was dead after some step (including now). */
  readonly everDead: Uint8Array;
  readonly recoveredUnits: number;
  /** 1 where the unit was inactive after some step and active after a later one. */
  readonly recovered: Uint8Array;
  /** Training inputs and targets, for drawing the data. */
  readonly inputs: Float64Array;
  readonly targets: Float64Array;
  /** DYING_RELU_GRID_POINTS evenly spaced x on [−1, 1] and the network's output there. */
  readonly grid: Float64Array;
  readonly predictions: Float64Array;
  /**
   * Hidden unit j computes z = inputWeights[j]·x + hiddenBiases[j] (its kink sits at x = −b/w) and
   * contributes outputWeights[j]·f(z) to the prediction, plus outputBias.
   */
  readonly inputWeights: Float64Array;
  readonly hiddenBiases: Float64Array;
  readonly outputWeights: Float64Array;
  readonly outputBias: number;
  /**
   * ‖(∂L/∂w_j, ∂L/∂b_j)‖ per hidden unit at the current weights: the gradient reaching the unit's
   * incoming weight and bias. Exactly 0 for a dead unit; small but non-zero for an inactive leaky one.
   */
  readonly incomingGradientNorms: Float64Array;
}

export interface DyingReluTrainer {
  readonly options: ResolvedDyingReluOptions;
  /** Takes up to n full-batch gradient steps (fewer if training diverges); returns how many it took. */
  step(n?: number): number;
  /** Back to the initial weights for these options (same seed ⇒ same run). */
  reset(): void;
  /** A snapshot; arrays are copies the caller may keep. */
  state(): DyingReluState;
}

export function createDyingReluTrainer(options: DyingReluOptions = {}): DyingReluTrainer {
  return new Trainer(resolveOptions(options));
}

const TRAINING_INPUTS = linspace(-1, 1, DYING_RELU_TRAINING_POINTS);
const TRAINING_TARGETS = TRAINING_INPUTS.map(dyingReluTarget);
const GRID = linspace(-1, 1, DYING_RELU_GRID_POINTS);

class Trainer implements DyingReluTrainer {
  private net!: Mlp;
  private stepCount = 0;
  private loss = 0;
  private diverged = false;
  private readonly history = new LossHistory(DYING_RELU_HISTORY_CAPACITY);
  private readonly input = new Float64Array(1);
  private readonly outputGradient = new Float64Array(1);
  /** Every weight and bias buffer of the network, and a copy from the last accepted step, restored if the next one diverges. */
  private parameters: Float64Array[] = [];
  private backup: Float64Array[] = [];
  private readonly deadMask: Uint8Array;
  private readonly inactiveMask: Uint8Array;
  private readonly everDead: Uint8Array;
  private readonly everInactive: Uint8Array;
  private readonly recovered: Uint8Array;

  constructor(readonly options: ResolvedDyingReluOptions) {
    const units = options.hiddenUnits;
    this.deadMask = new Uint8Array(units);
    this.inactiveMask = new Uint8Array(units);
    this.everDead = new Uint8Array(units);
    this.everInactive = new Uint8Array(units);
    this.recovered = new Uint8Array(units);
    this.reset();
  }

  reset(): void {
    const { activation, alpha, hiddenUnits, biasInit, seed, custom } = this.options;
    this.net = createMlp({
      sizes: [1, hiddenUnits, 1],
      activation: custom ?? activation,
      params: alpha === undefined || custom ? {} : { alpha },
      init: 'he',
      biasInit,
      linearOutput: true,
      seed,
    });
    this.parameters = [...this.net.weights, ...this.net.biases];
    this.backup = this.parameters.map((p) => new Float64Array(p.length));
    this.stepCount = 0;
    this.diverged = false;
    this.history.clear();
    this.everDead.fill(0);
    this.everInactive.fill(0);
    this.recovered.fill(0);
    this.evaluate();
    this.accept();
  }

  step(n = 1): number {
    const { min, max } = DYING_RELU_LIMITS.stepsPerCall;
    checkInteger('n', n, { min, max });
    let taken = 0;
    while (taken < n && !this.diverged) {
      for (let i = 0; i < this.parameters.length; i++) this.backup[i].set(this.parameters[i]);
      this.net.sgdStep(this.options.learningRate);
      this.evaluate();
      if (!(this.loss <= DYING_RELU_DIVERGENCE_LOSS)) {
        for (let i = 0; i < this.parameters.length; i++) this.parameters[i].set(this.backup[i]);
        this.evaluate();
        this.diverged = true;
        break;
      }
      this.stepCount++;
      taken++;
      this.accept();
    }
    return taken;
  }

  state(): DyingReluState {
    const predictions = new Float64Array(GRID.length);
    for (let i = 0; i < GRID.length; i++) {
      this.input[0] = GRID[i];
      predictions[i] = this.net.forward(this.input)[0];
    }
    return {
      step: this.stepCount,
      loss: this.loss,
      diverged: this.diverged,
      lossHistory: this.history.snapshot(),
      hiddenUnits: this.options.hiddenUnits,
      deadUnits: count(this.deadMask),
      deadMask: this.deadMask.slice(),
      inactiveUnits: count(this.inactiveMask),
      inactiveMask: this.inactiveMask.slice(),
      everDeadUnits: count(this.everDead),
      everDead: this.everDead.slice(),
      recoveredUnits: count(this.recovered),
      recovered: this.recovered.slice(),
      inputs: TRAINING_INPUTS.slice(),
      targets: TRAINING_TARGETS.slice(),
      grid: GRID.slice(),
      predictions,
      inputWeights: this.net.weights[0].slice(),
      hiddenBiases: this.net.biases[0].slice(),
      outputWeights: this.net.weights[1].slice(),
      outputBias: this.net.biases[1][0],
      incomingGradientNorms: this.net.gradients.weights[0].map((gw, j) => Math.hypot(gw, this.net.gradients.biases[0][j])),
    };
  }

  /**
   * One full-batch pass at the current weights: the loss, the summed gradients that the next
   * `sgdStep` applies, and which hidden units are dead or inactive.
   */
  private evaluate(): void {
    const net = this.net;
    const z = net.preActivations[0];
    const slope = net.derivatives[0];
    const units = z.length;
    const n = TRAINING_INPUTS.length;
    // Start from "dead and inactive everywhere" and clear a unit the moment one input disproves it.
    this.deadMask.fill(1);
    this.inactiveMask.fill(1);
    net.zeroGradients();
    let sum = 0;
    for (let p = 0; p < n; p++) {
      this.input[0] = TRAINING_INPUTS[p];
      const error = net.forward(this.input)[0] - TRAINING_TARGETS[p];
      sum += error * error;
      for (let j = 0; j < units; j++) {
        if (slope[j] !== 0) this.deadMask[j] = 0;
        if (z[j] > 0) this.inactiveMask[j] = 0;
      }
      this.outputGradient[0] = (2 * error) / n;
      net.backward(this.outputGradient, true);
    }
    this.loss = sum / n;
  }

  /** Records the evaluation of an accepted step in the loss history and the per-unit histories. */
  private accept(): void {
    this.history.record(this.stepCount, this.loss);
    for (let j = 0; j < this.deadMask.length; j++) {
      if (this.deadMask[j]) this.everDead[j] = 1;
      if (this.inactiveMask[j]) this.everInactive[j] = 1;
      else if (this.everInactive[j]) this.recovered[j] = 1;
    }
  }
}

/**
 * Loss at steps 0, s, 2s, … in fixed buffers. When full, every other entry is dropped and s
 * doubles, so the history always spans the whole run at a resolution that halves as it grows.
 */
class LossHistory {
  private readonly steps: Float64Array;
  private readonly losses: Float64Array;
  private length = 0;
  private stride = 1;

  constructor(private readonly capacity: number) {
    this.steps = new Float64Array(capacity);
    this.losses = new Float64Array(capacity);
  }

  clear(): void {
    this.length = 0;
    this.stride = 1;
  }

  record(step: number, loss: number): void {
    if (step % this.stride !== 0) return;
    if (this.length === this.capacity) {
      this.thin();
      if (step % this.stride !== 0) return;
    }
    this.steps[this.length] = step;
    this.losses[this.length] = loss;
    this.length++;
  }

  snapshot(): { steps: Float64Array; losses: Float64Array } {
    return { steps: this.steps.slice(0, this.length), losses: this.losses.slice(0, this.length) };
  }

  /** Keeps entries 0, 2, 4, … (steps that are multiples of the doubled stride). */
  private thin(): void {
    const kept = Math.ceil(this.length / 2);
    for (let i = 0; i < kept; i++) {
      this.steps[i] = this.steps[2 * i];
      this.losses[i] = this.losses[2 * i];
    }
    this.length = kept;
    this.stride *= 2;
  }
}

function resolveOptions(options: DyingReluOptions): ResolvedDyingReluOptions {
  const activation = options.activation ?? DYING_RELU_DEFAULTS.activation;
  if (!DYING_RELU_ACTIVATIONS.includes(activation)) {
    throw new RangeError(`activation must be one of ${DYING_RELU_ACTIVATIONS.join(', ')}; got ${String(activation)}`);
  }
  const alphaSpec = getActivation(activation).params.alpha;
  let alpha: number | undefined;
  if (alphaSpec) {
    alpha = options.alpha ?? alphaSpec.default;
    checkNumber('alpha', alpha, alphaSpec);
  }
  const resolved: ResolvedDyingReluOptions = {
    activation,
    alpha,
    learningRate: options.learningRate ?? DYING_RELU_DEFAULTS.learningRate,
    biasInit: options.biasInit ?? DYING_RELU_DEFAULTS.biasInit,
    hiddenUnits: options.hiddenUnits ?? DYING_RELU_DEFAULTS.hiddenUnits,
    seed: options.seed ?? DYING_RELU_DEFAULTS.seed,
    custom: options.custom,
  };
  const limits = DYING_RELU_LIMITS;
  checkNumber('learningRate', resolved.learningRate, limits.learningRate);
  checkNumber('biasInit', resolved.biasInit, limits.biasInit);
  checkInteger('hiddenUnits', resolved.hiddenUnits, limits.hiddenUnits);
  checkInteger('seed', resolved.seed, TRAINING_SEEDS);
  return resolved;
}

function linspace(lo: number, hi: number, n: number): Float64Array {
  return Float64Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));
}

function count(mask: Uint8Array): number {
  let total = 0;
  for (let i = 0; i < mask.length; i++) total += mask[i];
  return total;
}
