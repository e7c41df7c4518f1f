/**
 * What every live figure offers a reader beside the picture (FigureTools.astro renders the
 * markup): the "Data" table kept in step with the state, downloads of the current state as SVG,
 * PNG and CSV, and a button that copies the link to this view. The figure's element creates one
 * `FigureTools` and hands it each new DataTable. This part only wires the buttons: what they do
 * (tool-actions.ts) loads on the reader's first open of the table or first download, so a
 * reader who only reads and plays with sliders never downloads it.
 */
import type { DataTable } from './figure-view';
import type * as ToolActionsModule from './tool-actions';

/** What the tools need from their figure. */
export interface FigureToolsOptions {
  /** The figure's id: the downloads are `<id>.svg`, `<id>.png`, `<id>.csv`. */
  readonly id: string;
  /** The absolute link to the figure's current state (page URL with its hash). */
  readonly link: () => string;
}

type ToolActions = typeof ToolActionsModule;

export class FigureTools {
  #root: HTMLElement;
  #options: FigureToolsOptions;
  /** The current numbers, asked for only when the table is open or the CSV is downloaded. */
  #data: (() => DataTable) | null = null;
  #details: HTMLDetailsElement | null;
  #status: HTMLElement | null;
  #statusTimer = 0;
  #actions: Promise<ToolActions> | null = null;

  /** Wires the tools inside `root` (the figure's element) and shows the buttons, which need JavaScript. */
  constructor(root: HTMLElement, options: FigureToolsOptions) {
    this.#root = root;
    this.#options = options;
    this.#details = root.querySelector('details[data-role="data"]');
    this.#status = root.querySelector('[data-role="tools-status"]');
    // A closed disclosure costs nothing: the table is brought up to date when it opens.
    this.#details?.addEventListener('toggle', () => this.#syncTable());
    const on = (action: string, run: (actions: ToolActions) => Promise<void> | void): void => {
      root.querySelector(`[data-action="${action}"]`)?.addEventListener('click', () => {
        this.#loadActions()
          .then(run)
          .catch((error: unknown) =>
            this.#say(`Could not ${action.replace('-', ' ')}: ${error instanceof Error ? error.message : String(error)}`),
          );
      });
    };
    on('download-svg', (a) => this.#download(a.svgFile(this.#svg(), this.#meta(a)), 'svg'));
    on('download-png', async (a) => this.#download(await a.pngFile(this.#svg(), this.#meta(a)), 'png'));
    on('download-csv', (a) => {
      if (this.#data) this.#download(a.csvFile(this.#data()), 'csv');
    });
    root.querySelector('[data-action="copy-link"]')?.addEventListener('click', () => {
      this.#copyLink().catch((error: unknown) =>
        this.#say(`Could not copy link: ${error instanceof Error ? error.message : String(error)}`),
      );
    });
    const shown = root.querySelector<HTMLElement>('[data-table]')?.dataset.table;
    if (shown) {
      const built = JSON.parse(shown) as DataTable;
      this.#data = () => built;
    }
    const actions = root.querySelector<HTMLElement>('[data-role="tools-actions"]');
    if (actions) actions.hidden = false;
  }

  /**
   * The figure's current numbers, as a function that works them out: the table follows now if it
   * is open, else when it opens, so a reader who never opens it never pays for them.
   */
  showData(data: () => DataTable): void {
    this.#data = data;
    this.#syncTable();
  }

  #loadActions(): Promise<ToolActions> {
    this.#actions ??= import('./tool-actions');
    return this.#actions;
  }

  #syncTable(): void {
    if (!this.#details?.open || !this.#data) return;
    void this.#loadActions().then((actions) => {
      // The numbers of when the code arrived, not of when it was asked for.
      const table = this.#details?.querySelector('table');
      if (table && this.#data && this.#details?.open) actions.syncDataTable(table, this.#data());
    });
  }

  #meta(actions: ToolActions): ReturnType<ToolActions['exportMeta']> {
    return actions.exportMeta(this.#svg(), this.#options.id, this.#options.link());
  }

  #svg(): SVGSVGElement {
    const svg = this.#root.querySelector<SVGSVGElement>('.figure__plot svg');
    if (!svg) throw new Error('the figure has no picture');
    return svg;
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
