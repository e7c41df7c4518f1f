/**
 * What the figure tools do once a reader asks (figure-tools.ts loads this on the first open of
 * the Data table or the first download): keep the table in step with the figure's numbers, and
 * make the SVG, PNG and CSV files of the current state. None of it is needed to read the page
 * or to move a slider, so it stays out of the code every figure loads.
 */
import { cellText } from './data-table';
import { toCsv } from './csv';
import type { DataTable } from './figure-view';
import { addPngText } from './png-text-chunk';
import { EXPORTED_STYLE_PROPERTIES, FIGURE_LICENCE, standaloneSvg, type ExportMeta } from './svg-export';

/** Scale of the PNG: two image pixels per CSS pixel, sharp on high-density screens and in print. */
const PNG_SCALE = 2;

/**
 * Brings a `<table>` (caption, thead, tbody) in line with `data`, writing only cells whose text
 * changed and adding or removing rows only when their count changed.
 */
export function syncDataTable(table: HTMLTableElement, data: DataTable): void {
  const caption = table.caption ?? table.createCaption();
  if (caption.textContent !== data.caption) caption.textContent = data.caption;
  const headRow = (table.tHead ?? table.createTHead()).rows[0] ?? table.tHead!.insertRow();
  syncRow(headRow, data.columns, () => Object.assign(document.createElement('th'), { scope: 'col' }));
  const body = table.tBodies[0] ?? table.createTBody();
  while (body.rows.length > data.rows.length) body.deleteRow(-1);
  data.rows.forEach((row, i) => syncRow(body.rows[i] ?? body.insertRow(), row.map(cellText), () => document.createElement('td')));
}

function syncRow(row: HTMLTableRowElement, texts: readonly string[], make: () => HTMLTableCellElement): void {
  while (row.cells.length > texts.length) row.deleteCell(-1);
  texts.forEach((text, i) => {
    const cell = row.cells[i] ?? row.appendChild(make());
    if (cell.textContent !== text) cell.textContent = text;
  });
}

/** What a downloaded file of `svg` says about itself: the figure's title, the link to this view, the licence. */
export function exportMeta(svg: SVGSVGElement, id: string, link: string): ExportMeta {
  const title = svg.querySelector('title')?.textContent ?? id;
  return { title, link, ...FIGURE_LICENCE };
}

/** The figure's data as a CSV file. */
export function csvFile(data: DataTable): Blob {
  return new Blob([toCsv(data)], { type: 'text/csv' });
}

/** The live picture as a standalone SVG file. */
export function svgFile(svg: SVGSVGElement, meta: ExportMeta): Blob {
  return new Blob([exportSvg(svg, meta)], { type: 'image/svg+xml' });
}

/** The live picture as a PNG at PNG_SCALE, with its title, link and licence in text chunks. */
export async function pngFile(svg: SVGSVGElement, meta: ExportMeta): Promise<Blob> {
  const { width, height } = svg.getBoundingClientRect();
  const png = await rasterise(exportSvg(svg, meta), Math.round(width), Math.round(height));
  const withText = addPngText(new Uint8Array(await png.arrayBuffer()), {
    Title: meta.title,
    Source: meta.link,
    Copyright: `${meta.licence} (${meta.licenceUrl})`,
  });
  return new Blob([withText.buffer as ArrayBuffer], { type: 'image/png' });
}

/**
 * The live svg as a standalone file: a copy with each element's computed style written into a
 * style attribute (so colours, dashes and fonts survive without the site's CSS, in the theme
 * the reader sees), on the background the figure sits on.
 */
export function exportSvg(svg: SVGSVGElement, meta: ExportMeta): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [...svg.querySelectorAll<SVGElement>('*')];
  const copies = [...copy.querySelectorAll<SVGElement>('*')];
  originals.forEach((original, i) => {
    const style = getComputedStyle(original);
    const target = copies[i]!;
    target.setAttribute('style', EXPORTED_STYLE_PROPERTIES.map((name) => `${name}:${style.getPropertyValue(name)}`).join(';'));
  });
  copy.querySelectorAll('title, desc').forEach((node) => node.remove());
  const { width, height } = svg.getBoundingClientRect();
  const body = [...copy.childNodes].map((node) => new XMLSerializer().serializeToString(node)).join('');
  return standaloneSvg({
    body,
    width: Math.round(width),
    height: Math.round(height),
    viewBox: svg.getAttribute('viewBox') ?? undefined,
    background: backgroundOf(svg),
    meta,
  });
}

/** The first opaque background colour behind `element`. */
function backgroundOf(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const colour = getComputedStyle(node).backgroundColor;
    if (colour && colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour)) return colour;
  }
  return 'white';
}

/**
 * Draws an SVG file onto a canvas at PNG_SCALE and returns the PNG. The image loads from a data:
 * URL, which the page's img-src already allows, so no blob: source is needed.
 */
async function rasterise(svgText: string, width: number, height: number): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * PNG_SCALE;
  canvas.height = height * PNG_SCALE;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  context.scale(PNG_SCALE, PNG_SCALE);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas made no image'))), 'image/png'),
  );
}
