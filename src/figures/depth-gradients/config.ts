/**
 * What a DepthGradients figure is configured with, shared by the build-time component (which
 * validates an author's props) and the custom element (which reads it from `data-config` and
 * from the URL hash). Anything an author or a URL can get wrong is checked here.
 */
import { DEPTH_ACTIVATIONS, DEPTH_LIMITS, type DepthActivation } from '../../lib/experiments/depth';
import { INIT_SCHEMES, type InitScheme } from '../../lib/experiments/mlp';
import { defineSchema } from '../kit/url-state';
import { FigurePropError } from '../kit/prop-errors';
import { assertWholeInRange, SEED_RANGE } from '../kit/whole-number-props';

export interface DepthGradientsConfig {
  /** Unique on the page; namespaces the URL state. */
  readonly id: string;
  readonly depth: number;
  readonly activation: DepthActivation;
  readonly init: InitScheme;
  readonly seed: number;
  /** Units per layer. */
  readonly layerWidth: number;
  readonly samples: number;
}

export interface DepthGradientsProps {
  id?: string;
  /** Layers, 1…30. Default 20. */
  depth?: number;
  /** "sigmoid" (default), "tanh", "relu" or "leaky-relu". */
  activation?: string;
  /** "naive", "glorot" (default) or "he". */
  init?: string;
  /** Which random network to draw first, a whole number 1…999999. Default 1. */
  seed?: number;
  /** Units per layer, 2…64. Default 32. */
  layerWidth?: number;
  /** Random inputs averaged over, 1…16. Default 4. */
  samples?: number;
}

/** Inside the experiment's DEPTH_LIMITS, and small enough that a redraw stays well inside a frame. */
export const DEPTH_FIGURE_LIMITS = {
  depth: DEPTH_LIMITS.depth,
  layerWidth: { min: 2, max: 64 },
  samples: { min: 1, max: 16 },
} as const;
const COMPONENT = 'DepthGradients';

export function depthGradientsConfig(props: DepthGradientsProps): DepthGradientsConfig {
  const activation = props.activation ?? 'sigmoid';
  if (!(DEPTH_ACTIVATIONS as readonly string[]).includes(activation)) {
    throw new FigurePropError(COMPONENT, 'activation', `"${activation}" is not one this figure can show`, DEPTH_ACTIVATIONS);
  }
  const init = props.init ?? 'glorot';
  if (!(INIT_SCHEMES as readonly string[]).includes(init)) {
    throw new FigurePropError(COMPONENT, 'init', `"${init}" is not an initialisation scheme`, INIT_SCHEMES);
  }
  const depth = props.depth ?? 20;
  assertWholeInRange(COMPONENT, 'depth', depth, DEPTH_FIGURE_LIMITS.depth.min, DEPTH_FIGURE_LIMITS.depth.max);
  const seed = props.seed ?? 1;
  assertWholeInRange(COMPONENT, 'seed', seed, SEED_RANGE.min, SEED_RANGE.max);
  const layerWidth = props.layerWidth ?? 32;
  assertWholeInRange(COMPONENT, 'layerWidth', layerWidth, DEPTH_FIGURE_LIMITS.layerWidth.min, DEPTH_FIGURE_LIMITS.layerWidth.max);
  const samples = props.samples ?? 4;
  assertWholeInRange(COMPONENT, 'samples', samples, DEPTH_FIGURE_LIMITS.samples.min, DEPTH_FIGURE_LIMITS.samples.max);
  return {
    id: props.id ?? 'depth-gradients',
    depth,
    activation: activation as DepthActivation,
    init: init as InitScheme,
    seed,
    layerWidth,
    samples,
  };
}

/** Hash keys: `depth`, `act`, `init`, `seed`. */
export function depthGradientsSchema(config: DepthGradientsConfig) {
  return defineSchema({
    depth: { kind: 'int', min: DEPTH_FIGURE_LIMITS.depth.min, max: DEPTH_FIGURE_LIMITS.depth.max, default: config.depth },
    act: { kind: 'enum', values: DEPTH_ACTIVATIONS, default: config.activation },
    init: { kind: 'enum', values: INIT_SCHEMES, default: config.init },
    seed: { kind: 'int', min: SEED_RANGE.min, max: SEED_RANGE.max, default: config.seed },
  });
}
