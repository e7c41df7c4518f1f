/**
 * A figure's picture as a standalone SVG file: the drawing (with its styles already inlined by
 * the element, since the site's stylesheet does not travel with the file), wrapped with its
 * title, a description that names where it came from, and the licence as RDF metadata
 * (Creative Commons' vocabulary), so whoever opens the file can cite it.
 */
import { escapeXml } from '../../lib/xml';

/** What a downloaded file says about itself. */
export interface ExportMeta {
  /** The figure's title (its accessible name). */
  readonly title: string;
  /** The link to this state of the figure: the page URL with its hash. */
  readonly link: string;
  /** Licence name, e.g. "CC BY 4.0". */
  readonly licence: string;
  /** Where the licence text lives. */
  readonly licenceUrl: string;
}

/** The licence posts and figures carry. */
export const FIGURE_LICENCE = { licence: 'CC BY 4.0', licenceUrl: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/**
 * CSS properties copied from each element's computed style into the exported file: the ones
 * the figures' stylesheets set (colours, strokes, text), so the file looks as it did on screen.
 */
export const EXPORTED_STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'visibility',
] as const;

/** One line a reader can see in any viewer: title, link and licence. */
export function exportDescription(meta: ExportMeta): string {
  return `${meta.title}. From ${meta.link}. Licence: ${meta.licence} (${meta.licenceUrl}).`;
}

/** Options for `standaloneSvg`. */
export interface StandaloneSvgOptions {
  /** The drawing: the svg's children as markup, styles inlined, without title or desc. */
  readonly body: string;
  /** Size in CSS pixels (also the viewBox unless `viewBox` is given). */
  readonly width: number;
  readonly height: number;
  readonly viewBox?: string;
  /** Colour painted behind the drawing (the page background it was seen on); none if omitted. */
  readonly background?: string;
  readonly meta: ExportMeta;
}

/** The whole file, from the XML declaration to </svg>. */
export function standaloneSvg(options: StandaloneSvgOptions): string {
  const { body, width, height, meta } = options;
  const viewBox = options.viewBox ?? `0 0 ${width} ${height}`;
  const background = options.background
    ? `<rect data-export="background" x="0" y="0" width="100%" height="100%" style="fill:${escapeXml(options.background)}"/>`
    : '';
  const metadata =
    '<metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:cc="http://creativecommons.org/ns#">' +
    `<cc:Work rdf:about=""><dc:title>${escapeXml(meta.title)}</dc:title><dc:source rdf:resource="${escapeXml(meta.link)}"/>` +
    `<dc:rights>${escapeXml(meta.licence)}</dc:rights><cc:license rdf:resource="${escapeXml(meta.licenceUrl)}"/></cc:Work>` +
    '</rdf:RDF></metadata>';
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${escapeXml(viewBox)}">` +
    `<title>${escapeXml(meta.title)}</title><desc>${escapeXml(exportDescription(meta))}</desc>${metadata}${background}${body}</svg>\n`
  );
}
