/**
 * Numbers the Lab post quotes, computed by the same formula code the Lab runs
 * (src/lib/formula) and the same trainer its "Train it beside ReLU" button runs, so the prose
 * says what a reader sees. tests/build/facts-lab.test.ts checks the built post shows them all.
 */
import { compileActivation, type CustomActivation } from '../formula/activation';
import { nonFiniteIntervals } from '../formula/finite';
import { createDyingReluTrainer, DYING_RELU_STEP_BUDGET } from '../experiments/dying-relu';
import { formatCount, formatNumber } from '../format';

/** The Lab's plotted domain (src/figures/formula-lab/controls.ts states the same; a test checks). */
const DOMAIN: readonly [number, number] = [-8, 8];

function compiled(source: string, declarations = ''): CustomActivation {
  const result = compileActivation(source, declarations, { domain: DOMAIN });
  if (!result.ok) throw new Error(`lab facts: ${source} does not compile: ${result.error.message}`);
  return result.value;
}

const swish = compiled('x * sigmoid(b * x)', 'b in [0, 5] = 1');
/** Swish-β's lowest value on the domain and where it is, by a fine grid refined by golden section. */
function minimumOf(b: number): { x: number; f: number } {
  const f = (x: number): number => swish.f(x, { b });
  let best = 0;
  for (let x = -8; x <= 0; x += 1e-3) if (f(x) < f(best)) best = x;
  let lo = best - 1e-3;
  let hi = best + 1e-3;
  for (let i = 0; i < 60; i++) {
    const m1 = lo + (hi - lo) / 3;
    const m2 = hi - (hi - lo) / 3;
    if (f(m1) < f(m2)) hi = m2;
    else lo = m1;
  }
  const x = (lo + hi) / 2;
  return { x, f: f(x) };
}
const dip1 = minimumOf(1);
const dip5 = minimumOf(5);

const step = compiled('step(x)');
/** Where step′ is not 0 among the Lab's 2,001 samples of its domain (none: its slope is 0 wherever it exists). */
let stepSlopesNonZero = 0;
for (let i = 0; i <= 2000; i++) if (step.df(DOMAIN[0] + ((DOMAIN[1] - DOMAIN[0]) * i) / 2000, {}) !== 0) stepSlopesNonZero++;
const stepRun = createDyingReluTrainer({ custom: step });
const stepWeightsBefore = stepRun.state().inputWeights;
stepRun.step(DYING_RELU_STEP_BUDGET);
const stepAfter = stepRun.state();
const stepWeightsMoved = stepAfter.inputWeights.some((w, j) => w !== stepWeightsBefore[j]);
const reluRun = createDyingReluTrainer();
reluRun.step(DYING_RELU_STEP_BUDGET);

const doubleExp = compiled('exp(exp(x))');
const gap = nonFiniteIntervals(doubleExp.compiled, {}, DOMAIN)[0];
if (!gap) throw new Error('lab facts: exp(exp(x)) should overflow on [−8, 8]');

export const labFacts = {
  /** f′(1) of SiLU (Swish-β at b = 1), the acceptance example. */
  siluF1: formatNumber(swish.f(1, { b: 1 }), 4),
  siluDf1: formatNumber(swish.df(1, { b: 1 }), 4),
  siluD2f1: formatNumber(swish.d2f(1, { b: 1 }), 4),
  /** Swish-β at b = 0 is x/2: f′ is 0.5 everywhere. */
  swish0Df1: formatNumber(swish.df(1, { b: 0 }), 4),
  /** The dip below zero: SiLU's minimum and where, and at b = 5. */
  dip1X: formatNumber(dip1.x, 4),
  dip1F: formatNumber(dip1.f, 4),
  dip5X: formatNumber(dip5.x, 4),
  dip5F: formatNumber(dip5.f, 4),
  /** Swish-β at b = 5 near 1 against ReLU's 1. */
  swish5Df1: formatNumber(swish.df(1, { b: 5 }), 4),
  stepSamples: formatCount(2001),
  stepSlopesNonZero: String(stepSlopesNonZero),
  stepSteps: formatCount(DYING_RELU_STEP_BUDGET),
  stepDead: String(stepAfter.deadUnits),
  stepUnits: String(stepAfter.hiddenUnits),
  stepWeightsMoved: stepWeightsMoved ? 'moved' : 'did not move',
  reluDead: String(reluRun.state().deadUnits),
  gapFrom: formatNumber(gap.from, 4),
  gapReason: gap.reason,
} as const;
