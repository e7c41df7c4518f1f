/**
 * What a SignalDepth figure is configured with, shared by the build-time component (which checks
 * an author's props) and the custom element (which reads it from `data-config` and the hash).
 */
import { controlSchema, readControl } from '../kit/controls';
import { readFigureId } from '../kit/prop-errors';
import type { SeedSpread } from '../../lib/signal/measured';
import {
  ACTIVATION_CONTROL,
  DEPTH_CONTROL,
  SEED_CONTROL,
  SIGMA_B2_CONTROL,
  SIGMA_W2_CONTROL,
  SIGNAL_DEPTH_CONTROLS,
  WIDTH_CONTROL,
  type WidthChoice,
} from './controls';

/** Where the figure starts; also the state the build measures so the page needs no compute to show it. */
export interface SignalDepthStart {
  readonly sigmaW2: number;
  readonly sigmaB2: number;
  readonly depth: number;
  readonly width: WidthChoice;
  readonly activation: string;
  readonly seed: number;
}

export interface SignalDepthConfig extends SignalDepthStart {
  /** Unique on the page; namespaces the URL state, and a PhaseDiagram's `for` names it. */
  readonly id: string;
  /** The measurement of the starting state, made at build time (null until the component adds it). */
  readonly measured: SeedSpread | null;
}

export interface SignalDepthProps {
  id?: string;
  /** σ_w², 0.1…4 on a 0.01 grid. Default 2 (He for ReLU). */
  sigmaW2?: number;
  /** σ_b², 0…0.5 on a 0.01 grid. Default 0. */
  sigmaB2?: number;
  /** Layers, 1…50. Default 20. */
  depth?: number;
  /** Units per layer: 8, 32, 128 (default) or 512. */
  width?: number;
  /** A registry id. Default "relu". */
  activation?: string;
  /** Which networks to draw first (this seed and the next three), 1…999999. Default 1. */
  seed?: number;
}

const COMPONENT = 'SignalDepth';

export function signalDepthConfig(props: SignalDepthProps): Omit<SignalDepthConfig, 'measured'> {
  const grid = { ...SIGMA_W2_CONTROL, onGrid: true };
  return {
    id: readFigureId(COMPONENT, props.id, 'signal-depth'),
    sigmaW2: readControl(COMPONENT, grid, props.sigmaW2),
    sigmaB2: readControl(COMPONENT, { ...SIGMA_B2_CONTROL, onGrid: true }, props.sigmaB2),
    depth: readControl(COMPONENT, DEPTH_CONTROL, props.depth),
    width: readControl(COMPONENT, WIDTH_CONTROL, props.width === undefined ? undefined : String(props.width)),
    activation: readControl(COMPONENT, ACTIVATION_CONTROL, props.activation),
    seed: readControl(COMPONENT, SEED_CONTROL, props.seed),
  };
}

/** Hash keys: `w2`, `b2`, `depth`, `width`, `act`, `seed`. */
export function signalDepthSchema(config: SignalDepthStart) {
  return controlSchema(SIGNAL_DEPTH_CONTROLS, {
    w2: config.sigmaW2,
    b2: config.sigmaB2,
    depth: config.depth,
    width: config.width,
    act: config.activation,
    seed: config.seed,
  });
}
