/**
 * The saved-run format: what one dying-ReLU training run looks like at one moment, compact and
 * JSON-safe, so the build can hand its final state to the page and the browser can draw a run
 * after every frame of training without touching the trainers.
 */
import type { DyingReluActivation, DyingReluState } from '../../lib/experiments/dying-relu';

/** What one run looks like at one moment: the part of `DyingReluState` the figure draws and prints. */
export interface RunSnapshot {
  readonly activation: DyingReluActivation;
  /** α of leaky ReLU / ELU; null for ReLU. */
  readonly alpha: number | null;
  readonly step: number;
  readonly loss: number;
  readonly diverged: boolean;
  readonly hiddenUnits: number;
  /** Per unit, 1 or 0. */
  readonly dead: readonly number[];
  readonly inactive: readonly number[];
  readonly recovered: readonly number[];
  /** The network's output at DYING_RELU_GRID_POINTS evenly spaced x on [−1, 1], to 4 decimals. */
  readonly predictions: readonly number[];
  /** The trainer's thinned loss history; losses to about 4 significant digits. */
  readonly lossSteps: readonly number[];
  readonly losses: readonly number[];
}

/** A compact, JSON-safe copy of a trainer's state (so the build can hand its final state to the page). */
export function snapshotOf(state: DyingReluState, activation: DyingReluActivation, alpha: number | undefined): RunSnapshot {
  const finite = (v: number, fallback = 0) => (Number.isFinite(v) ? v : fallback);
  // Rounded: short in the page's JSON, and the same whether built or live (4 decimals is far below a pixel).
  return {
    activation,
    alpha: alpha ?? null,
    step: state.step,
    loss: state.loss,
    diverged: state.diverged,
    hiddenUnits: state.hiddenUnits,
    dead: Array.from(state.deadMask),
    inactive: Array.from(state.inactiveMask),
    recovered: Array.from(state.recovered),
    predictions: Array.from(state.predictions, (v) => Math.round(finite(v) * 1e4) / 1e4 + 0),
    lossSteps: Array.from(state.lossHistory.steps),
    losses: Array.from(state.lossHistory.losses, (v) => roundSignificant(finite(v, 1e300))),
  };
}

/** About 4 significant digits, cheaply (this runs on every frame; toPrecision is several times slower). */
function roundSignificant(v: number): number {
  if (v === 0) return 0;
  const digits = 3 - Math.floor(Math.log10(Math.abs(v)));
  // Dividing by an exact power of ten (or multiplying by one) gives the shortest decimal back.
  if (digits >= 0) {
    const scale = 10 ** digits;
    return Number.isFinite(scale) ? Math.round(v * scale) / scale : v;
  }
  const unit = 10 ** -digits;
  return Math.round(v / unit) * unit;
}

export interface RunSettings {
  readonly learningRate: number;
  readonly biasInit: number;
  readonly hiddenUnits: number;
  readonly seed: number;
}

/** The two activations the figure trains: ReLU on the left, the variant on the right. */
export interface RunPair {
  readonly variant: Exclude<DyingReluActivation, 'relu'>;
  readonly alpha: number;
}

/** How many units a mask marks (1 = marked). */
export function countOf(mask: readonly number[]): number {
  let n = 0;
  for (const v of mask) n += v ? 1 : 0;
  return n;
}
