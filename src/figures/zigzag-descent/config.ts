/**
 * What a ZigzagDescent figure is configured with, shared by the build-time component (which
 * validates an author's props) and the custom element (which reads it from `data-config` and
 * from the URL hash). Anything an author or a URL can get wrong is checked here.
 */
import { ZIGZAG_LIMITS } from '../../lib/experiments/zigzag';
import { LEARNING_RATE_RANGE } from './model';
import { defineSchema } from '../kit/url-state';
import { assertFiniteInRange } from '../kit/prop-errors';
import { assertWholeInRange, SEED_RANGE } from '../kit/whole-number-props';

export interface ZigzagDescentConfig {
  /** Unique on the page; namespaces the URL state and SVG ids. */
  readonly id: string;
  readonly batchSize: number;
  readonly learningRate: number;
  readonly seed: number;
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

export const BATCH_RANGE = ZIGZAG_LIMITS.batchSize;
const COMPONENT = 'ZigzagDescent';

export function zigzagDescentConfig(props: ZigzagDescentProps): ZigzagDescentConfig {
  const batchSize = props.batchSize ?? 1;
  assertWholeInRange(COMPONENT, 'batchSize', batchSize, BATCH_RANGE.min, BATCH_RANGE.max);
  const learningRate = props.learningRate ?? 0.5;
  assertFiniteInRange(COMPONENT, 'learningRate', learningRate, LEARNING_RATE_RANGE.min, LEARNING_RATE_RANGE.max);
  const seed = props.seed ?? 1;
  assertWholeInRange(COMPONENT, 'seed', seed, SEED_RANGE.min, SEED_RANGE.max);
  return { id: props.id ?? 'zigzag-descent', batchSize, learningRate, seed };
}

/** Hash keys: `batch`, `lr`, `seed`. */
export function zigzagDescentSchema(config: ZigzagDescentConfig) {
  return defineSchema({
    batch: { kind: 'int', min: BATCH_RANGE.min, max: BATCH_RANGE.max, default: config.batchSize },
    lr: { kind: 'number', min: LEARNING_RATE_RANGE.min, max: LEARNING_RATE_RANGE.max, step: LEARNING_RATE_RANGE.step, default: config.learningRate },
    seed: { kind: 'int', min: SEED_RANGE.min, max: SEED_RANGE.max, default: config.seed },
  });
}
