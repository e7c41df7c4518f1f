/**
 * What a DepthGradients figure is configured with, shared by the build-time component (which
 * validates an author's props) and the custom element (which reads it from `data-config` and
 * from the URL hash). Anything an author or a URL can get wrong is checked here.
 */
import { DEPTH_FIGURE_DEFAULTS } from '../../lib/experiments/depth';
import type { DepthGradientsOptions } from './model';
import { controlSchema, readControl } from '../kit/controls';
import { readFigureId } from '../kit/prop-errors';
import { readWholeProp } from '../kit/whole-number-props';
import { FORMULA_FIELDS } from '../kit/reader-formula';
import { ACTIVATION_CONTROL, DEPTH_CONTROL, DEPTH_GRADIENTS_CONTROLS, INIT_CONTROL, SEED_CONTROL } from './controls';

/** The model's network settings (all but the drawing size), and the figure's id. */
export interface DepthGradientsConfig extends Omit<DepthGradientsOptions, 'width' | 'height'> {
  /** Unique on the page; namespaces the URL state. */
  readonly id: string;
  /** Whether the figure takes the formula typed into the Lab on its page. */
  readonly followLab: boolean;
}

export interface DepthGradientsProps {
  id?: string;
  /** Layers, 1…30. Default 20. */
  depth?: number;
  /** "sigmoid" (default), "sigmoid-scaled", "sigmoid-centred", "tanh", "relu" or "leaky-relu". */
  activation?: string;
  /** "naive", "glorot" (default) or "he". */
  init?: string;
  /** Which random network to draw first, a whole number 1…999999. Default 1. */
  seed?: number;
  /** Units per layer, 2…64. Default 32. */
  layerWidth?: number;
  /** Random inputs averaged over, 1…16. Default 4. */
  samples?: number;
  /** Run the network on the formula typed into the Lab on the same page. Default false. */
  followLab?: boolean;
}

/** Inside the experiment's DEPTH_LIMITS, and small enough that a redraw stays well inside a frame. */
export const DEPTH_FIGURE_LIMITS = {
  layerWidth: { min: 2, max: 64 },
  samples: { min: 1, max: 16 },
} as const;
const COMPONENT = 'DepthGradients';

export function depthGradientsConfig(props: DepthGradientsProps): DepthGradientsConfig {
  const activation = readControl(COMPONENT, ACTIVATION_CONTROL, props.activation);
  const init = readControl(COMPONENT, INIT_CONTROL, props.init);
  const depth = readControl(COMPONENT, DEPTH_CONTROL, props.depth);
  const seed = readControl(COMPONENT, SEED_CONTROL, props.seed);
  const layerWidth = readWholeProp(COMPONENT, 'layerWidth', props.layerWidth, DEPTH_FIGURE_DEFAULTS.width, DEPTH_FIGURE_LIMITS.layerWidth);
  const samples = readWholeProp(COMPONENT, 'samples', props.samples, DEPTH_FIGURE_DEFAULTS.samples, DEPTH_FIGURE_LIMITS.samples);
  const id = readFigureId(COMPONENT, props.id, 'depth-gradients');
  return { id, depth, activation, init, seed, layerWidth, samples, followLab: props.followLab === true };
}

/** Hash keys: `depth`, `act`, `init`, `seed`, and a reader's formula `f` with its declarations `p`. */
export function depthGradientsSchema(config: DepthGradientsConfig) {
  return {
    ...controlSchema(DEPTH_GRADIENTS_CONTROLS, { depth: config.depth, act: config.activation, init: config.init, seed: config.seed }),
    ...FORMULA_FIELDS,
  };
}
