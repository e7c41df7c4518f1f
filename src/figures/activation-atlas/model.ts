/**
 * The ActivationAtlas as a pure function: a list of registry entries in, one small-multiple
 * card (a scene with f solid and f′ dashed on a shared x range, plus a sentence describing it)
 * and one properties-table row per entry out. The atlas is static, so this runs only at build
 * time; it takes the entries as an argument (the component passes `ACTIVATIONS`), so a new
 * registry entry appears in the atlas without any edit here, and tests can pass their own list.
 */
import type { DataTable } from '../kit/figure-view';
import type { Activation, ParamValues } from '../../lib/activations/types';
import { defaultParams } from '../../lib/activations/functions';
import { createFrame } from '../kit/frame';
import { axesNodes, clipNode } from '../kit/axes-nodes';
import { functionPath } from '../kit/geometry';
import { formatNumber } from '../kit/format';
import type { Scene, SceneNode } from '../kit/scene';

export interface AtlasOptions {
  /** Registry entries, one card and one table row each, in this order. */
  readonly activations: readonly Activation[];
  /** The x range every card shares, so shapes can be compared card to card. */
  readonly domain: readonly [number, number];
  /** Pixel size of each card's SVG (its viewBox; CSS scales it to the card). */
  readonly width: number;
  readonly height: number;
  /** Prefix for ids in the scenes (clip paths), unique on the page. */
  readonly idPrefix: string;
}

export interface AtlasCard {
  readonly id: string;
  readonly name: string;
  /** TeX for the whole formula, `f(x) = …`, ready for KaTeX. */
  readonly tex: string;
  /**
   * The same formula in lines to typeset one under the other: the definition, then any
   * "where" clause the entry appends after `,\quad` (SELU's λ ≈ …, α ≈ …), so a narrow card
   * never breaks a formula in the middle of a constant.
   */
  readonly texLines: readonly string[];
  readonly scene: Scene;
  /** What the small plot shows, in words, for its aria-label. */
  readonly description: string;
  /** The y range drawn (both curves fit inside it). */
  readonly yDomain: readonly [number, number];
}

export interface AtlasRow {
  readonly id: string;
  readonly name: string;
  /** Plain-text range, e.g. "(0, 1)". */
  readonly range: string;
  /** The range in pieces that must not wrap inside: "(−λα, ∞) ≈ (−1.758, ∞)" → ["(−λα, ∞)", "≈ (−1.758, ∞)"]. */
  readonly rangeParts: readonly string[];
  readonly monotonic: string;
  readonly zeroCentred: string;
  /** "both", "left", "right" or "neither". */
  readonly saturates: string;
  /** Smoothness class as a base and a superscript: C + "0" | "1" | "∞", and what that means. */
  readonly continuity: { readonly sup: string; readonly words: string };
  /**
   * One per kink: the value the registry's f′ takes there, e.g. "f′(0) = 0", and the note
   * saying whose convention that is. Empty when f is differentiable everywhere.
   */
  readonly kinks: readonly { readonly value: string; readonly note: string }[];
  /** One per parameter: its default, e.g. "α = 0.01", and what it does, e.g. "negative slope". Empty when there are none. */
  readonly params: readonly { readonly value: string; readonly meaning: string }[];
}

export interface AtlasResult {
  readonly cards: readonly AtlasCard[];
  readonly rows: readonly AtlasRow[];
  /** The properties of every function, one row each, as plain text (the Data table and CSV). */
  readonly data: DataTable;
}

export const ATLAS_DOMAIN = [-4, 4] as const;
const MARGIN = { top: 8, right: 8, bottom: 20, left: 32 } as const;
const SAMPLES = 161;

export function atlasModel(options: AtlasOptions): AtlasResult {
  const rows = options.activations.map(propertiesRow);
  return {
    cards: options.activations.map((a) => atlasCard(a, options)),
    rows,
    data: {
      caption: 'Properties of each activation function at its default parameters',
      columns: ['function', 'range', 'monotonic', 'zero-centred', 'saturates', 'continuity', 'slope at kinks', 'parameters'],
      rows: rows.map((r) => [
        r.name,
        r.range,
        r.monotonic,
        r.zeroCentred,
        r.saturates,
        `C${r.continuity.sup} (${r.continuity.words})`,
        r.kinks.map((k) => k.value).join('; ') || 'none',
        r.params.map((p) => (p.meaning ? `${p.value} (${p.meaning})` : p.value)).join('; ') || 'none',
      ]),
    },
  };
}

