/**
 * A legend's sample of a mark, drawn as a tiny SVG holding the same kind of element with the
 * same classes as the mark in the plot, so the figure's stylesheet styles both alike: a dashed
 * curve is a dashed swatch, a solid path a solid one, whatever the CSS says. (Swatches styled on
 * their own drift: the zig-zag legend once showed dashed steps the plot drew solid.)
 */
import { escapeXml } from '../../lib/xml';

export interface LegendMark {
  /** A stroke (curves, paths), a filled area (shaded regions) or a dot (points). */
  readonly shape: 'line' | 'area' | 'dot';
  /** The classes of the mark in the plot, e.g. "curve series-2" or "steps steps--same"; none where the CSS selects through the group. */
  readonly className?: string;
  /** Classes of the mark's parent group where the CSS selects through it, e.g. "quadrant". */
  readonly groupClass?: string;
}

const WIDTH = 28;
const HEIGHT = 12;

/** The swatch's markup: `<svg class="legend-swatch" aria-hidden="true">…</svg>`. */
export function legendSwatchMarkup(mark: LegendMark): string {
  const cls = mark.className ? ` class="${escapeXml(mark.className)}"` : '';
  const inner =
    mark.shape === 'line'
      ? `<line${cls} x1="2" y1="${HEIGHT / 2}" x2="${WIDTH - 2}" y2="${HEIGHT / 2}"/>`
      : mark.shape === 'area'
        ? `<rect${cls} x="2" y="1" width="${WIDTH - 4}" height="${HEIGHT - 2}"/>`
        : `<circle${cls} cx="${WIDTH / 2}" cy="${HEIGHT / 2}" r="3"/>`;
  const group = mark.groupClass ? `<g class="${escapeXml(mark.groupClass)}">${inner}</g>` : inner;
  return `<svg class="legend-swatch" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" aria-hidden="true" focusable="false">${group}</svg>`;
}
