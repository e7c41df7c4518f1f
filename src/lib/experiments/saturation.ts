/**
 * Claim: large initial weights saturate sigmoid and tanh units. With naive weights
 * w ~ N(0, scale²), a unit's pre-activation z = w·x has standard deviation scale·‖x‖, about
 * scale·√fanIn for standardised inputs, so at scale 1 and fanIn 100 most z land on the flat tails
 * where f′(z) ≈ 0 and the unit passes almost no gradient back.
 *
 * How it is measured: one input example x ~ N(0, I) of length fanIn is drawn per seed
 * (standardised features, E[x²] = 1, the usual preprocessing). Every unit has its own weight row.
 * Given x, z = Σᵢ wᵢ·xᵢ is a sum of independent Gaussians and therefore exactly N(0, scale²‖x‖²),
 * so each unit's z is drawn directly from that law: the same joint distribution as drawing
 * units × fanIn weights and summing, at 1/fanIn of the cost, which keeps a slider update far
 * inside one frame. A unit counts as saturated when |f′(z)| < threshold · f′(0) (both functions
 * have their steepest slope at 0); the threshold z is found from the registry's own f′.
 */
import { defaultParams, getActivation } from '../activations/functions';
import type { ActivationCore } from '../activations/types';
import { createRng } from './rng';
import { rememberLast } from '../keyed-cache';
import { checkInteger, checkNumber, checkSeed } from './options';

/** The squashing functions this experiment is about: both flatten out on both sides. */
export type SaturatingActivationId = 'sigmoid' | 'tanh';
export const SATURATING_ACTIVATIONS: readonly SaturatingActivationId[] = ['sigmoid', 'tanh'];

/** Allowed option ranges; islands clamp to these before calling. */
export const SATURATION_LIMITS = {
  weightScale: { min: 1e-4, max: 10 },
  units: { min: 1, max: 100_000 },
  fanIn: { min: 1, max: 10_000 },
  /** Fraction of the peak slope; below 1e-6 the tails would reach past where f′ is representable. */
  threshold: { min: 1e-6, max: 0.99 },
  curvePoints: { min: 2, max: 400 },
} as const;

export interface SaturationOptions {
  /** Activation applied by every unit. Default `sigmoid`. */
  readonly activation?: SaturatingActivationId;
  /** Standard deviation of the initial weights, w ~ N(0, weightScale²). Default 1 (unscaled `randn`). */
  readonly weightScale?: number;
  /** Number of units in the layer, i.e. samples in the histogram. Default 1000. */
  readonly units?: number;
  /** Inputs per unit. Default 100. */
  readonly fanIn?: number;
  /** A unit is saturated when |f′(z)| < threshold · f′(0). Default 0.01. */
  readonly threshold?: number;
  /** Seed for the input example and the weights; an integer. Default 1. */
  readonly seed?: number;
  /**
   * A reader's function applied instead of `activation` (at its default parameters). Its slope
   * need not peak at 0 nor fall off symmetrically: a unit is saturated when |f′(z)| < threshold ·
   * its largest |f′| on [−8, 8] (see `saturationTest`), and `saturationBounds` is not used.
   */
  readonly custom?: ActivationCore;
}

export interface SaturationResult {
  /** z = w·x for every unit. */
  readonly preActivations: Float64Array;
  /** Share of units with |f′(z)| < threshold · f′(0), in [0, 1]. */
  readonly saturatedFraction: number;
  /** A unit is saturated when z < lower or z > upper (lower = −upper); shade these tails. ±∞ with a custom function (see `saturationTest`). */
  readonly saturationBounds: { readonly lower: number; readonly upper: number };
  /** Mean of the pre-activations. */
  readonly mean: number;
  /** Standard deviation of the pre-activations (population form, divided by units). */
  readonly std: number;
  /** scale·‖x‖: the standard deviation the Gaussian-sum argument predicts for this input. */
  readonly predictedStd: number;
}

