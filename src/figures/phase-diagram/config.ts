/** What a PhaseDiagram figure is configured with (checked at build time, read live from `data-config`). */
import { controlSchema, readControl } from '../kit/controls';
import { FigurePropError, readFigureId } from '../kit/prop-errors';
import { ACTIVATION_CONTROL, CURSOR_B2, CURSOR_W2, PHASE_DIAGRAM_CONTROLS } from './controls';

export interface PhaseDiagramConfig {
  /** Unique on the page; namespaces the URL state. */
  readonly id: string;
  readonly activation: string;
  /** Where the cursor starts. */
  readonly sigmaW2: number;
  readonly sigmaB2: number;
  /** Id of a SignalDepth figure on the same page whose σ_w², σ_b² and activation a click sets; null for none. */
  readonly for: string | null;
}

export interface PhaseDiagramProps {
  id?: string;
  /** A registry id. Default "tanh". */
  activation?: string;
  /** The cursor's σ_w², 0.5…4 on a 0.01 grid. Default 1. */
  sigmaW2?: number;
  /** The cursor's σ_b², 0…0.5 on a 0.01 grid. Default 0. */
  sigmaB2?: number;
  /** Id of the SignalDepth figure a click drives. */
  for?: string;
}

const COMPONENT = 'PhaseDiagram';

export function phaseDiagramConfig(props: PhaseDiagramProps): PhaseDiagramConfig {
  if (props.for !== undefined && !(typeof props.for === 'string' && /^[A-Za-z][\w-]*$/.test(props.for))) {
    throw new FigurePropError(
      COMPONENT,
      'for',
      `must be the id of a SignalDepth figure (a letter, then letters, digits, "-" or "_"), got ${JSON.stringify(props.for)}`,
    );
  }
  return {
    id: readFigureId(COMPONENT, props.id, 'phase-diagram'),
    activation: readControl(COMPONENT, ACTIVATION_CONTROL, props.activation),
    sigmaW2: readControl(COMPONENT, { ...CURSOR_W2, onGrid: true }, props.sigmaW2),
    sigmaB2: readControl(COMPONENT, { ...CURSOR_B2, onGrid: true }, props.sigmaB2),
    for: props.for ?? null,
  };
}

/** Hash keys: `act`, `w2`, `b2`. */
export function phaseDiagramSchema(config: PhaseDiagramConfig) {
  return controlSchema(PHASE_DIAGRAM_CONTROLS, { act: config.activation, w2: config.sigmaW2, b2: config.sigmaB2 });
}
