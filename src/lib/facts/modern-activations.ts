/**
 * Numbers the "modern activations" post quotes: values of GELU, SiLU, Mish and softplus from the
 * registry, the size of the tanh approximation to GELU, the parameter count of gated feed-forward
 * layers, and what normalisation and residual connections do to dead and saturated units in the
 * normalisedStack experiment (five seeds each, so the prose quotes a range, not one draw).
 * tests/build/facts-modern-activations.test.ts checks the built page shows each value.
 */
import { getActivation } from '../activations/registry';
import { sigmoid } from '../activations/numerics';
import { normalisedStack, SATURATION_THRESHOLD, type NormalisedStackOptions } from '../experiments/normalisation';
import { formatCount, formatNumber } from '../format';

const relu = getActivation('relu');
const gelu = getActivation('gelu');
const silu = getActivation('silu');
const mish = getActivation('mish');
const softplus = getActivation('softplus');
const none = {};

/** The tanh approximation of GELU that BERT's and GPT-2's code computed (Hendrycks & Gimpel 2016, eq. 2). */
export function geluTanh(x: number): number {
  return 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x * x * x)));
}

/** The cheaper sigmoid approximation x·σ(1.702x) from the same paper. */
export function geluSigmoid(x: number): number {
  return x * sigmoid(1.702 * x);
}

/** Largest |g(x) − h(x)| on a grid of step 10⁻⁴ over [lo, hi], and where it occurs. */
export function maxGap(g: (x: number) => number, h: (x: number) => number, lo: number, hi: number): { gap: number; at: number } {
  let best = { gap: 0, at: lo };
  const steps = Math.round((hi - lo) * 1e4);
  for (let i = 0; i <= steps; i++) {
    const x = lo + (i * (hi - lo)) / steps;
    const gap = Math.abs(g(x) - h(x));
    if (gap > best.gap) best = { gap, at: x };
  }
  return best;
}

/** The root of a continuous f′ on [lo, hi] (f′(lo) and f′(hi) of opposite signs), by bisection: where f has its minimum. */
export function argminOf(df: (x: number) => number, lo: number, hi: number): number {
  let a = lo;
  let b = hi;
  for (let i = 0; i < 200 && b - a > 1e-15; i++) {
    const m = (a + b) / 2;
    if (Math.sign(df(m)) === Math.sign(df(a))) a = m;
    else b = m;
  }
  return (a + b) / 2;
}

const geluArgmin = argminOf((x) => gelu.df(x, none), -2, 0);
const siluArgmin = argminOf((x) => silu.df(x, { beta: 1 }), -3, 0);
const mishArgmin = argminOf((x) => mish.df(x, none), -3, 0);
const tanhGap = maxGap((x) => gelu.f(x, none), geluTanh, -8, 8);
const sigmoidGap = maxGap((x) => gelu.f(x, none), geluSigmoid, -8, 8);
/** SiLU with a sharp gate, x·σ(βx) at β = 10, against ReLU. */
const SHARP_BETA = 10;
const sharpGap = maxGap(
  (x) => silu.f(x, { beta: SHARP_BETA }),
  (x) => relu.f(x, none),
  -8,
  8,
);

/**
 * Feed-forward width with a gated unit: three d × d_ff matrices instead of two, so d_ff shrinks
 * to 2/3 of 4d to keep the parameter count (Shazeer 2020). LLaMA rounds 2/3 · 4d up to a
 * multiple of 256 (Touvron et al. 2023).
 */
export function gatedWidth(dModel: number, multipleOf = 1): number {
  const exact = (2 / 3) * 4 * dModel;
  return multipleOf * Math.ceil(exact / multipleOf);
}
/** T5-base, the model of Shazeer's experiments: d = 768, d_ff = 3072 (ReLU) or 2048 (gated). */
const T5_D = 768;
/** LLaMA-7B: d = 4096, feed-forward width rounded to a multiple of 256. */
const LLAMA_D = 4096;
const LLAMA_MULTIPLE = 256;

/** The normalisedStack settings the post describes: 20 layers of 64 units, a batch of 64, seeds 1–5. */
const SEEDS = [1, 2, 3, 4, 5];
const STACK: NormalisedStackOptions = { depth: 20, width: 64, batch: 64 };
const runs = (options: NormalisedStackOptions) => SEEDS.map((seed) => normalisedStack({ ...STACK, ...options, seed }));
const lastLayer = (values: readonly number[]) => values[values.length - 1]!;

/** "a to b" over seeds, or one value when every seed agrees once printed. */
function spread(values: readonly number[], format: (v: number) => string): string {
  const lo = format(Math.min(...values));
  const hi = format(Math.max(...values));
  return lo === hi ? lo : `${lo} to ${hi}`;
}
const percent = (share: number) => `${Math.round(share * 100)}%`;
const ratio = (v: number) => formatNumber(v, 2);
const deadSpread = (options: NormalisedStackOptions) =>
  spread(
    runs(options).map((r) => lastLayer(r.deadShare)),
    percent,
  );
const saturatedSpread = (options: NormalisedStackOptions) =>
  spread(
    runs(options).map((r) => lastLayer(r.saturatedShare)),
    percent,
  );
const ratioSpread = (options: NormalisedStackOptions) =>
  spread(
    runs(options).map((r) => r.gradientRatio),
    ratio,
  );