export interface SaturationCurveOptions extends Omit<SaturationOptions, 'weightScale'> {
  /** Smallest weight scale on the log grid. Default 0.001. */
  readonly minScale?: number;
  /** Largest weight scale on the log grid. Default 1. */
  readonly maxScale?: number;
  /** Number of grid points, log-spaced from minScale to maxScale inclusive. Default 41. */
  readonly points?: number;
}

export interface SaturationCurve {
  /** Weight scales, log-spaced and increasing. */
  readonly weightScales: Float64Array;
  /** Saturated fraction at each weight scale, for the same units as `saturation` with this seed. */
  readonly saturatedFractions: Float64Array;
}

/** The layer the post's SaturationHistogram shows unless an author or a URL says otherwise; the post's facts quote the same. */
export const SATURATION_FIGURE_DEFAULTS = {
  activation: 'sigmoid',
  weightScale: 1,
  seed: 1,
  units: 1000,
  fanIn: 100,
  threshold: 0.01,
} as const;

const DEFAULTS = {
  activation: 'sigmoid',
  weightScale: 1,
  units: 1000,
  fanIn: 100,
  threshold: 0.01,
  seed: 1,
  minScale: 0.001,
  maxScale: 1,
  points: 41,
} as const;

/** Draws the layer and measures how many of its units start out saturated. */
export function saturation(options: SaturationOptions = {}): SaturationResult {
  const weightScale = options.weightScale ?? DEFAULTS.weightScale;
  checkNumber('weightScale', weightScale, SATURATION_LIMITS.weightScale);
  const layer = drawLayer(options);
  const bound = options.custom ? Infinity : saturationBound(layer.activation, layer.threshold);
  const isSaturated = options.custom ? saturationTest(options.custom, layer.threshold) : (z: number) => Math.abs(z) > bound;

  const sd = weightScale * layer.inputNorm;
  const z = new Float64Array(layer.unitNormals.length);
  let sum = 0;
  let saturated = 0;
  for (let j = 0; j < z.length; j++) {
    const value = sd * layer.unitNormals[j];
    z[j] = value;
    sum += value;
    if (isSaturated(value)) saturated++;
  }
  const mean = sum / z.length;
  let squares = 0;
  for (const value of z) squares += (value - mean) ** 2;

  return {
    preActivations: z,
    saturatedFraction: saturated / z.length,
    saturationBounds: { lower: -bound, upper: bound },
    mean,
    std: Math.sqrt(squares / z.length),
    predictedStd: sd,
  };
}

/**
 * Saturated fraction versus weight scale over a log grid, for the same units `saturation` draws
 * with the same seed: z scales linearly with the weight scale, so one draw serves every grid point
 * and each point agrees exactly with `saturation({ weightScale })` at that scale.
 */
export function saturationCurve(options: SaturationCurveOptions = {}): SaturationCurve {
  const minScale = options.minScale ?? DEFAULTS.minScale;
  const maxScale = options.maxScale ?? DEFAULTS.maxScale;
  const points = options.points ?? DEFAULTS.points;
  checkNumber('minScale', minScale, SATURATION_LIMITS.weightScale);
  checkNumber('maxScale', maxScale, SATURATION_LIMITS.weightScale);
  if (!(minScale < maxScale)) {
    throw new RangeError(`minScale must be below maxScale; got ${minScale} and ${maxScale}`);
  }
  checkInteger('points', points, SATURATION_LIMITS.curvePoints);

  const layer = drawLayer(options);
  const bound = options.custom ? Infinity : saturationBound(layer.activation, layer.threshold);
  const isSaturated = options.custom ? saturationTest(options.custom, layer.threshold) : (z: number) => Math.abs(z) > bound;
  const weightScales = new Float64Array(points);
  const saturatedFractions = new Float64Array(points);
  const logStep = Math.log(maxScale / minScale) / (points - 1);
  for (let k = 0; k < points; k++) {
    const scale = k === points - 1 ? maxScale : minScale * Math.exp(k * logStep);
    // Same arithmetic as `saturation`, so a grid point and a direct call agree bit for bit.
    const sd = scale * layer.inputNorm;
    let saturated = 0;
    for (const n of layer.unitNormals) if (isSaturated(sd * n)) saturated++;
    weightScales[k] = scale;
    saturatedFractions[k] = saturated / layer.unitNormals.length;
  }
  return { weightScales, saturatedFractions };
}

