/**
 * Thresholds: the probe-and-bisect search against an exhaustive walk over every value of each
 * narrow format (all kernels of all activations, both sides, every kind, and nothing below ½
 * where the walk starts), closed forms for the
 * sigmoid, and float32/float64 spot checks of what the search returns.
 */
import { describe, expect, it } from 'vitest';
import { sigmoid } from '../../../src/lib/activations/numerics';
import { ACTIVATION_IDS, defaultParams, getActivation } from '../../../src/lib/activations/registry';
import { roundedMath } from '../../../src/lib/precision/arithmetic';
import { FLOAT64, getFormat, NUMBER_FORMATS, type FormatId } from '../../../src/lib/precision/formats';
import { kernelsFor } from '../../../src/lib/precision/kernels';
import { finiteValues, nextUp } from '../../../src/lib/precision/neighbours';
import { thresholdsFor } from '../../../src/lib/precision/report';
import { roundTo } from '../../../src/lib/precision/round';
import { findOnset, kernelThresholds, type ThresholdKind } from '../../../src/lib/precision/thresholds';

const KINDS: readonly ThresholdKind[] = ['reaches-limit', 'slope-zero', 'value-not-finite', 'slope-not-finite'];

/** Generous: these walk every value of a 16-bit format for every kernel, on a shared machine. */
const EXHAUSTIVE_TIMEOUT = 120_000;

describe('the search finds what an exhaustive walk finds', () => {
  for (const format of NUMBER_FORMATS.filter((f) => f.totalBits <= 16)) {
    it(
      `${format.id}: every activation, kernel, side and kind`,
      () => {
        const m = roundedMath(format);
        const positives = finiteValues(format, Number.MIN_VALUE, Infinity);
        for (const id of ACTIVATION_IDS) {
          const set = kernelsFor(id);
          const p = defaultParams(getActivation(id));
          for (const kernel of set.kernels) {
            const found = kernelThresholds(set, kernel, format, p);
            const ref = kernel.reference ?? { f: (x: number) => getActivation(id).f(x, p), df: (x: number) => getActivation(id).df(x, p) };
            for (const side of ['left', 'right'] as const) {
              const sign = side === 'right' ? 1 : -1;
              const xs = positives.map((v) => sign * v);
              const fs = xs.map((x) => kernel.f(m, x, p));
              const dfs = xs.map((x) => kernel.df(m, x, p));
              const tail = set.tails[side]?.(p);
              const edge = kernel.f(m, sign * format.maxFinite, p);
              const limit = tail === undefined ? undefined : Number.isFinite(edge) ? edge : roundTo(format, tail.limit);
              // Below |x| = ½, where every walk starts, nothing may happen except x·Φ(x) and x·σ(x)
              // rounding to −0 at x = −smallest subnormal (correct rounding at the underflow limit).
              for (let i = 0; Math.abs(xs[i]!) < 0.5; i++) {
                const at = `${format.id} ${id}/${kernel.id} at ${xs[i]} (below ½)`;
                if (!Number.isFinite(fs[i]!) || !Number.isFinite(dfs[i]!)) expect.fail(`${at}: not finite`);
                if (limit !== undefined && dfs[i] === 0) expect.fail(`${at}: slope 0`);
                if (limit !== undefined && fs[i] === limit && !(['gelu', 'silu'].includes(id) && xs[i] === -format.minSubnormal)) {
                  expect.fail(`${at}: f is the limit ${limit}`);
                }
              }
              // The conditions at xs[i], restated from the definitions in thresholds.ts.
              const conditions: Record<ThresholdKind, ((i: number) => boolean) | null> = {
                'reaches-limit': limit === undefined ? null : (i) => fs[i] === limit,
                'slope-zero': limit === undefined ? null : (i) => dfs[i] === 0,
                'value-not-finite': (i) => !Number.isFinite(fs[i]!) && Number.isFinite(roundTo(format, ref.f(xs[i]!))),
                'slope-not-finite': (i) => !Number.isFinite(dfs[i]!) && Number.isFinite(roundTo(format, ref.df(xs[i]!))),
              };
              for (const kind of KINDS) {
                const holds = conditions[kind];
                const got = found.find((t) => t.kind === kind && t.side === side);
                const label = `${format.id} ${id}/${kernel.id} ${kind} ${side}`;
                if (!holds) {
                  expect(got, label).toBeUndefined();
                  continue;
                }
                // The walk starts at |x| = ½, or at the tail's start for the limit kinds.
                const from = roundTo(format, kind === 'reaches-limit' || kind === 'slope-zero' ? tail!.from : 0.5);
                const first = xs.findIndex((x, i) => Math.abs(x) >= from && holds(i));
                if (first === -1) {
                  if (got) expect.fail(`${label}: search found ${got.x}, exhaustive walk found nothing`);
                  continue;
                }
                if (!got) expect.fail(`${label}: exhaustive walk found ${xs[first]}, search found nothing`);
                if (got.x !== xs[first]) expect.fail(`${label}: search found ${got.x}, exhaustive walk ${xs[first]}`);
                expect(got.before, label).toBe(xs[first - 1]);
              }
            }
          }
        }
      },
      EXHAUSTIVE_TIMEOUT,
    );
  }
});

