/**
 * "Train it beside ReLU": the dying-ReLU experiment (src/lib/experiments/dying-relu.ts) run on
 * the reader's function and on ReLU from the same initial weights. The reader's function is
 * checked first on every pre-activation the untrained network computes (assertFiniteOn), and a
 * run whose loss stops being finite is stopped and reported, never drawn as NaN.
 */
import {
  createDyingReluTrainer,
  DYING_RELU_STEP_BUDGET,
  DYING_RELU_TRAINING_POINTS,
  type DyingReluState,
} from '../../lib/experiments/dying-relu';
import { assertFiniteOn } from '../../lib/formula/finite';
import { valueThenSlope } from '../../lib/formula/compile';
import type { CustomActivation } from '../../lib/formula/activation';
import type { Activation, ParamValues } from '../../lib/activations/types';
import { formatCount, formatNumber } from '../kit/format';

/** Steps per animation frame for both networks together: keeps each frame short. */
const STEPS_PER_CHUNK = 100;

export interface TrainReport {
  /** One line per network, e.g. "Your function: loss 0.012 after 3,000 steps; 0 of 32 units dead". */
  readonly lines: readonly string[];
  /** The status line: finished, refused, or how far it is. */
  readonly status: string;
  /** Gradient steps per second of the reader's network alone (the bench number). */
  readonly stepsPerSecond: number | undefined;
}

/** The formula with its parameters fixed at the sliders' values (the trainer uses an activation's defaults). */
function atParams(activation: CustomActivation, p: ParamValues): Activation {
  const params = Object.fromEntries(
    Object.entries(activation.params).map(([name, spec]) => [name, { ...spec, default: p[name] ?? spec.default }]),
  );
  // One pass of the compiled closures gives a unit both f and f′ (see valueThenSlope).
  const { f, df } = valueThenSlope(activation.compiled);
  return {
    id: activation.id,
    name: activation.name,
    summary: activation.summary,
    f,
    df,
    tex: activation.tex,
    dtex: activation.dtex,
    params,
    properties: activation.properties,
  };
}

function line(name: string, s: DyingReluState): string {
  const dead = `${s.deadUnits} of ${s.hiddenUnits} units dead (f′ = 0 on every input: they never learn again)`;
  if (s.diverged) return `${name}: diverged after ${formatCount(s.step)} steps (the loss left every finite bound); ${dead}`;
  return `${name}: loss ${formatNumber(s.loss, 3)} after ${formatCount(s.step)} steps; ${dead}`;
}

/** The pre-activations w·x + b of every hidden unit on every training input, at the initial weights. */
function initialPreActivations(s: DyingReluState): Float64Array {
  const z = new Float64Array(s.hiddenUnits * DYING_RELU_TRAINING_POINTS);
  let k = 0;
  for (let j = 0; j < s.hiddenUnits; j++) for (const x of s.inputs) z[k++] = s.inputWeights[j]! * x + s.hiddenBiases[j]!;
  return z;
}

/**
 * Trains both networks for DYING_RELU_STEP_BUDGET steps, a chunk per animation frame, calling
 * `report` after each chunk. Returns a function that stops the run.
 */
export function trainBesideRelu(activation: CustomActivation, p: ParamValues, report: (r: TrainReport) => void): () => void {
  const mine = createDyingReluTrainer({ custom: atParams(activation, p) });
  const relu = createDyingReluTrainer();
  const check = assertFiniteOn(activation.compiled, initialPreActivations(mine.state()), p);
  if (!check.ok) {
    report({ lines: [], status: `Not trained: ${check.message}`, stepsPerSecond: undefined });
    return () => {};
  }
  let frame = 0;
  let busy = 0;
  const chunk = (): void => {
    const start = performance.now();
    const taken = mine.step(Math.min(STEPS_PER_CHUNK, DYING_RELU_STEP_BUDGET - mine.state().step));
    busy += performance.now() - start;
    relu.step(Math.min(STEPS_PER_CHUNK, DYING_RELU_STEP_BUDGET - relu.state().step));
    const a = mine.state();
    const b = relu.state();
    const done = a.diverged || a.step >= DYING_RELU_STEP_BUDGET;
    const stepsPerSecond = busy > 0 ? (a.step * 1000) / busy : undefined;
    report({
      lines: [line('Your function', a), line('ReLU', b)],
      status: done
        ? `Done: ${formatCount(a.step)} steps${stepsPerSecond ? `, your network at ${formatCount(stepsPerSecond)} steps per second` : ''}.`
        : `Training… step ${formatCount(a.step)} of ${formatCount(DYING_RELU_STEP_BUDGET)}`,
      stepsPerSecond,
    });
    if (!done && taken > 0) frame = requestAnimationFrame(chunk);
  };
  frame = requestAnimationFrame(chunk);
  return () => cancelAnimationFrame(frame);
}
