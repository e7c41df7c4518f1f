'use strict';
// x · 2^exp, rounded once, like C's ldexp (see README.md for why this file exists).
const VIEW = new DataView(new ArrayBuffer(8));
const TWO_52 = 4503599627370496;

function ldexp(x, exp) {
  if (exp === 0 || x === 0 || !Number.isFinite(x)) return x;
  // Bring a subnormal x into the normal range so its exponent field is meaningful.
  if (Math.abs(x) < 2.2250738585072014e-308) {
    x *= TWO_52;
    exp -= 52;
  }
  VIEW.setFloat64(0, x);
  const high = VIEW.getUint32(0);
  const e = ((high >>> 20) & 0x7ff) - 1023 + exp;
  if (e > 1023) return x < 0 ? -Infinity : Infinity;
  // Below the smallest subnormal exponent stdlib returns a signed zero; so do we.
  if (e < -1074) return x < 0 ? -0 : 0;
  if (e >= -1022) {
    VIEW.setUint32(0, (high & 0x800fffff) | ((e + 1023) << 20));
    return VIEW.getFloat64(0);
  }
  // Subnormal result: set the exponent 52 higher, then one multiplication rounds it once.
  VIEW.setUint32(0, (high & 0x800fffff) | ((e + 52 + 1023) << 20));
  return VIEW.getFloat64(0) / TWO_52;
}
module.exports = ldexp;
