/**
 * The PhaseDiagram controls, each stated once (see src/figures/kit/controls.ts): the activation,
 * and the cursor's σ_w² and σ_b² (set by clicking or by arrow keys on the plot, not by sliders).
 */
import { meanFieldActivationControl, varianceControl } from '../kit/mean-field-controls';

/** The grid's σ_w² range (columns); the cursor stays inside it. */
export const SIGMA_W2_RANGE = [0.5, 4] as const;
/** The grid's σ_b² range (rows). */
export const SIGMA_B2_RANGE = [0, 0.5] as const;
/** Grid cells per side. */
export const GRID = 64;

export const CURSOR_W2 = varianceControl('w2', { label: 'σ_w²', min: SIGMA_W2_RANGE[0], max: SIGMA_W2_RANGE[1], default: 1 });
export const CURSOR_B2 = varianceControl('b2', { label: 'σ_b²', min: SIGMA_B2_RANGE[0], max: SIGMA_B2_RANGE[1], default: 0 });

export const ACTIVATION_CONTROL = meanFieldActivationControl('tanh');

export const PHASE_DIAGRAM_CONTROLS = [ACTIVATION_CONTROL, CURSOR_W2, CURSOR_B2] as const;
