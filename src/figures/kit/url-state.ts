/**
 * Figure state in the URL hash, so a link reproduces what a reader saw. Several figures
 * share one hash; each owns the keys that start with its id and a dot:
 *
 *   #explorer-1.x=2.5&explorer-1.act=sigmoid~tanh&dying.lr=0.3
 *
 * Reading never throws and always gives a complete, valid state: a missing, malformed or
 * out-of-range value becomes the field's default or is clamped. Rules worth knowing:
 *  - A hash with no `=` at all (`#references`) is a heading anchor, not state: reading ignores
 *    it, and writing keeps it unless this figure has something to write (a hash can only be
 *    one of the two; the anchor has already done its job of scrolling).
 *  - Only the first 2,000 characters are read (a figure writes well under 200, a formula
 *    field up to about 1,200); a key=value cut by that limit is dropped, not read truncated.
 *  - A repeated key: the first occurrence wins.
 *  - Keys and values are percent-decoded (a malformed escape is read as written); `+` is a
 *    plus, not a space. Enum and list values must not contain `~`; text values may contain anything.
 *  - Numbers are kept to 4 significant digits, or snapped to `step` when one is given.
 *  - A field's default is always accepted exactly as written in the schema, and fields at
 *    their default are left out of the hash, so the default view has a clean URL.
 */

export interface NumberField {
  readonly kind: 'number';
  /** Smallest value accepted; smaller ones are clamped. */
  readonly min: number;
  /** Largest value accepted; larger ones are clamped. */
  readonly max: number;
  /** Used when the hash has no valid value. */
  readonly default: number;
  /** Values snap to min + k·step, as a range input's do; without it 4 significant digits are kept. */
  readonly step?: number;
}

export interface IntField {
  readonly kind: 'int';
  /** Smallest value accepted (rounded up to a whole number). */
  readonly min: number;
  /** Largest value accepted (rounded down to a whole number). */
  readonly max: number;
  /** Used when the hash has no valid value. */
  readonly default: number;
}

export interface EnumField<V extends string = string> {
  readonly kind: 'enum';
  /** The values accepted, compared exactly (case matters). */
  readonly values: readonly V[];
  /** Used when the hash has no valid value. */
  readonly default: V;
}

export interface ListField<V extends string = string> {
  readonly kind: 'list';
  /** The items accepted; others are dropped. */
  readonly values: readonly V[];
  /** Used when the hash has no valid item. */
  readonly default: readonly V[];
  /** Items beyond this many are dropped. */
  readonly maxLength: number;
}

export interface BooleanField {
  readonly kind: 'boolean';
  /** Used when the hash has no valid value; written as 1 or 0. */
  readonly default: boolean;
}

/**
 * Free text such as a formula. Anything too long, or rejected by `check`, becomes the default:
 * the hash is reader-controlled, so a figure states here what it accepts.
 */
export interface TextField {
  readonly kind: 'text';
  /** Longest value accepted, in UTF-16 code units; longer ones become the default. */
  readonly maxLength: number;
  /** Used when the hash has no valid value. */
  readonly default: string;
  /** Whether a value is acceptable, e.g. "parses as a formula"; a rejected (or throwing) check gives the default. */
  readonly check?: (text: string) => boolean;
}

export type FieldSpec = NumberField | IntField | EnumField | ListField | BooleanField | TextField;

/** A figure's state fields by name (the part after "<figure id>." in the hash). */
export type StateSchema = Readonly<Record<string, FieldSpec>>;

/** The value type a field parses to. */
export type FieldValue<F extends FieldSpec> = F extends { readonly kind: 'number' | 'int' }
  ? number
  : F extends { readonly kind: 'boolean' }
    ? boolean
    : F extends { readonly kind: 'text' }
      ? string
      : F extends { readonly kind: 'enum'; readonly values: readonly (infer V)[] }
        ? V
        : F extends { readonly kind: 'list'; readonly values: readonly (infer V)[] }
          ? readonly V[]
          : never;

/** The complete state a schema describes, e.g. `{ x: number; act: readonly ('relu' | 'tanh')[] }`. */
export type StateOf<S extends StateSchema> = { -readonly [K in keyof S]: FieldValue<S[K]> };

