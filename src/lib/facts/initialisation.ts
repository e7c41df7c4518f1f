/**
 * Numbers the "Initialisation meets activation" post quotes, computed at build time by the same
 * code the gain table, the depth figure and the phase diagram run (src/lib/signal), so the prose
 * and the figures cannot drift apart.
 */
import { defaultParams, getActivation } from '../activations/registry';
import { formatNumber } from '../format';
import { gainTable } from '../signal/gains';
import { gaussianMoments } from '../signal/gaussian';
import { exactMoments, gradientTrajectory, meanField, varianceTrajectory } from '../signal/mean-field';
import { measureAcrossSeeds } from '../signal/measured';
import { momentTable } from '../signal/moment-table';
import { phaseDiagram, SURVIVAL_DEPTH_FACTOR } from '../signal/phase-diagram';

const rows = gainTable();
const gain = (id: string) => rows.find((r) => r.id === id)!;
const exact = (id: string) => exactMoments(getActivation(id), defaultParams(getActivation(id)));

/** The known critical points, by the exact quadrature path. */
const tanhCritical = meanField(exact('tanh'), { sigmaW2: 1, sigmaB2: 0 });
const reluCritical = meanField(exact('relu'), { sigmaW2: 2, sigmaB2: 0 });
const seluLecun = meanField(exact('selu'), { sigmaW2: 1, sigmaB2: 0 });
const seluMoments = gaussianMoments(getActivation('selu'), {}, 1);
/** He initialisation for GELU: the variance shrinks to 0 instead of staying at 1, like ReLU's. */
const geluHe = meanField(exact('gelu'), { sigmaW2: 2, sigmaB2: 0 });
/** Where the edge of chaos crosses σ_b² = 0 for GELU and SiLU (phase diagram's bottom row). */
const edgeAtZeroBias = (id: string) =>
  phaseDiagram(momentTable(getActivation(id), defaultParams(getActivation(id))), { rows: 1, sigmaB2: [0, 0] }).edge[0]!.sigmaW2!;

/**
 * A ReLU network under He initialisation: measured vs theory at the last layer, wide and narrow.
 * For ReLU E[q_L] = q_1 holds exactly at any width, but at width 8 q_L is so skewed (a product of
 * noisy per-layer factors) that a few seeds mostly see values far below it: the typical narrow
 * network is not the average one. Say so when quoting the narrow numbers.
 */
export const MEASURED_SETTING = { activation: 'relu', sigmaW2: 2, sigmaB2: 0, depth: 10, seeds: [1, 2, 3, 4], samples: 2 } as const;
const reluTheory = varianceTrajectory(exact('relu'), { sigmaW2: 2, sigmaB2: 0 }, MEASURED_SETTING.depth);
const measured = (width: number) =>
  measureAcrossSeeds(
    { activation: getActivation('relu'), width, depth: MEASURED_SETTING.depth, sigmaW2: 2, sigmaB2: 0, samples: MEASURED_SETTING.samples },
    MEASURED_SETTING.seeds,
  );
const last = MEASURED_SETTING.depth - 1;
const wide = measured(512);
const narrow = measured(8);
const reluGradientTheory = gradientTrajectory(exact('relu'), { sigmaW2: 2, sigmaB2: 0 }, reluTheory);

/**
 * nn.Linear's default: kaiming_uniform_(a = √5) draws U(−b, b) with b = gain·√3/√fan_in and
 * gain = √(2/(1 + a²)) = √(1/3), so b = 1/√fan_in and the variance is b²/3 = 1/(3·fan_in):
 * σ_w² = 1/3. Its bias, U(−1/√fan_in, 1/√fan_in), has variance 1/(3·fan_in) → 0 for wide layers.
 */
const linearDefaultGain = Math.sqrt(2 / (1 + 5));
const linearDefaultSigmaW2 = (linearDefaultGain * Math.sqrt(3)) ** 2 / 3;
const linearDefault = (id: string) => meanField(exact(id), { sigmaW2: linearDefaultSigmaW2, sigmaB2: 0 });
const linearTanh = linearDefault('tanh');

