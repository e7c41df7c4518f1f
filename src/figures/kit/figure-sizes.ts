/**
 * Build-time pixel sizes of each figure's SVG. In the browser a figure redraws at the size CSS
 * gives it (same aspect ratio on wide screens, taller on phones; see figures.css), so text keeps
 * its real size instead of being scaled down with the drawing.
 */
export const EXPLORER_SIZE = { width: 640, height: 440 } as const;
export const ATLAS_CARD_SIZE = { width: 240, height: 150 } as const;
export const SPARSITY_SIZE = { width: 640, height: 340 } as const;
export const SATURATION_HISTOGRAM_SIZE = { width: 640, height: 360 } as const;
export const DEPTH_GRADIENTS_SIZE = { width: 640, height: 400 } as const;
export const ZIGZAG_DESCENT_SIZE = { width: 640, height: 360 } as const;
export const RELU_COMPOSITION_SIZE = { width: 640, height: 360 } as const;
export const DYING_RELU_SIZE = { width: 640, height: 500 } as const;
export const SIGNAL_DEPTH_SIZE = { width: 640, height: 360 } as const;
export const PHASE_DIAGRAM_SIZE = { width: 640, height: 420 } as const;

/**
 * Plot widths (CSS px) from which a two-panel figure puts its panels side by side; below, the
 * model stacks them and a container query makes the box taller: the kit's `.figure--stacks`
 * (figures.css) for 560, the figure's own CSS otherwise, as max-width: width − 0.02px. A test
 * holds the two together.
 */
export const SIDE_BY_SIDE_FROM = { sparsity: 520, saturation: 560, zigzag: 560, dyingRelu: 560, signal: 560 } as const;