/** Returns the schema unchanged, typed so enum and list values keep their literal types. */
export function defineSchema<const S extends StateSchema>(schema: S): S {
  return schema;
}

const MAX_HASH_LENGTH = 2000;
const SIGNIFICANT_DIGITS = 4;
/** Decimal numbers only: no hex, no "Infinity", no empty string (all of which Number() accepts). */
const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

interface Token {
  /** The token as it appeared, kept verbatim when another figure's key is rewritten. */
  readonly raw: string;
  /** Decoded key, or null for a token without "=". */
  readonly key: string | null;
  readonly value: string;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function encode(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    // encodeURIComponent throws on a lone surrogate; replace it with U+FFFD, as a browser would.
    return encodeURIComponent(text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'));
  }
}

function tokenize(hash: string): Token[] {
  const whole = hash.startsWith('#') ? hash.slice(1) : hash;
  let body = whole.slice(0, MAX_HASH_LENGTH);
  // A token running past the limit would be read cut short (a formula "x*22" as "x*2"): drop it.
  if (whole.length > MAX_HASH_LENGTH && whole[MAX_HASH_LENGTH] !== '&') body = body.slice(0, Math.max(0, body.lastIndexOf('&')));
  const tokens: Token[] = [];
  for (const raw of body.split('&')) {
    if (raw === '') continue;
    const eq = raw.indexOf('=');
    tokens.push(eq < 0 ? { raw, key: null, value: '' } : { raw, key: decode(raw.slice(0, eq)), value: decode(raw.slice(eq + 1)) });
  }
  return tokens;
}

function clamp(v: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, v));
}

/** Decimal places a number is written with: 0.001 → 3, 2.5e-7 → 8. */
function decimalsOf(v: number): number {
  const [mantissa = '', exponent = '0'] = String(Math.abs(v)).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

/**
 * Clamp, round, clamp again. Rounding is monotone, so the result is stable: normalising it
 * again changes nothing, which is what makes write-then-read return the same state.
 */
function normalizeNumber(spec: NumberField, v: number): number {
  if (v === spec.default) return v;
  const clamped = clamp(v, spec.min, spec.max);
  let rounded: number;
  if (spec.step !== undefined && spec.step > 0 && Number.isFinite(spec.step)) {
    const origin = Number.isFinite(spec.min) ? spec.min : 0;
    const snapped = origin + Math.round((clamped - origin) / spec.step) * spec.step;
    // Snapping adds float noise (−8 + 103·0.1 = 2.3000000000000007); the step's own decimals remove it.
    rounded = Number(snapped.toFixed(Math.min(20, Math.max(decimalsOf(spec.step), decimalsOf(origin)))));
  } else {
    rounded = Number(clamped.toPrecision(SIGNIFICANT_DIGITS));
  }
  return clamp(rounded, spec.min, spec.max) + 0; // + 0 turns −0 into 0
}

function normalizeInt(spec: IntField, v: number): number {
  if (v === spec.default) return v;
  const min = Math.ceil(spec.min);
  const max = Math.floor(spec.max);
  return clamp(Math.round(clamp(v, min, max)), min, max) + 0;
}

function normalizeList(spec: ListField, items: readonly unknown[]): string[] {
  const kept: string[] = [];
  for (const item of items) {
    if (kept.length >= spec.maxLength) break;
    if (typeof item === 'string' && spec.values.includes(item) && !kept.includes(item)) kept.push(item);
  }
  return kept.length > 0 ? kept : [...spec.default];
}

function normalizeText(spec: TextField, text: string): string {
  if (text.length > spec.maxLength) return spec.default;
  try {
    return spec.check === undefined || spec.check(text) ? text : spec.default;
  } catch {
    return spec.default;
  }
}

function defaultOf(spec: FieldSpec): unknown {
  return spec.kind === 'list' ? [...spec.default] : spec.default;
}

/** A value as the schema allows it; anything of the wrong type becomes the default. */
function normalizeValue(spec: FieldSpec, value: unknown): unknown {
  switch (spec.kind) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? normalizeNumber(spec, value) : spec.default;
    case 'int':
      return typeof value === 'number' && Number.isFinite(value) ? normalizeInt(spec, value) : spec.default;
    case 'enum':
      return typeof value === 'string' && spec.values.includes(value) ? value : spec.default;
    case 'list':
      return Array.isArray(value) ? normalizeList(spec, value) : [...spec.default];
    case 'boolean':
      return typeof value === 'boolean' ? value : spec.default;
    case 'text':
      return typeof value === 'string' ? normalizeText(spec, value) : spec.default;
  }
}

