/**
 * A figure's controls, each stated once (in the figure's controls.ts): its hash key, the author
 * prop that sets where it starts, its label, its range or choices, its default, and how its value
 * reads. Everything else is derived from that one statement, so none of it can drift:
 *  - `readControl`: the build-time prop check (a bad prop fails the build with FigurePropError);
 *  - `controlSchema`: the URL hash schema (bounds and steps the hash reader clamps to);
 *  - `rangeRow` / `selectRow` / `radioRow`: the props of the build-time control rows;
 *  - `rangeText`: the printed value and aria-valuetext, at build time and live alike
 *    (FigureElement.describeControls uses it).
 */
import { assertFiniteInRange, FigurePropError } from './prop-errors';
import { assertWholeInRange, SEED_RANGE } from './whole-number-props';
import { formatNumber, formatNumberPlain } from './format';
import type { EnumField, FieldSpec, IntField, NumberField } from './url-state';

/** A slider. Its state (and hash) value is the slider position: the value, or log₁₀ of it on a log scale. */
export interface RangeSpec<K extends string = string> {
  readonly kind: 'range';
  /** Hash key and the input's `data-key`. */
  readonly key: K;
  /** The author prop that sets where it starts; build errors name it. */
  readonly prop: string;
  /** The visible label. */
  readonly label: string;
  /** Bounds and step of the slider position (log₁₀ units on a log scale). */
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** 'log': the slider moves log₁₀ of the value, and the prop is the value itself. Default 'linear'. */
  readonly scale?: 'linear' | 'log';
  /** Whole numbers only: the prop must be one, and the hash keeps whole numbers. */
  readonly whole?: boolean;
  /** The prop must sit on the slider's grid, min + k·step (a linear slider could not show it otherwise). */
  readonly onGrid?: boolean;
  /** The prop's default (the value, not its logarithm). */
  readonly default: number;
  /** The value as printed beside the slider. */
  display(value: number): string;
  /** The value as a screen reader says it (aria-valuetext), e.g. "1 layer". */
  valueText(value: number): string;
}

/** One value out of a few, as a `<select>` or a group of radio buttons. */
export interface ChoiceSpec<V extends string = string, K extends string = string> {
  readonly kind: 'select' | 'radio';
  readonly key: K;
  readonly prop: string;
  /** The visible label (the radio group's legend). */
  readonly label: string;
  readonly values: readonly V[];
  readonly default: V;
  /** How an option reads, e.g. "Leaky ReLU" for "leaky-relu". */
  optionLabel(value: V): string;
  /** Completes the build error for a value not in `values`, e.g. "is not an initialisation scheme". */
  readonly invalid: string;
}

/** The "New sample" button: a whole-number seed in SEED_RANGE, key and prop `seed`. */
export interface SeedSpec {
  readonly kind: 'seed';
  readonly key: 'seed';
  readonly prop: 'seed';
  readonly default: number;
  /** The row's label and the button's text, when not "Random seed" and "New sample". */
  readonly label?: string;
  readonly button?: string;
}

/** Any control. (The functions in a spec are methods, so a ChoiceSpec of specific values is still one.) */
export type ControlSpec = RangeSpec | ChoiceSpec | SeedSpec;

/** States a slider; `scale` defaults to linear. */
export function rangeControl<const K extends string>(spec: Omit<RangeSpec<K>, 'kind'>): RangeSpec<K> {
  return { kind: 'range', ...spec };
}

/** States a `<select>` or a radio group. */
export function choiceControl<const V extends string, const K extends string>(spec: ChoiceSpec<V, K>): ChoiceSpec<V, K> {
  return spec;
}

export function seedControl(defaultSeed: number, text: { label?: string; button?: string } = {}): SeedSpec {
  return { kind: 'seed', key: 'seed', prop: 'seed', default: defaultSeed, ...text };
}

/** How most sliders read: the value printed as a number, and spoken after its name ("initial bias 0.5"). */
export function namedNumber(name: string): Pick<RangeSpec, 'display' | 'valueText'> {
  return { display: (value) => formatNumber(value), valueText: (value) => `${name} ${formatNumberPlain(value)}` };
}

/** The value a slider position stands for (the position itself on a linear scale). */
export function valueAt(spec: RangeSpec, position: number): number {
  return spec.scale === 'log' ? 10 ** position : position;
}

/**
 * Checks an author's prop against its control and returns the control's starting state value
 * (the slider position, the choice, the seed); a missing prop gives the default. Throws
 * FigurePropError with the component and prop named.
 */
