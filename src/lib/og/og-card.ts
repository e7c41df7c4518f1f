/**
 * A 1200×630 link-preview card as SVG markup: the post's title and the site's name on the left,
 * the post's own figure (SVG markup the figure layer draws) on the right. Pure: text width
 * comes from the `measure` function handed in (the PNG renderer measures with the real font).
 *
 * The page's figure CSS works through theme custom properties, which an SVG rasteriser does not
 * have, so the card carries its own style block with the light theme's concrete colours.
 */
import { escapeXml } from '../xml';
import { PALETTE, SERIES } from '../palette';

export const OG_SIZE = { width: 1200, height: 630 } as const;

/** The light theme's colours (a card is one picture, shown on light and dark pages alike). */
export const OG_COLOURS = {
  bg: PALETTE.bg[0],
  raised: PALETTE['bg-raised'][0],
  fg: PALETTE.fg[0],
  muted: PALETTE['fg-muted'][0],
  rule: PALETTE.rule[0],
  accent: PALETTE.accent[0],
  axis: PALETTE['fig-axis'][0],
  grid: PALETTE['fig-grid'][0],
  series: SERIES.map(([light]) => light),
} as const;

export const OG_FONT = { sans: 'KaTeX_SansSerif', serif: 'KaTeX_Main' } as const;

/** Width in pixels of `text` set in the card's sans-serif at `size` px. */
export type MeasureText = (text: string, size: number, bold: boolean) => number;

export interface OgCardOptions {
  readonly title: string;
  readonly siteName: string;
  /** A short line above the title, e.g. "Part 2 of the series". */
  readonly kicker?: string;
  /** A line at the bottom, e.g. the site's tagline. */
  readonly footer?: string;
  readonly figure: CardFigure;
  readonly measure: MeasureText;
}

/** The picture on a card: SVG content drawn at `width` × `height`, shown scaled by `scale`. */
export interface CardFigure {
  /** SVG elements (no outer <svg>), styled by the card's style block through the figure's class names. */
  readonly markup: string;
  readonly width: number;
  readonly height: number;
  readonly scale: number;
  /** What it shows, e.g. "Sigmoid and ReLU": the card's kicker when none is given. */
  readonly title: string;
}

const PAD = 64;
const TEXT_WIDTH = 560;
const FIGURE_BOX = { x: 664, y: 48, width: 488, height: 534 } as const;

export function ogCardSvg(options: OgCardOptions): string {
  const { width, height } = OG_SIZE;
  const c = OG_COLOURS;
  const { lines, size } = fitTitle(options.title, options.measure);
  const lineHeight = Math.round(size * 1.18);
  const titleTop = 176;
  const titleText = lines.map((line, i) => `<tspan x="${PAD}" y="${titleTop + size + i * lineHeight}">${escapeXml(line)}</tspan>`).join('');
  const s = options.figure;
  const sceneW = s.width * s.scale;
  const sceneH = s.height * s.scale;
  const sceneX = FIGURE_BOX.x + (FIGURE_BOX.width - sceneW) / 2;
  const sceneY = FIGURE_BOX.y + (FIGURE_BOX.height - sceneH) / 2;
  const footer = options.footer ? fitLine(options.footer, 24, TEXT_WIDTH, options.measure) : '';

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<style>${sceneStyle()}</style>`,
    `<rect width="${width}" height="${height}" fill="${c.bg}"/>`,
    `<rect x="0" y="0" width="${width}" height="10" fill="${c.series[0]}"/>`,
    `<text x="${PAD}" y="${PAD + 36}" class="og-site">${escapeXml(options.siteName)}</text>`,
    options.kicker ? `<text x="${PAD}" y="${PAD + 80}" class="og-kicker">${escapeXml(options.kicker)}</text>` : '',
    `<text class="og-title" style="font-size:${size}px">${titleText}</text>`,
    footer ? `<text x="${PAD}" y="${height - PAD}" class="og-footer">${escapeXml(footer)}</text>` : '',
    `<rect x="${FIGURE_BOX.x}" y="${FIGURE_BOX.y}" width="${FIGURE_BOX.width}" height="${FIGURE_BOX.height}" rx="18" fill="${c.raised}" stroke="${c.rule}" stroke-width="2"/>`,
    `<g class="figure" transform="translate(${round(sceneX)},${round(sceneY)}) scale(${s.scale})">${s.markup}</g>`,
    '</svg>',
  ].join('');
}

/** The largest title size (64 → 40 px) at which the title wraps into at most four lines. */
export function fitTitle(title: string, measure: MeasureText): { lines: string[]; size: number } {
  for (let size = 64; size >= 40; size -= 4) {
    const lines = wrap(title, size, TEXT_WIDTH, measure);
    if (lines.length <= (size > 52 ? 4 : 5)) return { lines, size };
  }
  return { lines: wrap(title, 40, TEXT_WIDTH, measure).slice(0, 5), size: 40 };
}

/** Greedy word wrap; a single word wider than the line stays on a line of its own. */
export function wrap(text: string, size: number, maxWidth: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, size, true) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

function fitLine(text: string, size: number, maxWidth: number, measure: MeasureText): string {
  if (measure(text, size, false) <= maxWidth) return text;
  const words = text.split(/\s+/);
  while (words.length > 1 && measure(`${words.join(' ')}…`, size, false) > maxWidth) words.pop();
  return `${words.join(' ')}…`;
}

function sceneStyle(): string {
  const c = OG_COLOURS;
  const series = c.series.map((colour, i) => `.curve.series-${i + 1}{stroke:${colour}}.marker.series-${i + 1}{fill:${colour}}`).join('');
  return [
    `text{font-family:${OG_FONT.sans};fill:${c.muted};font-size:12px}`,
    `.og-site{font-size:30px;font-weight:bold;fill:${c.fg}}`,
    `.og-kicker{font-size:24px;fill:${c.accent}}`,
    `.og-title{font-weight:bold;fill:${c.fg}}`,
    `.og-footer{font-size:24px;fill:${c.muted}}`,
    `.grid line{stroke:${c.grid};stroke-width:1}`,
    `.axis-zero{stroke:${c.axis};stroke-width:1}`,
    `.panel-label{fill:${c.fg};font-weight:bold}`,
    `.saturated rect{fill:${c.accent};fill-opacity:0.13}`,
    '.curve{fill:none;stroke-width:2.5;stroke-linejoin:round}',
    `.probe{stroke:${c.fg};stroke-width:1;stroke-dasharray:4 3}`,
    `.marker{stroke:${c.raised};stroke-width:2}`,
    series,
    '.curve.series-2{stroke-dasharray:8 4}.curve.series-3{stroke-dasharray:2 3}',
  ].join('');
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
