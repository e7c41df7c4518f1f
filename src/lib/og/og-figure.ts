/**
 * Which figure a post's link-preview image shows: the post's own first ActivationExplorer, read
 * from its MDX source (its `activation`, `x` and `domain` props), so the card is a real picture from the
 * post and needs no extra frontmatter. A post without an explorer falls back to the first of its
 * tags that names an activation, then to sigmoid and ReLU side by side (the series' two
 * protagonists).
 */
import { isActivationId } from '../activations/registry';

export interface OgFigure {
  readonly activations: readonly string[];
  readonly probeX: number;
  readonly domain: readonly [number, number];
}

/** The explorer's own defaults (explorer-config.ts) where a prop is not given. */
const EXPLORER_DEFAULTS = { probeX: 2, domain: [-8, 8] } as const;

export const DEFAULT_OG_FIGURE: OgFigure = { activations: ['sigmoid', 'relu'], probeX: 2, domain: [-6, 6] };

export function ogFigureFor(body: string | undefined, tags: readonly string[] = []): OgFigure {
  const fromBody = firstExplorer(body ?? '');
  if (fromBody) return fromBody;
  const tag = tags.find(isActivationId);
  return tag ? { activations: [tag], ...EXPLORER_DEFAULTS } : DEFAULT_OG_FIGURE;
}

/** The `activation` (string or array of strings), `x` and `domain` props of the first explorer tag. */
export function firstExplorer(source: string): OgFigure | null {
  for (const match of source.matchAll(/<ActivationExplorer\b([\s\S]*?)\/>/g)) {
    const props = match[1] ?? '';
    const single = /\bactivation\s*=\s*["']([a-z0-9-]+)["']/.exec(props);
    const list = /\bactivation\s*=\s*\{\s*\[([^\]]*)\]\s*\}/.exec(props);
    const ids = single ? [single[1]!] : list ? [...list[1]!.matchAll(/["']([a-z0-9-]+)["']/g)].map((m) => m[1]!) : [];
    const activations = ids.filter(isActivationId);
    if (activations.length === 0) continue;
    const num = '(-?\\d+(?:\\.\\d+)?)';
    const x = new RegExp(`\\bx\\s*=\\s*\\{\\s*${num}\\s*\\}`).exec(props);
    const d = new RegExp(`\\bdomain\\s*=\\s*\\{\\s*\\[\\s*${num}\\s*,\\s*${num}\\s*\\]\\s*\\}`).exec(props);
    const domain: [number, number] = d && Number(d[1]) < Number(d[2]) ? [Number(d[1]), Number(d[2])] : [...EXPLORER_DEFAULTS.domain];
    const probeX = Math.min(domain[1], Math.max(domain[0], x ? Number(x[1]) : EXPLORER_DEFAULTS.probeX));
    return { activations: activations.slice(0, 3), probeX, domain };
  }
  return null;
}
