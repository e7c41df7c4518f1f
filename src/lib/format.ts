/**
 * Numbers as readers see them: in readouts, tick labels and captions (typographic minus,
 * powers of ten with superscripts) and, for assistive technology, in plain ASCII.
 * Nothing here ever prints "NaN" or "-0".
 */

/** U+2212: a real minus sign, as wide as a plus; the hyphen-minus is too short in most fonts. */
const MINUS = '\u2212';
/** Shown where a value is not a finite number. */
const MISSING = '—';
/** No-break spaces around "×" keep "6.6 × 10⁻³" on one line. */
const TIMES = '\u00a0×\u00a0';

const SUPERSCRIPTS: Readonly<Record<string, string>> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '-': '⁻',
};

/** Significant digits: a whole number from 1 to 15 (beyond that doubles have no more to give). */
function significant(digits: number): number {
  return Number.isFinite(digits) ? Math.min(15, Math.max(1, Math.round(digits))) : 3;
}

/** "1.500" → "1.5", "2.000" → "2"; strings without a decimal point are left alone. */
function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

/** "10⁻⁶" for −6. */
export function formatPowerOfTen(exponent: number): string {
  return `10${[...String(Math.round(exponent))].map((c) => SUPERSCRIPTS[c] ?? c).join('')}`;
}

/**
 * A fixed number of decimals with a typographic minus, and no "−0" when the value rounds to
 * zero. Used for tick labels, which share their decimals so a column of labels lines up.
 */
export function formatFixed(v: number, decimals: number): string {
  if (!Number.isFinite(v)) return MISSING;
  const text = Math.abs(v).toFixed(Math.min(20, Math.max(0, Math.round(decimals))));
  return v < 0 && Number(text) !== 0 ? MINUS + text : text;
}

/** "1.5 × 10⁻⁵" with exactly `mantissaDecimals` decimals in the mantissa; 0 is "0". */
export function formatScientific(v: number, mantissaDecimals: number): string {
  if (!Number.isFinite(v)) return MISSING;
  if (v === 0) return '0';
  const [mantissa, exponent] = Math.abs(v)
    .toExponential(Math.min(20, Math.max(0, Math.round(mantissaDecimals))))
    .split('e');
  return `${v < 0 ? MINUS : ''}${mantissa}${TIMES}${formatPowerOfTen(Number(exponent))}`;
}

interface Rounded {
  readonly negative: boolean;
  /** Magnitude in decimals, e.g. "0.0066" (empty when scientific). */
  readonly decimals: string;
  /** Magnitude as mantissa and decimal exponent, e.g. "6.6" and −3. */
  readonly mantissa: string;
  readonly exponent: number;
  /** Decimals would be a long run of zeros: exponent below `lowExponent` or from 6 up. */
  readonly scientific: boolean;
}

/**
 * A finite, nonzero v to `digits` significant digits. toExponential rounds exactly and cannot
 * overflow (1.5e308 to one digit is "2e+308", where toPrecision's number would be Infinity).
 * Rounding comes first, so 0.009999 becomes 0.01 and is then written the way 0.01 is.
 */
function rounded(v: number, digits: number, lowExponent: number): Rounded {
  const d = significant(digits);
  const [mantissa = '', exponent] = Math.abs(v)
    .toExponential(d - 1)
    .split('e');
  const e = Number(exponent);
  const scientific = e < lowExponent || e >= 6;
  return {
    negative: v < 0,
    decimals: scientific ? '' : trimZeros(Number(`${mantissa}e${e}`).toFixed(Math.max(0, d - 1 - e))),
    mantissa: trimZeros(mantissa),
    exponent: e,
    scientific,
  };
}

/**
 * A number for text readers see, to `digits` significant digits (default 3) without trailing
 * zeros: "0.881", "−2", "1230". Magnitudes below 0.01 or from a million up switch to
 * scientific notation, "6.6 × 10⁻³", where a run of zeros would be hard to count.
 * Non-finite values give "—".
 */
export function formatNumber(v: number, digits = 3): string {
  if (!Number.isFinite(v)) return MISSING;
  if (v === 0) return '0';
  const r = rounded(v, digits, -2);
  const sign = r.negative ? MINUS : '';
  return r.scientific ? `${sign}${r.mantissa}${TIMES}${formatPowerOfTen(r.exponent)}` : sign + r.decimals;
}

/**
 * The same number in plain ASCII for aria-valuetext and other text that is read aloud or
 * copied: "-0.0066", "2.5", and e-notation ("3.4e-7") only outside 10⁻⁴…10⁶, where decimals
 * would be a long run of zeros. Non-finite values give "undefined".
 */
export function formatNumberPlain(v: number, digits = 3): string {
  if (!Number.isFinite(v)) return 'undefined';
  if (v === 0) return '0';
  const r = rounded(v, digits, -4);
  const sign = r.negative ? '-' : '';
  return r.scientific ? `${sign}${r.mantissa}e${r.exponent}` : sign + r.decimals;
}

/**
 * A share (0…1) as a whole percentage: 0.75 → "75%". A share that is not zero never reads
 * "0%" ("<1%"), and one that is not all never reads "100%" (">99%"), so a reader is not told
 * "none" or "all" when that is not quite true. Non-finite values give "—".
 */
export function formatPercent(share: number): string {
  if (!Number.isFinite(share)) return MISSING;
  const percent = Math.round(share * 100);
  if (share > 0 && percent === 0) return '<1%';
  if (share > 0 && share < 1 && percent >= 100) return '>99%';
  if (percent === 0) return '0%';
  return `${percent < 0 ? MINUS : ''}${Math.abs(percent)}%`;
}

/** Whole numbers with commas, "1,000", the same in every locale (a build and a browser must agree). */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return MISSING;
  const text = String(Math.round(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `\u2212${text}` : text;
}

/**
 * A share (0…1) as a percentage with one decimal, "50.7%". Exactly none is "0%" and exactly all
 * "100%"; a share that is neither never rounds to those ("<0.1%", ">99.9%"). Non-finite gives "—".
 */
export function formatShare(share: number): string {
  if (!Number.isFinite(share)) return MISSING;
  if (share <= 0) return '0%';
  if (share >= 1) return '100%';
  const text = (share * 100).toFixed(1);
  if (text === '0.0') return '<0.1%';
  if (text === '100.0') return '>99.9%';
  return `${text}%`;
}
