/**
 * Numbers the dying-ReLU post quotes, computed at build time by running the same trainer the
 * DyingRelu figure runs (src/lib/experiments/dying-relu.ts), with the figure's default props, so
 * the prose quotes exactly what a reader sees. tests/build/facts-dying-relu.test.ts checks the
 * built page shows these values.
 */
import { getActivation } from '../activations/registry';
import {
  createDyingReluTrainer,
  DYING_RELU_DEFAULTS,
  DYING_RELU_STEP_BUDGET,
  DYING_RELU_STEPS_PER_FRAME,
  DYING_RELU_TRAINING_POINTS,
  type DyingReluOptions,
  type DyingReluState,
} from '../experiments/dying-relu';
import { formatCount, formatNumber } from '../format';

/** The figure's default pair: ReLU beside leaky ReLU at the registry's α, trained for the figure's budget. */
const settings = DYING_RELU_DEFAULTS;
const pair = { variant: 'leaky-relu', alpha: getActivation('leaky-relu').params.alpha!.default } as const;
const STEPS = DYING_RELU_STEP_BUDGET;

const base: DyingReluOptions = { ...settings, activation: 'relu' };
function trained(options: DyingReluOptions, steps = STEPS): DyingReluState {
  const trainer = createDyingReluTrainer({ ...base, ...options });
  trainer.step(steps);
  return trainer.state();
}

/** The figure's final state, trained the way the build trains it (the figure's tests check they agree). */
const relu = trained({});
const leaky = trained({ activation: pair.variant, alpha: pair.alpha });

/** Step by step from the start until ReLU has lost every unit it ends with: when was the last death? */
function lastDeath(): { step: number; frozen: number; deadGradient: number } {
  const trainer = createDyingReluTrainer(base);
  let state = trainer.state();
  while (state.deadUnits < relu.deadUnits && state.step < STEPS) {
    trainer.step(1);
    state = trainer.state();
  }
  const atDeath = state;
  trainer.step(STEPS - state.step);
  const end = trainer.state();
  // Largest change of any dead unit's incoming weight or bias between its death and the end.
  let frozen = 0;
  let deadGradient = 0;
  end.deadMask.forEach((dead, j) => {
    if (!dead) return;
    frozen = Math.max(
      frozen,
      Math.abs(end.inputWeights[j]! - atDeath.inputWeights[j]!),
      Math.abs(end.hiddenBiases[j]! - atDeath.hiddenBiases[j]!),
    );
    deadGradient = Math.max(deadGradient, end.incomingGradientNorms[j]!);
  });
  return { step: atDeath.step, frozen, deadGradient };
}

/** Median of a list of gradient norms. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const leakyActiveGradient = median([...leaky.incomingGradientNorms].filter((_, j) => !leaky.inactiveMask[j]));
const leakyInactiveGradient = median([...leaky.incomingGradientNorms].filter((_, j) => leaky.inactiveMask[j]));

const death = lastDeath();
const LOW_LR = 0.1;
const LOWER_LR = 0.02;
const HIGH_LR = 0.5;
const SEEDS = Array.from({ length: 10 }, (_, i) => i + 1);
/** ReLU and leaky ReLU with the figure's settings, seed by seed: one seed is one draw, not the story. */
const reluBySeed = SEEDS.map((seed) => (seed === settings.seed ? trained({}) : trained({ seed })));
const leakyBySeed = SEEDS.map((seed) => trained({ activation: 'leaky-relu', alpha: pair.alpha, seed }));
const deadBySeed = reluBySeed.map((r) => r.deadUnits);
/** The same two networks at learning rate 0.1, and ELU there (at the default rate ELU diverges). */
const reluLowBySeed = SEEDS.map((seed) => trained({ learningRate: LOW_LR, seed }));
const eluLowBySeed = SEEDS.map((seed) => trained({ activation: 'elu', learningRate: LOW_LR, seed }));
const countWhere = (test: (i: number) => boolean) => SEEDS.filter((_, i) => test(i)).length;
const reluLossLowLr = reluLowBySeed[SEEDS.indexOf(settings.seed)]!.loss;
/** The small positive bias often suggested for ReLU units (CS231n's notes on initialisation), seed by seed. */
const SUGGESTED_BIAS = 0.01;
const suggestedBySeed = SEEDS.map((seed) => trained({ biasInit: SUGGESTED_BIAS, seed }).deadUnits);
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const LARGE_BIAS = 0.5;
const NEGATIVE_BIAS = -0.5;
const negativeAtStart = createDyingReluTrainer({ ...base, biasInit: NEGATIVE_BIAS }).state().deadUnits;
const elu = trained({ activation: 'elu' });
const lowerLr = trained({ learningRate: LOWER_LR });
const eluLow = trained({ activation: 'elu', learningRate: LOW_LR });

