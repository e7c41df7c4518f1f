'use strict';
// The double with x's high 32 bits and the given low 32 bits (see README.md for why).
const VIEW = new DataView(new ArrayBuffer(8));

function setLowWord(x, low) {
  VIEW.setFloat64(0, x);
  VIEW.setUint32(4, low >>> 0);
  return VIEW.getFloat64(0);
}
module.exports = setLowWord;
