/**
 * What a ZigzagDescent figure is configured with, shared by the build-time component (which
 * validates an author's props) and the custom element (which reads it from `data-config` and
 * from the URL hash). Anything an author or a URL can get wrong is checked here.
 */
import type { ZigzagDescentOptions } from './model';
import { controlSchema, readControl } from '../kit/controls';
import { readFigureId } from '../kit/prop-errors';
import { BATCH_CONTROL, LEARNING_RATE_CONTROL, SEED_CONTROL, ZIGZAG_DESCENT_CONTROLS } from './controls';

/** The model's run settings, and the figure's id. */
export interface ZigzagDescentConfig extends Pick<ZigzagDescentOptions, 'batchSize' | 'learningRate' | 'seed'> {
  /** Unique on the page; namespaces the URL state and SVG ids. */
  readonly id: string;
}

export interface ZigzagDescentProps {
  id?: string;
  /** Examples averaged per update, 1…64. Default 1. */
  batchSize?: number;
  /** Step size as a fraction of each dataset's largest safe step, 0.05…1. Default 0.5. */
  learningRate?: number;
  /** Which random dataset and batch order to draw first, a whole number 1…999999. Default 1. */
  seed?: number;
}

const COMPONENT = 'ZigzagDescent';

export function zigzagDescentConfig(props: ZigzagDescentProps): ZigzagDescentConfig {
  const batchSize = readControl(COMPONENT, BATCH_CONTROL, props.batchSize);
  const learningRate = readControl(COMPONENT, LEARNING_RATE_CONTROL, props.learningRate);
  const seed = readControl(COMPONENT, SEED_CONTROL, props.seed);
  return { id: readFigureId(COMPONENT, props.id, 'zigzag-descent'), batchSize, learningRate, seed };
}

/** Hash keys: `batch`, `lr`, `seed`. */
export function zigzagDescentSchema(config: ZigzagDescentConfig) {
  return controlSchema(ZIGZAG_DESCENT_CONTROLS, { batch: config.batchSize, lr: config.learningRate, seed: config.seed });
}
