/**
 * What every live figure offers a reader beside the picture (FigureTools.astro renders the
 * markup): the "Data" table kept in step with the state, downloads of the current state as SVG,
 * PNG and CSV, and a button that copies the link to this view. The figure's element creates one
 * `FigureTools` and hands it each new DataTable; everything else happens on the reader's click.
 */
import { cellText } from './data-table';
import { toCsv } from './csv';
import type { DataTable } from './figure-view';
import { addPngText } from './png-text-chunk';
import { EXPORTED_STYLE_PROPERTIES, FIGURE_LICENCE, standaloneSvg, type ExportMeta } from './svg-export';

/** What the tools need from their figure. */
export interface FigureToolsOptions {
  /** The figure's id: the downloads are `<id>.svg`, `<id>.png`, `<id>.csv`. */
  readonly id: string;
  /** The absolute link to the figure's current state (page URL with its hash). */
  readonly link: () => string;
}

/** Scale of the PNG: two image pixels per CSS pixel, sharp on high-density screens and in print. */
const PNG_SCALE = 2;

export class FigureTools {
  #root: HTMLElement;
  #options: FigureToolsOptions;
  #data: DataTable | null = null;
  #details: HTMLDetailsElement | null;
  #status: HTMLElement | null;
  #statusTimer = 0;

  /** Wires the tools inside `root` (the figure's element) and shows the buttons, which need JavaScript. */
  constructor(root: HTMLElement, options: FigureToolsOptions) {
    this.#root = root;
    this.#options = options;
    this.#details = root.querySelector('details[data-role="data"]');
    this.#status = root.querySelector('[data-role="tools-status"]');
    // A closed disclosure costs nothing: the table is brought up to date when it opens.
    this.#details?.addEventListener('toggle', () => this.#syncTable());
    const on = (action: string, run: () => Promise<void> | void): void => {
      root.querySelector(`[data-action="${action}"]`)?.addEventListener('click', () => {
        Promise.resolve()
          .then(run)
          .catch((error: unknown) =>
            this.#say(`Could not ${action.replace('-', ' ')}: ${error instanceof Error ? error.message : String(error)}`),
          );
      });
    };
    on('download-svg', () => this.#download(new Blob([this.#svgFile()], { type: 'image/svg+xml' }), 'svg'));
    on('download-png', async () => this.#download(await this.#pngFile(), 'png'));
    on('download-csv', () => {
      if (this.#data) this.#download(new Blob([toCsv(this.#data)], { type: 'text/csv' }), 'csv');
    });
    on('copy-link', () => this.#copyLink());
    const shown = root.querySelector<HTMLElement>('[data-table]')?.dataset.table;
    if (shown) this.#data = JSON.parse(shown) as DataTable;
    const actions = root.querySelector<HTMLElement>('[data-role="tools-actions"]');
    if (actions) actions.hidden = false;
  }

  /** The figure's current numbers; the table follows now if it is open, else when it opens. */
  showData(data: DataTable): void {
    this.#data = data;
    this.#syncTable();
  }

  #syncTable(): void {
    const table = this.#details?.querySelector('table');
    if (!table || !this.#data || !this.#details?.open) return;
    syncDataTable(table, this.#data);
  }

  #meta(): ExportMeta {
    const title = this.#svg().querySelector('title')?.textContent ?? this.#options.id;
    return { title, link: this.#options.link(), ...FIGURE_LICENCE };
  }

  #svg(): SVGSVGElement {
    const svg = this.#root.querySelector<SVGSVGElement>('.figure__plot svg');
    if (!svg) throw new Error('the figure has no picture');
    return svg;
  }

  #svgFile(): string {
    return exportSvg(this.#svg(), this.#meta());
  }

  async #pngFile(): Promise<Blob> {
    const svg = this.#svg();
    const { width, height } = svg.getBoundingClientRect();
    const meta = this.#meta();
    const png = await rasterise(exportSvg(svg, meta), Math.round(width), Math.round(height));
    const withText = addPngText(new Uint8Array(await png.arrayBuffer()), {
      Title: meta.title,
      Source: meta.link,
      Copyright: `${meta.licence} (${meta.licenceUrl})`,
    });
    return new Blob([withText.buffer as ArrayBuffer], { type: 'image/png' });
  }

  #download(blob: Blob, extension: string): void {
    const url = URL.createObjectURL(blob);
    const a = Object.assign(document.createElement('a'), { href: url, download: `${this.#options.id}.${extension}` });
    a.hidden = true;
    this.#root.append(a);
    a.click();
    a.remove();
    // The click has started the download; the URL can go once the browser has read it.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.#say(`Downloaded ${this.#options.id}.${extension}`);
  }

  async #copyLink(): Promise<void> {
    const link = this.#options.link();
    try {
      await navigator.clipboard.writeText(link);
      this.#say('Link copied');
    } catch {
      // No clipboard access (an insecure page, or permission refused): show the link selected.
      const field = this.#root.querySelector<HTMLInputElement>('[data-role="link-field"]');
      if (!field) throw new Error('no clipboard');
      field.value = link;
      field.hidden = false;
      field.focus();
      field.select();
      this.#say('Link selected: copy it with Ctrl+C or ⌘C');
    }
  }

  #say(message: string): void {
    if (!this.#status) return;
    this.#status.textContent = message;
    clearTimeout(this.#statusTimer);
    this.#statusTimer = window.setTimeout(() => this.#status && (this.#status.textContent = ''), 6000);
  }
}

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
