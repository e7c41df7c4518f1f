/**
 * What an ActivationExplorer is configured with, shared by the build-time component (which
 * validates an author's props) and the custom element (which reads it from `data-config` and
 * from the URL hash). Anything an author or a URL can get wrong is checked here.
 */
import { ACTIVATION_IDS, getActivation } from '../../lib/activations/functions';
import type { ParamValues } from '../../lib/activations/types';
import { ACTIVATION_VIEW_DEFAULTS } from '../../lib/activations/view';
import type { StateSchema } from '../kit/url-state';
import { assertFiniteInRange, FigurePropError, readFigureId } from '../kit/prop-errors';
import { controlField, readControl } from '../kit/controls';
import type { FormatId } from '../../lib/precision/formats';
import { FORMAT_CONTROL, paramControl, paramKey, probeControl, THRESHOLD_CONTROL } from './controls';

export interface ExplorerConfig {
  /** Unique on the page; namespaces the URL state and SVG ids. */
  readonly id: string;
  /** Functions shown at first. */
  readonly activations: readonly string[];
  /** Functions a reader may switch on (compare mode); equals `activations` otherwise. */
  readonly choices: readonly string[];
  readonly compare: boolean;
  readonly domain: readonly [number, number];
  readonly x: number;
  readonly threshold: number;
  /** Initial parameter values by activation id, complete for every choice with parameters. */
  readonly params: Readonly<Record<string, ParamValues>>;
  /** The number format the curves are computed in at first (float64: the registry's own values). */
  readonly format: FormatId;
}

export interface ExplorerProps {
  /** One registry id or several to overlay, e.g. "sigmoid" or ["sigmoid", "tanh"]. */
  activation: string | readonly string[];
  id?: string;
  x?: number;
  domain?: readonly [number, number];
  /** Saturation threshold as a share of peak slope: 0.01 means 1%. */
  threshold?: number;
  params?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Let the reader choose which registry functions to overlay. */
  compare?: boolean;
  /** Number format to compute in at first, e.g. "bfloat16"; default "float64". */
  format?: FormatId;
}

const COMPONENT = 'ActivationExplorer';

/** Turns an author's props into a complete config, or fails the build saying what is wrong. */
export function explorerConfig(props: ExplorerProps): ExplorerConfig {
  const ids = (Array.isArray(props.activation) ? props.activation : [props.activation]) as readonly string[];
  if (ids.length === 0) throw new FigurePropError(COMPONENT, 'activation', 'needs at least one name', ACTIVATION_IDS);
  for (const id of ids) {
    if (!ACTIVATION_IDS.includes(id)) {
      throw new FigurePropError(COMPONENT, 'activation', `"${id}" is not an activation in the registry`, ACTIVATION_IDS);
    }
  }
  const domain = props.domain ?? ACTIVATION_VIEW_DEFAULTS.domain;
  assertFiniteInRange(COMPONENT, 'domain[0]', domain[0], -1000, 999);
  assertFiniteInRange(COMPONENT, 'domain[1]', domain[1], domain[0] + 0.001, 1000);
  const x = readControl(COMPONENT, probeControl(domain), props.x);
  const threshold = readControl(COMPONENT, THRESHOLD_CONTROL, props.threshold);

  const compare = props.compare ?? false;
  const choices = compare ? [...new Set([...ids, ...ACTIVATION_IDS])] : [...new Set(ids)];
  const params: Record<string, ParamValues> = {};
  for (const [id, values] of Object.entries(props.params ?? {})) {
    if (!choices.includes(id)) {
      throw new FigurePropError(COMPONENT, `params.${id}`, `sets parameters of "${id}", which this figure does not show`, choices);
    }
    const specs = getActivation(id).params;
    for (const [name, value] of Object.entries(values)) {
      if (!specs[name])
        throw new FigurePropError(COMPONENT, `params.${id}.${name}`, `"${id}" has no parameter "${name}"`, Object.keys(specs));
      readControl(COMPONENT, paramControl(id, name), value);
    }
  }
  for (const id of choices) {
    const specs = getActivation(id).params;
    if (Object.keys(specs).length === 0) continue;
    params[id] = Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, props.params?.[id]?.[name] ?? spec.default]));
  }
  const format = readControl(COMPONENT, FORMAT_CONTROL, props.format);
  return {
    id: readFigureId(COMPONENT, props.id, `explorer-${[...new Set(ids)].join('-')}`),
    activations: [...new Set(ids)],
    choices,
    compare,
    domain,
    x,
    threshold,
    params,
    format,
  };
}

/** Hash keys: `x`, `t`, `fmt`, `act` (compare mode) and one `<id>-<param>` per parameter. */
export function explorerSchema(config: ExplorerConfig): StateSchema {
  const schema: Record<string, StateSchema[string]> = {
    // No step: dragging the probe on the plot sets x between the slider's steps.
    x: { kind: 'number', min: config.domain[0], max: config.domain[1], default: config.x },
    [THRESHOLD_CONTROL.key]: controlField(THRESHOLD_CONTROL, config.threshold),
    [FORMAT_CONTROL.key]: controlField(FORMAT_CONTROL, config.format),
  };
  if (config.compare) {
    schema.act = { kind: 'list', values: config.choices, default: config.activations, maxLength: config.choices.length };
  }
  for (const [id, values] of Object.entries(config.params)) {
    for (const [name, value] of Object.entries(values)) schema[paramKey(id, name)] = controlField(paramControl(id, name), value);
  }
  return schema;
}
