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
 * The plot width (CSS px) of a 412 px phone, at which the build draws each figure a second time
 * (FigurePlot's narrow scene). A phone's plot box is taller than the wide scene (figures.css and
 * each figure's --plot-aspect-narrow), so without it every figure would redraw as it woke up;
 * with it the element swaps in the narrow drawing, which fits plot widths of about 304–475 px
 * (builtSceneFits). Each height is the width times the figure's narrow height/width ratio in its
 * CSS; a browser test (no redraw at load) fails if the two disagree.
 */
const NARROW_PLOT_WIDTH = 380;

/** A drawing's size in CSS pixels, what a figure's model is drawn at. */
export interface PlotSize {
  readonly width: number;
  readonly height: number;
}

export const narrowSize = (heightPerWidth: number): PlotSize => ({
  width: NARROW_PLOT_WIDTH,
  height: Math.round(NARROW_PLOT_WIDTH * heightPerWidth),
});
export const EXPLORER_NARROW_SIZE = narrowSize(1.15);
export const SPARSITY_NARROW_SIZE = narrowSize(1.55);
export const SATURATION_HISTOGRAM_NARROW_SIZE = narrowSize(1.45);
export const DEPTH_GRADIENTS_NARROW_SIZE = narrowSize(1.05);
export const ZIGZAG_DESCENT_NARROW_SIZE = narrowSize(2);
export const RELU_COMPOSITION_NARROW_SIZE = narrowSize(0.85);
export const DYING_RELU_NARROW_SIZE = narrowSize(2.4);
export const SIGNAL_DEPTH_NARROW_SIZE = narrowSize(1.35);
export const PHASE_DIAGRAM_NARROW_SIZE = narrowSize(1);

/**
 * Plot widths (CSS px) from which a two-panel figure puts its panels side by side; below, the
 * model stacks them and a container query makes the box taller: the kit's `.figure--stacks`
 * (figures.css) for 560, the figure's own CSS otherwise, as max-width: width − 0.02px. A test
 * holds the two together.
 */
export const SIDE_BY_SIDE_FROM = { sparsity: 520, saturation: 560, zigzag: 560, dyingRelu: 560, signal: 560 } as const;