export const initialisationFacts = {
  /** Second-moment gains 1/√E[f(z)²], z ~ N(0, 1). */
  reluGain: formatNumber(gain('relu').secondMoment, 4),
  tanhGain: formatNumber(gain('tanh').secondMoment, 4),
  geluGain: formatNumber(gain('gelu').secondMoment, 4),
  siluGain: formatNumber(gain('silu').secondMoment, 4),
  sigmoidGain: formatNumber(gain('sigmoid').secondMoment, 4),
  /** Backward gains 1/√E[f′(z)²]. */
  tanhBackwardGain: formatNumber(gain('tanh').backward, 4),
  geluBackwardGain: formatNumber(gain('gelu').backward, 4),
  /** Leaky ReLU (α = 0.01): He's √(2/(1 + α²)), ours and PyTorch's. */
  leakyGain: formatNumber(gain('leaky-relu').secondMoment, 4),
  pytorchLeakyGain: formatNumber(gain('leaky-relu').pytorch!, 4),
  siluBackwardGain: formatNumber(gain('silu').backward, 4),
  /** nn.Linear's default weight variance σ_w² (times fan-in), and χ₁ and the survival depth it gives. */
  linearDefaultSigmaW2: formatNumber(linearDefaultSigmaW2, 4),
  linearDefaultReluChi1: formatNumber(linearDefault('relu').chi1, 4),
  linearDefaultTanhChi1: formatNumber(linearTanh.chi1, 4),
  linearDefaultTanhSurvival: formatNumber(SURVIVAL_DEPTH_FACTOR * linearTanh.xiC!, 3),
  /** PyTorch's calculate_gain('tanh') = 5/3, and its count of registry functions it has no entry for. */
  pytorchTanhGain: formatNumber(gain('tanh').pytorch!, 4),
  pytorchMissingCount: String(rows.filter((r) => r.pytorch === null).length),
  /** Critical points: χ₁ at the known edges (1 by theory). */
  tanhCriticalChi1: formatNumber(tanhCritical.chi1, 6),
  tanhCriticalQ: formatNumber(tanhCritical.fixedPoint.q),
  reluCriticalChi1: formatNumber(reluCritical.chi1, 6),
  geluEdgeSigmaW2: formatNumber(edgeAtZeroBias('gelu'), 3),
  siluEdgeSigmaW2: formatNumber(edgeAtZeroBias('silu'), 3),
  /** GELU under He (σ_w² = 2, σ_b = 0): q* and χ₁. */
  geluHeFixedPoint: formatNumber(geluHe.fixedPoint.q),
  geluHeChi1: formatNumber(geluHe.chi1, 3),
  /** SELU under LeCun: mean and second moment at unit variance, q*, and χ₁ (slightly chaotic). */
  seluMean: formatNumber(Math.abs(seluMoments.mean) < 1e-12 ? 0 : seluMoments.mean),
  seluSecondMoment: formatNumber(seluMoments.secondMoment, 6),
  seluFixedPoint: formatNumber(seluLecun.fixedPoint.q, 6),
  seluChi1: formatNumber(seluLecun.chi1, 3),
  /** ReLU, He, depth 10: q at the last layer, theory vs mean ± sd over 4 seeds, width 512 and 8. */
  reluTheoryQ: formatNumber(reluTheory[last]!, 3),
  reluWideQ: formatNumber(wide.mean.preActivationSecondMoment[last]!, 3),
  reluWideQSpread: formatNumber(wide.std.preActivationSecondMoment[last]!, 2),
  reluNarrowQ: formatNumber(narrow.mean.preActivationSecondMoment[last]!, 3),
  reluNarrowQSpread: formatNumber(narrow.std.preActivationSecondMoment[last]!, 2),
  reluTheoryGradient: formatNumber(reluGradientTheory[0]!, 3),
  reluWideGradient: formatNumber(wide.mean.gradientNormSquared[0]!, 3),
  reluNarrowGradient: formatNumber(narrow.mean.gradientNormSquared[0]!, 3),
} as const;