export function readControl(component: string, spec: RangeSpec, prop: unknown): number;
export function readControl<V extends string>(component: string, spec: ChoiceSpec<V>, prop: unknown): V;
export function readControl(component: string, spec: SeedSpec, prop: unknown): number;
export function readControl(component: string, spec: ControlSpec, prop: unknown): number | string {
  const value = prop ?? spec.default;
  switch (spec.kind) {
    case 'seed':
      assertWholeInRange(component, spec.prop, value, SEED_RANGE.min, SEED_RANGE.max);
      return value as number;
    case 'select':
    case 'radio':
      if (!(spec.values as readonly unknown[]).includes(value)) {
        throw new FigurePropError(component, spec.prop, `"${String(value)}" ${spec.invalid}`, spec.values);
      }
      return value as string;
    case 'range':
      if (spec.scale === 'log') {
        assertFiniteInRange(component, spec.prop, value, 10 ** spec.min, 10 ** spec.max);
        return Math.log10(value as number);
      }
      if (spec.whole) assertWholeInRange(component, spec.prop, value, spec.min, spec.max);
      else assertFiniteInRange(component, spec.prop, value, spec.min, spec.max);
      if (spec.onGrid) {
        const steps = ((value as number) - spec.min) / spec.step;
        if (Math.abs(steps - Math.round(steps)) > 1e-9) {
          throw new FigurePropError(component, spec.prop, `must be a multiple of ${spec.step} (the slider's step), got ${String(value)}`);
        }
      }
      return value as number;
  }
}

/** The hash field of one control, starting at `initial` (the config's state value). */
export function controlField(spec: ControlSpec, initial: number | string): FieldSpec {
  switch (spec.kind) {
    case 'seed':
      return { kind: 'int', min: SEED_RANGE.min, max: SEED_RANGE.max, default: initial as number };
    case 'select':
    case 'radio':
      return { kind: 'enum', values: spec.values, default: initial as string };
    case 'range':
      return spec.whole
        ? { kind: 'int', min: spec.min, max: spec.max, default: initial as number }
        : { kind: 'number', min: spec.min, max: spec.max, step: spec.step, default: initial as number };
  }
}

/** The hash field a control gives, by the control's type (so a figure's state is typed from its controls). */
type FieldOf<C> = C extends RangeSpec
  ? NumberField | IntField
  : C extends ChoiceSpec<infer V>
    ? EnumField<V>
    : C extends SeedSpec
      ? IntField
      : never;
type InitialOf<C> = C extends ChoiceSpec<infer V> ? V : number;

/** The hash schema of a list of controls, keyed by their keys. */
export type ControlSchema<Cs extends readonly ControlSpec[]> = { readonly [C in Cs[number] as C['key']]: FieldOf<C> };

/** The URL hash schema of a figure's controls, each starting at its value in `initial` (by key). */
export function controlSchema<const Cs extends readonly ControlSpec[]>(
  controls: Cs,
  initial: { readonly [C in Cs[number] as C['key']]: InitialOf<C> },
): ControlSchema<Cs> {
  const start = initial as Readonly<Record<string, number | string>>;
  return Object.fromEntries(controls.map((spec) => [spec.key, controlField(spec, start[spec.key]!)])) as ControlSchema<Cs>;
}

/** What a slider shows for a position: the printed value and its aria-valuetext. */
export function rangeText(spec: RangeSpec, position: number): { display: string; valueText: string } {
  const value = valueAt(spec, position);
  return { display: spec.display(value), valueText: spec.valueText(value) };
}

/** Props of RangeControl.astro for a slider at `position`; `id` is the input's id. */
export function rangeRow(spec: RangeSpec, id: string, position: number) {
  const { display, valueText } = rangeText(spec, position);
  return { id, label: spec.label, key: spec.key, min: spec.min, max: spec.max, step: spec.step, value: position, valueText, display };
}

/** Props of SelectControl.astro. */
export function selectRow<V extends string>(spec: ChoiceSpec<V>, id: string, selected: V) {
  return {
    id,
    label: spec.label,
    key: spec.key,
    options: spec.values.map((value) => ({ value, label: spec.optionLabel(value) })),
    selected,
  };
}

/** Props of ChoiceGroup.astro as radio buttons; `name` is the group's name, unique on the page. */
export function radioRow<V extends string>(spec: ChoiceSpec<V>, name: string, checked: V) {
  return {
    legend: spec.label,
    name,
    key: spec.key,
    type: 'radio' as const,
    options: spec.values.map((value) => ({ value, label: spec.optionLabel(value), checked: value === checked })),
  };
}
