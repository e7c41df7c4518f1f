/**
 * The atlas card for the reader's own function: the same small plot (f solid, f′ dashed) as a
 * registry card, its measured properties as short lines, and a link that opens the formula in
 * the Lab. Pure: built once at build time for the Lab's default formula, and again in the
 * browser for every formula the Lab publishes (see reader-card-element.ts).
 */
import type { CustomActivation } from '../../lib/formula/activation';
import { atlasCard, propertiesRow, type AtlasCard, type AtlasOptions } from './model';

export interface ReaderCard {
  readonly card: AtlasCard;
  /** The formula as typed, e.g. "f(x) = x * sigmoid(b * x)", with its parameters after a semicolon. */
  readonly formulaLine: string;
  /** One line per property, e.g. "Monotonic: no". */
  readonly propertyLines: readonly string[];
  /** The Lab with this formula in its hash (`<lab>#lab.f=…&lab.p=…`). */
  readonly href: string;
}

export interface ReaderCardOptions extends Omit<AtlasOptions, 'activations'> {
  /** The Lab page's path ('' for the page the card is on) and its figure id. */
  readonly labPath: string;
  readonly labId: string;
}

export function readerCard(a: CustomActivation, options: ReaderCardOptions): ReaderCard {
  const row = propertiesRow(a);
  const c = a.properties.continuity;
  const continuity = c < 0 ? 'discontinuous (f jumps)' : `C${row.continuity.sup} (${row.continuity.words})`;
  const declarations = a.declarations.trim();
  return {
    card: atlasCard(a, options),
    formulaLine: `f(x) = ${a.source.trim()}${declarations ? `; ${declarations}` : ''}`,
    propertyLines: [
      `Range: ${row.range}`,
      `Monotonic: ${row.monotonic}`,
      `Zero-centred: ${row.zeroCentred}`,
      `Saturates: ${row.saturates}`,
      `Continuity: ${continuity}`,
      `f′ at kinks: ${row.kinks.map((k) => k.value).join('; ') || 'none'}`,
    ],
    href: labHref(options.labPath, options.labId, a.source, a.declarations),
  };
}

/** The Lab's url-state hash for a formula and its declarations (see src/figures/kit/url-state.ts). */
export function labHref(labPath: string, labId: string, formula: string, declarations: string): string {
  const pair = (key: string, value: string) => `${encodeURIComponent(`${labId}.${key}`)}=${encodeURIComponent(value)}`;
  return `${labPath}#${pair('f', formula)}&${pair('p', declarations)}`;
}
