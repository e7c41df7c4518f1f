/**
 * Which figure a post's link-preview image shows: what the post's `ogFigure` frontmatter names
 * (the same props as the ActivationExplorer it echoes: `activation`, `x`, `domain`). A post
 * without one falls back to the first of its tags that names an activation, then to sigmoid and
 * ReLU side by side (the series' two protagonists).
 */
import { isActivationId } from '../activations/registry';
import { ACTIVATION_VIEW_DEFAULTS } from '../activations/view';

export interface OgFigure {
  readonly activations: readonly string[];
  readonly probeX: number;
  readonly domain: readonly [number, number];
}

/** A post's `ogFigure` frontmatter, as src/content.config.ts checks it. */
export interface OgFigureFrontmatter {
  /** One registry id, or up to three to overlay. */
  readonly activation: string | readonly string[];
  readonly x?: number;
  readonly domain?: readonly [number, number];
}

/** The most functions a card overlays; more would not be legible at card size. */
export const OG_FIGURE_MAX_ACTIVATIONS = 3;

export const DEFAULT_OG_FIGURE: OgFigure = { activations: ['sigmoid', 'relu'], probeX: 2, domain: [-6, 6] };

export function ogFigureFor(declared: OgFigureFrontmatter | undefined, tags: readonly string[] = []): OgFigure {
  if (declared) return fromFrontmatter(declared);
  const tag = tags.find(isActivationId);
  return tag ? fromFrontmatter({ activation: tag }) : DEFAULT_OG_FIGURE;
}

/** Fills in the explorer's defaults and keeps x inside the domain (the schema has checked the ids). */
function fromFrontmatter(declared: OgFigureFrontmatter): OgFigure {
  const ids = typeof declared.activation === 'string' ? [declared.activation] : declared.activation;
  const [lo, hi] = declared.domain ?? ACTIVATION_VIEW_DEFAULTS.domain;
  const probeX = Math.min(hi, Math.max(lo, declared.x ?? ACTIVATION_VIEW_DEFAULTS.x));
  return { activations: ids.filter(isActivationId).slice(0, OG_FIGURE_MAX_ACTIVATIONS), probeX, domain: [lo, hi] };
}