/** A value as it appears in the hash (already decoded) → the field's value. */
function parseValue(spec: FieldSpec, text: string): unknown {
  switch (spec.kind) {
    case 'number':
    case 'int':
      return normalizeValue(spec, DECIMAL.test(text) ? Number(text) : NaN);
    case 'enum':
      return normalizeValue(spec, text);
    case 'list':
      return normalizeList(spec, text.split('~'));
    case 'boolean':
      return text === '1' || text === 'true' ? true : text === '0' || text === 'false' ? false : spec.default;
    case 'text':
      return normalizeText(spec, text);
  }
}

function serializeValue(value: unknown): string {
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (Array.isArray(value)) return value.join('~');
  if (typeof value === 'string') return value;
  // String() of a double reads back to the same double; "1e+21" → "1e21" is just shorter.
  return String(value).replace('e+', 'e');
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => item === b[i]);
  return a === b;
}

/**
 * Every field of the schema, each valid: the values given where the schema allows them
 * (clamped and rounded as the hash would store them), defaults elsewhere.
 */
export function normalizeFigureState<S extends StateSchema>(schema: S, state: Readonly<Partial<StateOf<S>>>): StateOf<S> {
  const given = state as Readonly<Record<string, unknown>>;
  // fromEntries defines own properties, so even a field named "__proto__" cannot reach a prototype.
  return Object.fromEntries(
    Object.entries(schema).map(([field, spec]) => [
      field,
      Object.hasOwn(given, field) ? normalizeValue(spec, given[field]) : defaultOf(spec),
    ]),
  ) as StateOf<S>;
}

/** The state of figure `figureId` in `hash` (with or without its "#"): complete and valid, for any string. */
export function readFigureState<S extends StateSchema>(hash: string, figureId: string, schema: S): StateOf<S> {
  const prefix = `${figureId}.`;
  // A Map, not an object: field names come from the URL.
  const found = new Map<string, string>();
  for (const token of tokenize(hash)) {
    if (token.key === null || !token.key.startsWith(prefix)) continue;
    const field = token.key.slice(prefix.length);
    if (Object.hasOwn(schema, field) && !found.has(field)) found.set(field, token.value);
  }
  return Object.fromEntries(
    Object.entries(schema).map(([field, spec]) => {
      const text = found.get(field);
      return [field, text === undefined ? defaultOf(spec) : parseValue(spec, text)];
    }),
  ) as StateOf<S>;
}

/**
 * The hash after storing this figure's state: its old keys (including ones the schema no
 * longer has) are replaced in place, other figures' keys are kept verbatim, and fields at
 * their default are left out. Returns "" when nothing remains, else a string starting "#".
 */
export function writeFigureState<S extends StateSchema>(
  hash: string,
  figureId: string,
  schema: S,
  state: Readonly<Partial<StateOf<S>>>,
): string {
  const normalized = normalizeFigureState(schema, state) as Record<string, unknown>;
  const own: string[] = [];
  for (const [field, spec] of Object.entries(schema)) {
    const value = normalized[field];
    if (!sameValue(value, spec.default)) own.push(`${encode(`${figureId}.${field}`)}=${encode(serializeValue(value))}`);
  }
  const tokens = tokenize(hash);
  if (tokens.length > 0 && tokens.every((t) => t.key === null)) {
    // A plain anchor: kept while there is nothing to write, replaced once there is.
    if (own.length > 0) return `#${own.join('&')}`;
    return hash.startsWith('#') ? hash : `#${hash}`;
  }
  const prefix = `${figureId}.`;
  const kept: string[] = [];
  let insertAt = -1;
  for (const token of tokens) {
    if (token.key !== null && token.key.startsWith(prefix)) {
      if (insertAt < 0) insertAt = kept.length;
    } else {
      kept.push(token.raw);
    }
  }
  kept.splice(insertAt < 0 ? kept.length : insertAt, 0, ...own);
  return kept.length > 0 ? `#${kept.join('&')}` : '';
}
