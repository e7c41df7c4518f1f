/**
 * Where a look at an activation function starts unless an author says otherwise: the x range,
 * the probe position and the saturation threshold (a share of the peak slope). The explorer figure
 * and the link-preview cards both start here.
 */
export const ACTIVATION_VIEW_DEFAULTS = { domain: [-8, 8], x: 2, threshold: 0.01 } as const;