/** One small multiple: f (solid, series 1) and f′ (dashed, series 2) of `a` at its default parameters. */
export function atlasCard(a: Activation, options: Omit<AtlasOptions, 'activations'>): AtlasCard {
  const params = defaultParams(a);
  const f = (x: number) => a.f(x, params);
  const df = (x: number) => a.df(x, params);
  const yDomain = cardYDomain(a, params, options.domain);
  const frame = createFrame({
    width: options.width,
    height: options.height,
    margin: MARGIN,
    xDomain: options.domain,
    yDomain,
    xTickCount: 4,
    yTickCount: 3,
  });
  const breakpoints = a.properties.kinks.map((k) => k.x);
  const clipId = `${options.idPrefix}-${a.id}-clip`;
  const nodes: SceneNode[] = [
    // Curves may run a little past the frame so a steep line leaves cleanly, then get clipped.
    clipNode(frame, 'clip', clipId, 2, 0),
    ...axesNodes(frame, { zeroLines: true, xLabelGap: 5, yLabelGap: 5 }),
    {
      type: 'g',
      key: 'curves',
      clipPath: clipId,
      children: [
        { type: 'path', key: 'df', className: 'curve curve--df series-2', d: functionPath(frame, df, { breakpoints, samples: SAMPLES }) },
        { type: 'path', key: 'f', className: 'curve curve--f series-1', d: functionPath(frame, f, { breakpoints, samples: SAMPLES }) },
      ],
    },
  ];
  return {
    id: a.id,
    name: a.name,
    tex: `f(x) = ${a.tex}`,
    texLines: splitWhereClause(`f(x) = ${a.tex}`),
    scene: { width: options.width, height: options.height, nodes },
    description: describeCard(a, params, options.domain),
    yDomain,
  };
}

/** Splits TeX at each `,\quad` outside braces and environments: `a,\quad b` → [`a,`, `b`]. */
export function splitWhereClause(tex: string): string[] {
  const lines: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < tex.length; i++) {
    const c = tex[i];
    if (c === '\\' && tex.startsWith('\\begin', i)) depth++;
    else if (c === '\\' && tex.startsWith('\\end', i)) depth--;
    else if (c === '\\')
      i++; // an escaped character such as \{ is not a brace
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 0 && tex.startsWith('\\quad', i + 1)) {
      lines.push(tex.slice(start, i + 1).trim());
      start = i + 1 + '\\quad'.length;
    }
  }
  lines.push(tex.slice(start).trim());
  return lines.filter((line) => line !== '');
}

/** Evenly spaced samples of the domain plus the kinks, where extremes of f′ often sit. */
function samplePoints(a: Activation, domain: readonly [number, number]): number[] {
  const [lo, hi] = domain;
  const xs = Array.from({ length: SAMPLES }, (_, i) => lo + ((hi - lo) * i) / (SAMPLES - 1));
  for (const k of a.properties.kinks) if (k.x >= lo && k.x <= hi) xs.push(k.x);
  return xs;
}

/**
 * A y range holding f and f′ over the domain, and 0 (so the x axis is always drawn), with a
 * little room above and below so no curve runs along the frame's edge.
 */
function cardYDomain(a: Activation, params: ParamValues, domain: readonly [number, number]): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const x of samplePoints(a, domain)) {
    for (const y of [a.f(x, params), a.df(x, params)]) {
      if (!Number.isFinite(y)) continue;
      lo = Math.min(lo, y);
      hi = Math.max(hi, y);
    }
  }
  const span = hi - lo || 1;
  return [lo - span * 0.08, hi + span * 0.08];
}

/**
 * The plot in words, from the same numbers it is drawn with, e.g. "Sigmoid for x from −4 to 4:
 * f(x), solid line, rises from 0.018 to 0.982; its slope f′(x), dashed line, is 0.0177 at
 * x = −4 and 0.0177 at x = 4, peaking at 0.25 at x = 0."
 */