export const dyingReluFacts = {
  steps: formatCount(STEPS),
  stepsPerPress: String(DYING_RELU_STEPS_PER_FRAME),
  units: String(settings.hiddenUnits),
  trainingPoints: String(DYING_RELU_TRAINING_POINTS),
  learningRate: formatNumber(settings.learningRate),
  leakyAlpha: formatNumber(pair.alpha),
  reluDead: String(relu.deadUnits),
  reluLoss: formatNumber(relu.loss),
  leakyDead: String(leaky.deadUnits),
  leakyInactive: String(leaky.inactiveUnits),
  leakyRecovered: String(leaky.recoveredUnits),
  leakyLoss: formatNumber(leaky.loss),
  /** By this step every unit ReLU ends up losing was already dead. */
  lastDeathStep: formatCount(death.step),
  /** Largest change in a dead unit's incoming weight or bias after it died: exactly 0. */
  deadWeightChange: formatNumber(death.frozen),
  deadGradient: formatNumber(death.deadGradient),
  /** How much weaker the gradient reaching an inactive leaky unit is than an active one's (medians). */
  leakyGradientRatio: formatNumber(leakyActiveGradient / leakyInactiveGradient, 2),
  lowLearningRate: formatNumber(LOW_LR),
  reluDeadLowLr: String(trained({ learningRate: LOW_LR }).deadUnits),
  lowerLearningRate: formatNumber(LOWER_LR),
  reluLossLowerLr: formatNumber(lowerLr.loss),
  highLearningRate: formatNumber(HIGH_LR),
  reluDeadHighLr: String(trained({ learningRate: HIGH_LR }).deadUnits),
  seedCount: String(SEEDS.length),
  reluDeadSeedMean: formatNumber(mean(deadBySeed)),
  reluDeadSeedMin: String(Math.min(...deadBySeed)),
  reluDeadSeedMax: String(Math.max(...deadBySeed)),
  /** Seeds where ReLU lost every unit. */
  reluAllDeadSeeds: String(countWhere((i) => deadBySeed[i] === settings.hiddenUnits)),
  /** Units that were dead after some step and alive at the end, summed over all ten ReLU runs: 0. */
  reluRevivedOverSeeds: String(reluBySeed.reduce((sum, r) => sum + r.everDeadUnits - r.deadUnits, 0)),
  /** Seeds where leaky ReLU ends at a higher loss than ReLU from the same weights. */
  leakyWorseSeeds: String(countWhere((i) => leakyBySeed[i]!.loss > reluBySeed[i]!.loss)),
  /** Of the seeds where leaky ReLU ends lower, how many are ones where ReLU lost every unit. */
  leakyBetterAllDeadSeeds: String(countWhere((i) => leakyBySeed[i]!.loss < reluBySeed[i]!.loss && deadBySeed[i] === settings.hiddenUnits)),
  /** ReLU at learning rate 0.1: its final loss, how many times lower than at the default rate, and over seeds. */
  reluLossLowLr: formatNumber(reluLossLowLr),
  reluLossGainLowLr: formatNumber(relu.loss / reluLossLowLr, 2),
  reluLowLrBetterSeeds: String(countWhere((i) => reluLowBySeed[i]!.loss < reluBySeed[i]!.loss)),
  reluDeadLowLrSeedMax: String(Math.max(...reluLowBySeed.map((r) => r.deadUnits))),
  /** Seeds where ELU at learning rate 0.1 ends at a higher loss than ReLU at the same rate. */
  eluWorseLowLrSeeds: String(countWhere((i) => eluLowBySeed[i]!.loss > reluLowBySeed[i]!.loss)),
  suggestedBias: formatNumber(SUGGESTED_BIAS),
  reluDeadSuggestedBias: String(suggestedBySeed[SEEDS.indexOf(settings.seed)]),
  reluDeadSuggestedBiasSeedMean: formatNumber(mean(suggestedBySeed)),
  /** Seeds where the suggested bias leaves more, and fewer, dead units than a bias of 0. */
  suggestedBiasMoreDeadSeeds: String(countWhere((i) => suggestedBySeed[i]! > deadBySeed[i]!)),
  suggestedBiasFewerDeadSeeds: String(countWhere((i) => suggestedBySeed[i]! < deadBySeed[i]!)),
  largeBias: formatNumber(LARGE_BIAS),
  reluDeadLargeBias: String(trained({ biasInit: LARGE_BIAS }).deadUnits),
  negativeBias: formatNumber(NEGATIVE_BIAS),
  reluDeadNegativeBiasAtStart: String(negativeAtStart),
  reluDeadNegativeBias: String(trained({ biasInit: NEGATIVE_BIAS }).deadUnits),
  /** ELU at the default learning rate: the step that blew up (it is undone, and training stops). */
  eluDivergedStep: elu.diverged ? formatCount(elu.step + 1) : 'never',
  eluDeadLowLr: String(eluLow.deadUnits),
  eluLossLowLr: formatNumber(eluLow.loss),
} as const;