/**
 * The |z| beyond which |f′(z)| < threshold · f′(0). Sigmoid′ and tanh′ are even and strictly
 * decreasing in |z|, so bisection on [0, hi] finds the single crossing; 200 halvings (or an
 * interval too narrow to split) take it to machine precision.
 */
export function saturationBound(activation: SaturatingActivationId, threshold: number): number {
  checkActivation(activation);
  checkNumber('threshold', threshold, SATURATION_LIMITS.threshold);
  const a = getActivation(activation);
  const params = defaultParams(a);
  const target = threshold * Math.abs(a.df(0, params));
  const slope = (z: number) => Math.abs(a.df(z, params));

  let lo = 0;
  let hi = 1;
  while (slope(hi) >= target) hi *= 2;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (slope(mid) >= target) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** Where a reader's function's peak slope is looked for: the Lab's plotted domain, every 0.01. */
const PEAK_DOMAIN = 8;
const PEAK_SAMPLES = 1601;

/**
 * Whether z is on a saturated stretch of a reader's function: |f′(z)| < threshold · its largest
 * finite |f′| on [−8, 8]. For sigmoid and tanh, whose slope peaks at 0, this is the registry test.
 */
export function saturationTest(activation: ActivationCore, threshold: number): (z: number) => boolean {
  checkNumber('threshold', threshold, SATURATION_LIMITS.threshold);
  const params = defaultParams(activation);
  let peak = 0;
  for (let i = 0; i < PEAK_SAMPLES; i++) {
    const slope = Math.abs(activation.df(-PEAK_DOMAIN + (2 * PEAK_DOMAIN * i) / (PEAK_SAMPLES - 1), params));
    if (Number.isFinite(slope) && slope > peak) peak = slope;
  }
  const target = threshold * peak;
  return (z) => !(Math.abs(activation.df(z, params)) >= target);
}

interface DrawnLayer {
  readonly activation: SaturatingActivationId;
  readonly threshold: number;
  /** ‖x‖ of the drawn input example. */
  readonly inputNorm: number;
  /** One N(0, 1) draw per unit; unit j's pre-activation is weightScale · inputNorm · unitNormals[j]. */
  readonly unitNormals: Float64Array;
}

function drawLayer(options: SaturationOptions): DrawnLayer {
  const activation = options.activation ?? DEFAULTS.activation;
  const units = options.units ?? DEFAULTS.units;
  const fanIn = options.fanIn ?? DEFAULTS.fanIn;
  const threshold = options.threshold ?? DEFAULTS.threshold;
  const seed = options.seed ?? DEFAULTS.seed;
  if (!options.custom) checkActivation(activation);
  checkInteger('units', units, SATURATION_LIMITS.units);
  checkInteger('fanIn', fanIn, SATURATION_LIMITS.fanIn);
  checkNumber('threshold', threshold, SATURATION_LIMITS.threshold);
  checkSeed(seed);

  const { inputNorm, unitNormals } = unitDraw(seed, units, fanIn);
  return { activation, threshold, inputNorm, unitNormals };
}

/**
 * The input's norm and every unit's standard normal, which the seed, units and fanIn fix. A
 * weight-scale drag changes only the scale, so it reuses the last draw (most of the cost).
 */
const unitDraw = rememberLast((seed: number, units: number, fanIn: number): { inputNorm: number; unitNormals: Float64Array } => {
  const rng = createRng(seed);
  let squaredNorm = 0;
  for (let i = 0; i < fanIn; i++) squaredNorm += rng.normal() ** 2;
  const unitNormals = new Float64Array(units);
  for (let j = 0; j < units; j++) unitNormals[j] = rng.normal();
  return { inputNorm: Math.sqrt(squaredNorm), unitNormals };
});

function checkActivation(id: string): asserts id is SaturatingActivationId {
  if (!(SATURATING_ACTIVATIONS as readonly string[]).includes(id)) {
    throw new RangeError(`activation must be one of ${SATURATING_ACTIVATIONS.join(', ')}; got ${String(id)}`);
  }
}
