/**
 * Build-time rasteriser for link-preview cards: SVG → PNG with resvg, using fonts that ship in
 * node_modules (KaTeX's TrueType files), never system fonts, so a fresh CI machine renders the
 * same pixels as a laptop. Only the OG endpoints import this module.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { escapeXml } from '../xml';
import { OG_FONT, OG_SIZE, ogCardSvg, type CardFigure, type MeasureText } from './og-card';

const KATEX_FONTS = join(dirname(createRequire(join(process.cwd(), 'package.json')).resolve('katex')), 'fonts');

/** Sans-serif for text; KaTeX_Main and KaTeX_Math fill in glyphs the sans lacks (−, ′, σ). */
const FONT_FILES = ['KaTeX_SansSerif-Regular', 'KaTeX_SansSerif-Bold', 'KaTeX_Main-Regular', 'KaTeX_Main-Bold', 'KaTeX_Math-Italic'].map(
  (name) => join(KATEX_FONTS, `${name}.ttf`),
);

const RENDER_OPTIONS: ResvgRenderOptions = {
  font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: OG_FONT.sans, sansSerifFamily: OG_FONT.sans },
  fitTo: { mode: 'original' },
  logLevel: 'error',
};

const widths = new Map<string, number>();

/** Measures text with the same fonts and shaper that draw it (its ink width, which is what fits). */
export const measureText: MeasureText = (text, size, bold) => {
  const key = `${size}|${bold}|${text}`;
  const cached = widths.get(key);
  if (cached !== undefined) return cached;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="${size * 2}"><text x="0" y="${size * 1.5}" font-family="${OG_FONT.sans}" font-size="${size}" font-weight="${bold ? 'bold' : 'normal'}">${escapeXml(text)}</text></svg>`;
  const width = new Resvg(svg, RENDER_OPTIONS).getBBox()?.width ?? 0;
  widths.set(key, width);
  return width;
};

export function svgToPng(svg: string): Buffer {
  return new Resvg(svg, RENDER_OPTIONS).render().asPng();
}

/** Raw RGBA pixels of the same rendering (for tests that check what was drawn). */
export function svgToPixels(svg: string): { width: number; height: number; pixels: Buffer } {
  const image = new Resvg(svg, RENDER_OPTIONS).render();
  return { width: image.width, height: image.height, pixels: image.pixels };
}

export interface OgCardInput {
  readonly title: string;
  readonly siteName: string;
  /** Defaults to what the figure shows. */
  readonly kicker?: string;
  readonly footer?: string;
  readonly figure: CardFigure;
}

/** The card's SVG markup (exported for tests and for looking at without rasterising). */
export function ogCardMarkup(input: OgCardInput): string {
  return ogCardSvg({
    title: input.title,
    siteName: input.siteName,
    kicker: input.kicker ?? input.figure.title,
    footer: input.footer,
    figure: input.figure,
    measure: measureText,
  });
}

export function ogCardPng(input: OgCardInput): Buffer {
  const png = svgToPng(ogCardMarkup(input));
  // The PNG's IHDR holds width and height at bytes 16–23; a card of another size is a bug.
  if (png.readUInt32BE(16) !== OG_SIZE.width || png.readUInt32BE(20) !== OG_SIZE.height) {
    throw new Error(`OG card rendered at ${png.readUInt32BE(16)}×${png.readUInt32BE(20)}, expected ${OG_SIZE.width}×${OG_SIZE.height}`);
  }
  return png;
}
