/** The activation registry's public API: entries, lookup, analysis helpers and stable numerics. */
export type { Activation, ActivationProperties, ParamSpec, ParamValues } from './types';
export { ACTIVATIONS, ACTIVATION_IDS, defaultParams, getActivation, isActivationId } from './registry';
export { peakSlope, saturatedIntervals, saturatedShare, type Interval } from './analysis';
export { SIGMOID_ROUNDS_TO_ONE_AT, normalCdf, normalPdf, sechSquared, sigmoid, sigmoidSlope } from './numerics';
export { SELU_ALPHA, SELU_LAMBDA } from './relu-family';
