/**
 * The two scales the figures need, linear and log, built on d3-array's tick arithmetic.
 * d3-scale would do the same job but brings d3-interpolate, d3-color and d3-format into every
 * page (about 9 KB gzip) for colour and date features no figure uses.
 */
import { nice as niceDomain, ticks } from 'd3-array';

export interface Scale {
  (v: number): number;
  invert(px: number): number;
  domain(): [number, number];
}

export interface LinearScale extends Scale {
  ticks(count: number): number[];
}

export function linearScale(domain: readonly [number, number], range: readonly [number, number], nice?: number): LinearScale {
  let [d0, d1] = domain;
  if (nice !== undefined && nice >= 1) {
    const [n0, n1] = niceDomain(d0, d1, nice);
    // On extreme domains d3-array's rounding can give NaN or blow the domain up; keep the
    // author's domain then, as d3-scale does.
    if (Number.isFinite(n1 - n0) && n0 !== n1 && Math.abs(n1 - n0) <= 10 * Math.abs(d1 - d0)) [d0, d1] = [n0, n1];
  }
  const [r0, r1] = range;
  const k = (r1 - r0) / (d1 - d0);
  const scale = ((v: number) => r0 + (v - d0) * k) as LinearScale;
  scale.invert = (px) => d0 + (px - r0) / k;
  scale.domain = () => [d0, d1];
  scale.ticks = (count) => ticks(d0, d1, count);
  return scale;
}

/** Log base 10 of a positive domain; `nice` widens it to whole powers of ten. */
export function logScale(domain: readonly [number, number], range: readonly [number, number], nice = false): Scale {
  let [l0, l1] = [Math.log10(domain[0]), Math.log10(domain[1])];
  if (nice) [l0, l1] = l0 <= l1 ? [Math.floor(l0), Math.ceil(l1)] : [Math.ceil(l0), Math.floor(l1)];
  const [r0, r1] = range;
  const k = (r1 - r0) / (l1 - l0);
  const scale = ((v: number) => r0 + (Math.log10(v) - l0) * k) as Scale;
  scale.invert = (px) => 10 ** (l0 + (px - r0) / k);
  scale.domain = () => [10 ** l0, 10 ** l1];
  return scale;
}

/** Every m × 10ᵏ (m = 1…9) inside [lo, hi], ascending: the candidates for ticks on a short log axis. */
export function logSubTicks(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(lo)) - 1; e <= Math.ceil(Math.log10(hi)); e++) {
    for (let m = 1; m <= 9; m++) {
      const v = Number(`${m}e${e}`);
      if (v >= lo * (1 - 1e-12) && v <= hi * (1 + 1e-12)) out.push(v);
    }
  }
  return out;
}
