import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFixed, formatNumber, formatNumberPlain, formatPercent, formatPowerOfTen, formatScientific } from '../../src/lib/format';

const MINUS = '\u2212';
const NBSP = '\u00a0';

describe('formatNumber', () => {
  it.each([
    [0.88079, '0.881'],
    [2, '2'],
    [-2.5, `${MINUS}2.5`],
    [0.05, '0.05'],
    [1234.5, '1230'],
    [0.0066, `6.6${NBSP}×${NBSP}10⁻³`],
    [-0.000335, `${MINUS}3.35${NBSP}×${NBSP}10⁻⁴`],
    [2.5e6, `2.5${NBSP}×${NBSP}10⁶`],
    [0.009999, '0.01'], // rounds up across the switch to scientific, and is written as 0.01
    [999_999, `1${NBSP}×${NBSP}10⁶`],
    [-0, '0'],
    [0, '0'],
  ])('%s → %s', (v, text) => expect(formatNumber(v)).toBe(text));

  it('takes the number of significant digits', () => {
    expect(formatNumber(Math.PI, 5)).toBe('3.1416');
    expect(formatNumber(Math.PI, 1)).toBe('3');
    expect(formatNumber(Math.PI, NaN)).toBe('3.14');
  });

  it('prints a dash for non-finite values', () => {
    for (const v of [NaN, Infinity, -Infinity]) expect(formatNumber(v)).toBe('—');
  });

  it('never prints NaN, a hyphen-minus, "e" or a negative zero', () => {
    fc.assert(
      fc.property(fc.double(), fc.integer({ min: -5, max: 30 }), (v, digits) => {
        const text = formatNumber(v, digits);
        expect(text).not.toMatch(/NaN|Infinity|-|e/);
        expect(text).not.toMatch(new RegExp(`^${MINUS}0(\\.0*)?$`));
      }),
    );
  });
});

describe('formatNumberPlain', () => {
  it.each([
    [-0.0066, '-0.0066'],
    [0.881, '0.881'],
    [6.6e-7, '6.6e-7'],
    [-2.5e8, '-2.5e8'],
    [-0, '0'],
    [NaN, 'undefined'],
    [Infinity, 'undefined'],
  ])('%s → %s', (v, text) => expect(formatNumberPlain(v)).toBe(text));

  it('is ASCII and reads back to the rounded number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
        const text = formatNumberPlain(v);
        expect(text).toMatch(/^[\x20-\x7e]+$/);
        expect(Number(text)).toBe(Number(v.toPrecision(3)) + 0);
      }),
    );
  });
});

describe('formatPercent', () => {
  it.each([
    [0, '0%'],
    [0.001, '<1%'],
    [0.005, '1%'],
    [0.75, '75%'],
    [0.994, '99%'],
    [0.995, '>99%'],
    [0.99999, '>99%'],
    [1, '100%'],
    [-0.2, `${MINUS}20%`],
    [-0.001, '0%'],
    [NaN, '—'],
    [-Infinity, '—'],
  ])('%s → %s', (share, text) => expect(formatPercent(share)).toBe(text));

  it('says neither none nor all unless it is so', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (share) => {
        const text = formatPercent(share);
        if (share > 0) expect(text).not.toBe('0%');
        if (share < 1) expect(text).not.toBe('100%');
      }),
    );
  });
});

describe('tick label helpers', () => {
  it('formatFixed keeps the decimals and drops the sign of a zero', () => {
    expect(formatFixed(-0.5, 1)).toBe(`${MINUS}0.5`);
    expect(formatFixed(1, 1)).toBe('1.0');
    expect(formatFixed(-0.0001, 2)).toBe('0.00');
    expect(formatFixed(NaN, 2)).toBe('—');
  });

  it('formatPowerOfTen uses superscript digits and minus', () => {
    expect(formatPowerOfTen(-6)).toBe('10⁻⁶');
    expect(formatPowerOfTen(0)).toBe('10⁰');
    expect(formatPowerOfTen(12)).toBe('10¹²');
  });

  it('formatScientific keeps the mantissa decimals', () => {
    expect(formatScientific(1.5e-5, 1)).toBe(`1.5${NBSP}×${NBSP}10⁻⁵`);
    expect(formatScientific(-2e6, 1)).toBe(`${MINUS}2.0${NBSP}×${NBSP}10⁶`);
    expect(formatScientific(0, 2)).toBe('0');
  });
});
