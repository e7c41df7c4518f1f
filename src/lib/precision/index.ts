/** The precision lens's public API: number formats, rounding, kernels in a format, thresholds, reports. */
export {
  BFLOAT16,
  E4M3,
  E5M2,
  FLOAT16,
  FLOAT32,
  FLOAT64,
  FORMAT_IDS,
  NUMBER_FORMATS,
  getFormat,
  isFormatId,
  type FormatId,
  type NumberFormat,
} from './formats';
export { roundTo } from './round';
export { bitString, fromBits, toBits } from './bits';
export { finiteValues, fromOrdinal, nextDown, nextUp, ordinalOf, ulp } from './neighbours';
export { roundedMath, type RoundedMath } from './arithmetic';
export { kernelsFor, KERNEL_ACTIVATION_IDS, type Kernel, type KernelKind, type KernelSet } from './kernels';
export { findOnset, kernelThresholds, type Side, type Threshold, type ThresholdCause, type ThresholdKind } from './thresholds';
export {
  precisionReport,
  thresholdsFor,
  type KernelCurve,
  type PrecisionOptions,
  type PrecisionPoint,
  type PrecisionReport,
  type WorstError,
} from './report';
export { GELU_TANH_CUBIC, GELU_TANH_SCALE, geluTanh, geluTanhSlope } from './gelu-tanh';
export { geluFormsDisagreement, geluFormsGap, geluFormsInFormat, type GeluFormsGap, type GeluFormsInFormat } from './gelu-forms';