function describeCard(a: Activation, params: ParamValues, domain: readonly [number, number]): string {
  const [lo, hi] = domain;
  const xs = samplePoints(a, domain).sort((p, q) => p - q);
  let fMin = { x: lo, y: Infinity };
  let dfMax = -Infinity;
  for (const x of xs) {
    const fx = a.f(x, params);
    if (fx < fMin.y) fMin = { x, y: fx };
    dfMax = Math.max(dfMax, a.df(x, params));
  }
  const n = (v: number) => formatNumber(v);
  const fLo = a.f(lo, params);
  const fHi = a.f(hi, params);
  const dip = fMin.y < Math.min(fLo, fHi) - 1e-9 ? `, dipping to ${n(fMin.y)} at x = ${n(fMin.x)}` : '';
  const trend = fHi > fLo ? 'rises' : fHi < fLo ? 'falls' : 'stays';
  const fPart = trend === 'stays' ? `stays at ${n(fLo)}` : `${trend} from ${n(fLo)} to ${n(fHi)}${dip}`;

  const dfLo = a.df(lo, params);
  const dfHi = a.df(hi, params);
  let dfPart: string;
  if (xs.every((x) => a.df(x, params) === dfLo)) {
    dfPart = `is constant at ${n(dfLo)}`;
  } else {
    dfPart = `is ${n(dfLo)} at x = ${n(lo)} and ${n(dfHi)} at x = ${n(hi)}`;
    // An interior peak: a single point (sigmoid at 0) or a plateau (hard sigmoid between its kinks).
    if (dfMax > Math.max(dfLo, dfHi) + 1e-9) {
      const top = xs.filter((x) => a.df(x, params) >= dfMax - 1e-9 * Math.max(1, Math.abs(dfMax)));
      const first = top[0]!;
      const last = top[top.length - 1]!;
      const where = last - first > 0.2 ? `from x = ${n(first)} to ${n(last)}` : `at x = ${n(first)}`;
      dfPart += `, peaking at ${n(dfMax)} ${where}`;
    }
  }
  return `${a.name} for x from ${n(lo)} to ${n(hi)}: f(x), solid line, ${fPart}; its slope f′(x), dashed line, ${dfPart}.`;
}

/** The registry's `properties` (at default parameters) as the words a table cell shows. */
export function propertiesRow(a: Activation): AtlasRow {
  const p = a.properties;
  const yesNo = (v: boolean) => (v ? 'yes' : 'no');
  const { left, right } = p.saturates;
  return {
    id: a.id,
    name: a.name,
    range: p.rangeText,
    rangeParts: p.rangeText.split(/ (?=≈ )/),
    monotonic: yesNo(p.monotonic),
    zeroCentred: yesNo(p.zeroCentred),
    saturates: left && right ? 'both' : left ? 'left' : right ? 'right' : 'neither',
    continuity: continuityOf(p.continuity),
    kinks: p.kinks.map((k) => ({ value: `f′(${formatNumber(k.x)}) = ${formatNumber(a.df(k.x, defaultParams(a)))}`, note: k.note })),
    params: Object.values(a.params).map((spec) => ({ value: `${spec.symbol} = ${formatNumber(spec.default)}`, meaning: spec.meaning })),
  };
}

function continuityOf(c: number): AtlasRow['continuity'] {
  if (c === Infinity) return { sup: '∞', words: 'smooth' };
  if (c === 0) return { sup: '0', words: 'continuous, with a kink' };
  return { sup: String(c), words: c === 1 ? 'slope continuous' : `${c} derivatives continuous` };
}

/**
 * The hash a card links to: the explorer's `act` list holding just this function, e.g.
 * `#atlas-explorer.act=gelu` (the url-state format; see src/figures/kit/url-state.ts). Written out
 * even for the explorer's default function, so every link visibly sets the state.
 */
export function explorerHref(explorerId: string, activationId: string): string {
  return `#${encodeURIComponent(`${explorerId}.act`)}=${encodeURIComponent(activationId)}`;
}