/** The sigmoid's "rounds to 1" thresholds, right side. */
const sigmoidOne = (formatId: FormatId, kernelId: string) =>
  thresholdsFor('sigmoid', formatId).find((t) => t.kernelId === kernelId && t.kind === 'reaches-limit' && t.side === 'right')!;

describe('σ rounds to 1 where the closed forms say', () => {
  for (const format of NUMBER_FORMATS) {
    const m = format.mantissaBits;
    it(`${format.id}: rounded once between ln(2^${m + 2} − 1) and its neighbours; every operation rounded near ${m + 1}·ln 2`, () => {
      if (format.id !== 'float64') {
        // σ(x) = 1 − 2^−(m+2), the midpoint between 1 and the value below it, at x = ln(2^(m+2) − 1).
        const boundary = Math.log(2 ** (m + 2) - 1);
        const once = sigmoidOne(format.id, 'rounded-once');
        expect(once.before).toBeLessThan(boundary);
        expect(once.x).toBeGreaterThanOrEqual(boundary);
        const real = findOnset(FLOAT64, 'right', (x) => roundTo(format, sigmoid(x)) === 1)!.x;
        expect(Math.abs(real - boundary)).toBeLessThan(1e-7);
      }
      // 1 + e^{−x} rounds to 1 once e^{−x} ≤ 2^−(m+1), half the gap above 1.
      for (const kernelId of ['naive', 'stable']) {
        const ops = sigmoidOne(format.id, kernelId);
        expect(ops.before).toBeLessThan((m + 1) * Math.LN2 + 1e-12);
        expect(ops.x).toBeGreaterThanOrEqual((m + 1) * Math.LN2 - ops.x * format.epsilon);
      }
    });
  }

  it('float64 agrees with the registry’s SIGMOID_ROUNDS_TO_ONE_AT', () => {
    expect(sigmoidOne('float64', 'stable').x).toBe(36.73680056967711);
    expect(sigmoidOne('float64', 'naive').x).toBe(36.73680056967711);
  });
});

describe('float32 and float64 thresholds sit between neighbouring values where the condition flips', () => {
  for (const formatId of ['float32', 'float64'] as const) {
    it(formatId, () => {
      const format = getFormat(formatId);
      for (const id of ['sigmoid', 'tanh', 'softplus', 'gelu', 'mish', 'elu']) {
        for (const t of thresholdsFor(id, formatId)) {
          const label = `${formatId} ${id}/${t.kernelId} ${t.kind} ${t.side}`;
          expect(t.side === 'right' ? nextUp(format, t.before) : -nextUp(format, -t.before), label).toBe(t.x);
          expect(Number.isFinite(t.x), label).toBe(true);
          expect(t.reason.length, label).toBeGreaterThan(20);
        }
      }
    });
  }
});

describe('causes', () => {
  it('float16: naive softplus overflows at 11.09375 (e^x ≥ 65520), σ′ = σ(1 − σ) is lost at 7.625, σ(x)σ(−x) underflows at 17.34375', () => {
    const softplus = thresholdsFor('softplus', 'float16').find(
      (t) => t.kernelId === 'naive' && t.kind === 'value-not-finite' && t.side === 'right',
    )!;
    expect(softplus).toMatchObject({ x: 11.09375, before: 11.0859375, value: Infinity, cause: 'overflow' });
    expect(Math.log(65520)).toBeGreaterThan(softplus.before);
    expect(Math.log(65520)).toBeLessThan(softplus.x);
    const lost = thresholdsFor('sigmoid', 'float16').find((t) => t.kernelId === 'naive' && t.kind === 'slope-zero' && t.side === 'right')!;
    expect(lost).toMatchObject({ x: 7.625, cause: 'lost' });
    const underflow = thresholdsFor('sigmoid', 'float16').find(
      (t) => t.kernelId === 'stable' && t.kind === 'slope-zero' && t.side === 'right',
    )!;
    expect(underflow).toMatchObject({ x: 17.34375, cause: 'underflow' });
    expect(sigmoidOne('float16', 'stable').cause).toBe('early-rounding');
    expect(sigmoidOne('float16', 'rounded-once').cause).toBe('limit-is-nearest');
  });

  it('E4M3: the textbook σ is NaN from x = −6.5 (e^6.5 ≈ 665 has no E4M3 value and no ∞)', () => {
    const nan = thresholdsFor('sigmoid', 'e4m3').find((t) => t.kernelId === 'naive' && t.kind === 'value-not-finite' && t.side === 'left')!;
    expect(nan).toMatchObject({ x: -6.5, before: -6 });
    expect(nan.value).toBeNaN();
  });
});