/** Tanh with weights four times the Glorot/LeCun scale: saturates without normalisation. */
const TANH_SCALE = 4;
const bigTanh: NormalisedStackOptions = { activation: 'tanh', weightScale: TANH_SCALE };
/** ReLU (He scale) whose biases are drawn N(−1, 1): most units start negative. */
const BIAS = -1;
const BIAS_SPREAD = 1;
const shifted = (activation: string): NormalisedStackOptions => ({ activation, bias: BIAS, biasSpread: BIAS_SPREAD });

/**
 * ImageNet top-1 gains Ramachandran, Zoph and Le (2017) report in their abstract for replacing
 * ReLU by swish: percentage points, quoted, not measured here.
 */
const SWISH_GAIN_NASNET = 0.9;
const SWISH_GAIN_INCEPTION = 0.6;

export const modernActivationsFacts = {
  swishGainNasnet: formatNumber(SWISH_GAIN_NASNET),
  swishGainInception: formatNumber(SWISH_GAIN_INCEPTION),
  geluAtOne: formatNumber(gelu.f(1, none)),
  geluAtMinusOne: formatNumber(gelu.f(-1, none)),
  geluMin: formatNumber(gelu.f(geluArgmin, none)),
  geluArgmin: formatNumber(geluArgmin),
  geluSlopeAtZero: formatNumber(gelu.df(0, none)),
  geluTanhGap: formatNumber(tanhGap.gap, 2),
  geluTanhGapAt: formatNumber(tanhGap.at, 2),
  geluSigmoidGap: formatNumber(sigmoidGap.gap, 2),
  geluSlopeAtMinusThree: formatNumber(gelu.df(-3, none), 2),
  geluSlopeAtMinusSix: formatNumber(gelu.df(-6, none), 2),
  siluMin: formatNumber(silu.f(siluArgmin, { beta: 1 })),
  siluArgmin: formatNumber(siluArgmin),
  siluSlopeAtZero: formatNumber(silu.df(0, { beta: 1 })),
  siluSlopeAtMinusThree: formatNumber(silu.df(-3, { beta: 1 }), 2),
  siluSlopeAtMinusSix: formatNumber(silu.df(-6, { beta: 1 }), 2),
  sharpBeta: String(SHARP_BETA),
  sharpSiluGap: formatNumber(sharpGap.gap),
  mishMin: formatNumber(mish.f(mishArgmin, none)),
  mishArgmin: formatNumber(mishArgmin),
  mishSlopeAtZero: formatNumber(mish.df(0, none)),
  softplusAtZero: formatNumber(softplus.f(0, none)),
  softplusAtMinusFive: formatNumber(softplus.f(-5, none), 2),
  softplusSlopeAtZero: formatNumber(softplus.df(0, none)),
  /** Gated feed-forward layers. */
  t5Model: formatCount(T5_D),
  t5Hidden: formatCount(4 * T5_D),
  t5GatedHidden: formatCount(gatedWidth(T5_D)),
  t5Params: formatCount(2 * T5_D * 4 * T5_D),
  t5GatedParams: formatCount(3 * T5_D * gatedWidth(T5_D)),
  llamaModel: formatCount(LLAMA_D),
  llamaExactHidden: formatNumber((2 / 3) * 4 * LLAMA_D, 7),
  llamaHidden: formatCount(gatedWidth(LLAMA_D, LLAMA_MULTIPLE)),
  llamaMultiple: String(LLAMA_MULTIPLE),
  /** The normalisation experiment. */
  stackDepth: String(STACK.depth),
  saturationThreshold: percent(SATURATION_THRESHOLD),
  leakyAlpha: formatNumber(getActivation('leaky-relu').params.alpha!.default),
  stackWidth: String(STACK.width),
  stackBatch: String(STACK.batch),
  seedCount: String(SEEDS.length),
  tanhScale: String(TANH_SCALE),
  tanhSaturatedPlain: saturatedSpread(bigTanh),
  tanhSaturatedBatch: saturatedSpread({ ...bigTanh, normalisation: 'batch' }),
  tanhSaturatedLayer: saturatedSpread({ ...bigTanh, normalisation: 'layer' }),
  tanhRatioPlain: ratioSpread(bigTanh),
  tanhRatioBatch: ratioSpread({ ...bigTanh, normalisation: 'batch' }),
  tanhRatioLayer: ratioSpread({ ...bigTanh, normalisation: 'layer' }),
  bias: formatNumber(BIAS),
  biasSpread: formatNumber(BIAS_SPREAD),
  reluDeadPlain: deadSpread(shifted('relu')),
  reluDeadBatch: deadSpread({ ...shifted('relu'), normalisation: 'batch' }),
  reluDeadLayer: deadSpread({ ...shifted('relu'), normalisation: 'layer' }),
  reluRatioPlain: ratioSpread(shifted('relu')),
  reluRatioBatch: ratioSpread({ ...shifted('relu'), normalisation: 'batch' }),
  reluRatioLayer: ratioSpread({ ...shifted('relu'), normalisation: 'layer' }),
  reluRatioBatchResidual: ratioSpread({ ...shifted('relu'), normalisation: 'batch', residual: true }),
  reluDeadNoBias: deadSpread({ activation: 'relu' }),
  reluDeadResidualNoNorm: deadSpread({ activation: 'relu', residual: true }),
  leakyDeadPlain: deadSpread(shifted('leaky-relu')),
  leakyRatioPlain: ratioSpread(shifted('leaky-relu')),
  geluDeadPlain: deadSpread(shifted('gelu')),
  geluRatioPlain: ratioSpread(shifted('gelu')),
} as const;
