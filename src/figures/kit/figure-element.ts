import { nextSeed } from './whole-number-props';
import type { Scene } from './scene';
import type { FigureView } from './figure-view';
import { FigureTools } from './figure-tools';
import { readFigureState, writeFigureState, type StateSchema } from './url-state';
import { renderScene } from './render-scene';
import { rangeText, type RangeSpec } from './controls';
import { builtSceneFits } from './built-scene-fits';

export type FigureState = Record<string, unknown>;

/**
 * What every live figure shares, so each figure's element only says how to draw itself:
 *  - reads its config from `data-config` and its state from the URL hash (garbage → defaults);
 *  - wires every `input[data-key]` (range, checkbox, radio, select) to that state, and a
 *    `[data-action="reseed"]` button (SeedControl.astro) to the next `seed`, printed as "#seed";
 *  - wakes up WITHOUT redrawing: the build drew the config's state, so unless the hash carries
 *    this figure's state, the built svg stays as it is (scaled by its viewBox) and the model runs
 *    only when the reader touches a control. If the plot's box differs from the built scene's
 *    shape (a phone's taller box), the build's narrow drawing of the same state is swapped in
 *    (FigurePlot's template), or where none fits, one redraw at that size is left to idle time;
 *  - coalesces updates into one render per animation frame, at the size CSS gives the plot
 *    (read from ResizeObserver entries, not from layout);
 *  - writes the state back to the hash (replaceState, so the back button is not flooded);
 *  - enables its controls, which the build renders disabled for readers without JavaScript;
 *  - wakes the tools under the plot (FigureTools.astro): the Data table follows each view's data,
 *    and the downloads and the copied link carry the current state (`linkToState`);
 *  - disables a control that can change nothing, saying why (`setControlReason`).
 * A figure implements `view(state, width, height)`: what it shows for a state (scene, readout,
 * data table). The kit draws the scene into the plot's svg, prints the readout, keeps the view as
 * `lastView` and dispatches `figurerender` (which the benchmark times and the kit's data table
 * and downloads listen for). `afterDraw` is the hook for what else a view changes (a legend).
 */
export abstract class FigureElement<Config extends { readonly id: string }, View extends FigureView = FigureView> extends HTMLElement {
  protected config!: Config;
  protected state: FigureState = {};
  protected schema: StateSchema = {};
  /** What was drawn last, with its data table; undefined until the first draw. */
  protected lastView: View | undefined;
  /** Joins the readout lines in the svg's desc. */
  protected readonly readoutSeparator: string = '. ';
  #frame = 0;
  #hashTimer = 0;
  #idle = 0;
  #near: IntersectionObserver | null = null;
  /** The narrow drawing is being fetched (FigurePlot's template names its file). */
  #narrowOnItsWay = false;
  #resize: ResizeObserver | null = null;
  #tools: FigureTools | null = null;
  /** The plot's content box, from the last ResizeObserver entry; null until the first one. */
  #plotSize: { width: number; height: number } | null = null;
  /** The build's scene size, from the svg's viewBox. */
  #built: { width: number; height: number } | null = null;
  /** The plot box size at the last live draw ('' before the first: the build's drawing is on screen). */
  #drawnSize = '';
  // A heading link also changes the hash; only a hash that carries this figure's state reloads it.
  #onHashChange = (): void => {
    if (location.hash.includes(`${this.config.id}.`)) this.#loadHash();
  };

  /** The state fields and their bounds, from the config. */
  protected abstract stateSchema(config: Config): StateSchema;
  /** What the figure shows for `state` at `width`×`height` CSS pixels: a pure function of its arguments and the config. */
  protected abstract view(state: Readonly<FigureState>, width: number, height: number): View;

  /** Draws the current state's view; a figure overrides only to bring other state up to date first (then calls super). */
  protected render(width: number, height: number): void {
    const svg = this.querySelector('svg');
    if (!svg || !this.config) return;
    const view = this.view(this.state, width, height);
    this.drawScene(svg, view.scene, width, height);
    this.printReadout(svg, view.readout, this.readoutSeparator);
    this.lastView = view;
    this.#tools?.showData(() => view.data);
    this.afterDraw(view);
  }

  /** Whatever else a view changes besides the plot and the readout (a legend entry, a slider's aria-valuetext). */
  protected afterDraw(_view: View): void {}

  /**
   * Brings a figure's own live state in line with the built drawing when it wakes up without
   * drawing (e.g. the dying-ReLU trainer adopts the build's runs). Default: nothing to do.
   */
  protected wake(): void {}

  /** The current view, drawing it first if the build's drawing is still on screen (a drag needs the live scales). */
  protected currentView(): View | undefined {
    if (!this.lastView) this.renderNow();
    return this.lastView;
  }

  connectedCallback(): void {
    try {
      this.config = JSON.parse(this.dataset.config ?? '') as Config;
    } catch {
      return; // Without a config the build-time figure stays as it is: still correct, just static.
    }
    this.schema = this.stateSchema(this.config);
    this.#tools = new FigureTools(this, { id: this.config.id, link: () => this.linkToState() });
    const viewBox = this.querySelector('svg')?.viewBox.baseVal;
    if (viewBox && viewBox.width > 0) this.#built = { width: viewBox.width, height: viewBox.height };
    if (this.#hashCarriesState()) this.#loadHash();
    else {
      // The build drew exactly this state: keep its drawing and its printed controls.
      this.state = { ...readFigureState('', this.config.id, this.schema) };
      this.wake();
    }
    this.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-key]').forEach((input) => {
      input.addEventListener('input', () => this.#fromInput(input));
      input.addEventListener('change', () => this.#fromInput(input));
    });
    this.querySelector('[data-action="reseed"]')?.addEventListener('click', () => {
      this.update({ seed: nextSeed(Number(this.state.seed)) });
    });
    const plot = this.querySelector<HTMLElement>('.figure__plot');
    if (plot && 'ResizeObserver' in window) {
      this.#resize = new ResizeObserver((entries) => this.#resized(entries[entries.length - 1]!));
      this.#resize.observe(plot);
    }
    window.addEventListener('hashchange', this.#onHashChange);
    this.querySelectorAll<HTMLFieldSetElement>('fieldset[disabled]').forEach((f) => (f.disabled = false));
    this.dataset.live = '';
  }

  disconnectedCallback(): void {
    this.#resize?.disconnect();
    window.removeEventListener('hashchange', this.#onHashChange);
    cancelAnimationFrame(this.#frame);
    clearTimeout(this.#hashTimer);
    if (this.#idle) cancelIdle(this.#idle);
    this.#near?.disconnect();
  }

  /** Sets state fields (clamped by the schema on the next hash read), re-renders and remembers them. */
  protected update(patch: FigureState): void {
    Object.assign(this.state, patch);
    this.syncInputs();
    this.requestRender();
    this.#scheduleHashWrite();
  }

  protected requestRender(): void {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.renderNow();
    });
  }

  /** Renders synchronously at the plot's current size. */
  protected renderNow(): void {
    // One layout read at most, before the first ResizeObserver entry; after that the entries say.
    const box = this.#plotSize ?? this.querySelector<HTMLElement>('.figure__plot')?.getBoundingClientRect();
    let width = Math.max(240, Math.round(box?.width ?? 640));
    let height = Math.max(200, Math.round(box?.height ?? 440));
    // Where the build's shape fits the box, draw at the build's size: the first touch changes
    // only what the state changes, not the scale of every label.
    if (this.#built && builtSceneFits(this.#built.width, this.#built.height, width, height)) ({ width, height } = this.#built);
    if (this.#idle) cancelIdle(this.#idle);
    this.#idle = 0;
    const start = performance.now();
    this.render(width, height);
    this.#drawnSize = this.#sizeKey(box?.width ?? width, box?.height ?? height);
    // The benchmark reads how long the model and the DOM update took, apart from frame waits.
    this.dispatchEvent(new CustomEvent('figurerender', { bubbles: true, detail: { duration: performance.now() - start } }));
  }

  /** Puts every control in line with the state (after a hash load or a programmatic change). */
  protected syncInputs(): void {
    this.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-key]').forEach((input) => {
      const value = this.state[input.dataset.key!];
      if (input instanceof HTMLInputElement && input.type === 'checkbox') {
        input.checked = Array.isArray(value) ? value.includes(input.value) : value === true;
      } else if (input instanceof HTMLInputElement && input.type === 'radio') {
        input.checked = String(value) === input.value;
      } else if (value !== undefined && input.value !== String(value)) {
        input.value = String(value);
      }
    });
    const seed = this.querySelector('[data-value-for="seed"]');
    if (seed && this.state.seed !== undefined) seed.textContent = `#${String(this.state.seed)}`;
    this.describeInputs();
  }

  /** Draws a model's scene into the plot's svg, sized `width`×`height` CSS pixels. */
  protected drawScene(svg: SVGSVGElement, scene: Scene, width: number, height: number): void {
    renderScene(svg, scene);
    // Writing an attribute, even unchanged, makes the browser look at the svg's layout again.
    if (svg.getAttribute('width') !== String(width)) svg.setAttribute('width', String(width));
    if (svg.getAttribute('height') !== String(height)) svg.setAttribute('height', String(height));
  }

  /** Prints a model's readout: one span per line in `[data-role="readout"]`, and the lines joined by `separator` in the svg's desc. */
  protected printReadout(svg: SVGSVGElement, lines: readonly string[], separator = '. '): void {
    const readout = this.querySelector('[data-role="readout"]');
    if (readout) {
      // Keep the spans and rewrite only lines that changed: a probe drag changes one or two.
      while (readout.children.length > lines.length) readout.lastElementChild!.remove();
      lines.forEach((line, i) => {
        const span = readout.children[i] ?? readout.appendChild(document.createElement('span'));
        if (span.textContent !== line) span.textContent = line;
      });
    }
    const desc = svg.querySelector('desc');
    const text = lines.join(separator);
    if (desc && desc.textContent !== text) desc.textContent = text;
  }

  /**
   * Prints a control's value in `[data-value-for=key]` and, if given, sets `valueText` as the
   * aria-valuetext of its slider (`input[data-key=key]` unless another `input` is passed).
   */
  protected showValue(key: string, text: string, valueText?: string, input = this.querySelector(`input[data-key="${key}"]`)): void {
    const value = this.querySelector(`[data-value-for="${key}"]`);
    if (value && value.textContent !== text) value.textContent = text;
    if (valueText !== undefined) input?.setAttribute('aria-valuetext', valueText);
  }

  /** Prints each slider's value and sets its aria-valuetext, as its control states them (the build prints the same). */
  protected describeRanges(specs: readonly RangeSpec[]): void {
    for (const spec of specs) {
      const { display, valueText } = rangeText(spec, Number(this.state[spec.key]));
      this.showValue(spec.key, display, valueText);
    }
  }

  /** The absolute link to this figure's current state: the page URL with the state in its hash. */
  protected linkToState(): string {
    // A state that is all defaults writes no hash: then link to the figure itself.
    const hash =
      writeFigureState(location.hash, this.config.id, this.schema, this.state as never) || `#${encodeURIComponent(this.config.id)}`;
    return `${location.origin}${location.pathname}${location.search}${hash}`;
  }

  /**
   * Disables the control of `key` and prints `reason` beside it (`[data-reason-for=key]`, linked
   * by aria-describedby), or with `null` enables it again. For a control that cannot change
   * anything in the current state: a slider that moves and changes nothing reads as broken.
   */
  protected setControlReason(key: string, reason: string | null): void {
    const note = this.querySelector<HTMLElement>(`[data-reason-for="${key}"]`);
    this.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[data-key="${key}"]`).forEach((input) => {
      input.disabled = reason !== null;
      if (note?.id) input.setAttribute('aria-describedby', note.id);
    });
    if (!note) return;
    note.hidden = reason === null;
    if (note.textContent !== (reason ?? '')) note.textContent = reason ?? '';
  }

  /** Updates visible values and aria-valuetext of the controls; figures override (usually with `describeRanges`). */
  protected describeInputs(): void {}

  #fromInput(input: HTMLInputElement | HTMLSelectElement): void {
    const key = input.dataset.key!;
    const spec = this.schema[key];
    if (!spec) return;
    if (input instanceof HTMLInputElement && input.type === 'checkbox') {
      if (spec.kind === 'list') {
        const checked = [...this.querySelectorAll<HTMLInputElement>(`input[type=checkbox][data-key="${key}"]`)]
          .filter((box) => box.checked)
          .map((box) => box.value);
        // A figure needs something to draw: refuse to uncheck the last box.
        if (checked.length === 0) {
          input.checked = true;
          return;
        }
        this.update({ [key]: checked });
      } else {
        this.update({ [key]: input.checked });
      }
      return;
    }
    if (input instanceof HTMLInputElement && input.type === 'radio' && !input.checked) return;
    const raw = input.value;
    const value = spec.kind === 'number' || spec.kind === 'int' ? Number(raw) : raw;
    if (typeof value === 'number' && !Number.isFinite(value)) return;
    this.update({ [key]: value });
  }

  #sizeKey(width: number, height: number): string {
    return `${Math.round(width)}x${Math.round(height)}`;
  }

  /** Whether the hash holds state for this figure (a heading link's hash does not). */
  #hashCarriesState(): boolean {
    return location.hash.includes(`${this.config.id}.`);
  }

  /**
   * A new plot size: once drawn live, redraw at it (if it changed); before that, keep the build's
   * drawing while it fits the box, and otherwise redraw once when the browser is idle.
   */
  #resized(entry: ResizeObserverEntry): void {
    const box = entry.contentBoxSize?.[0];
    const width = box ? box.inlineSize : entry.contentRect.width;
    const height = box ? box.blockSize : entry.contentRect.height;
    if (width === 0 || height === 0) return; // hidden: nothing to fit
    this.#plotSize = { width, height };
    if (this.#drawnSize) {
      if (this.#drawnSize !== this.#sizeKey(width, height)) this.requestRender();
      return;
    }
    const built = this.#built;
    if (!built || builtSceneFits(built.width, built.height, width, height) || this.#near || this.#narrowOnItsWay) return;
    if (!this.#swapInNarrowScene(width, height)) this.#redrawWhenNear();
  }

  /** One redraw at the plot's size, when the browser is idle: only figures the reader is about to see pay for it. */
  #redrawWhenNear(): void {
    const redraw = (): void => {
      this.#idle = whenIdle(() => {
        this.#idle = 0;
        if (!this.#drawnSize) this.renderNow();
      });
    };
    if (!('IntersectionObserver' in window)) return redraw();
    this.#near = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.#near?.disconnect();
        if (!this.#drawnSize) redraw();
      },
      { rootMargin: '600px 0px' },
    );
    this.#near.observe(this);
  }

  /**
   * Shows the build's narrow drawing (FigurePlot's template) in place of the wide one if it fits
   * a `width`×`height` box: the same state, so the phone reader sees it without the model running.
   * In a built site the template is empty and names a file of its own (narrowScenesOnRequest), so
   * only phones download it; it is fetched here. Says whether the narrow drawing fits.
   */
  #swapInNarrowScene(width: number, height: number): boolean {
    const template = this.querySelector<HTMLTemplateElement>('template[data-narrow-scene]');
    const { src, width: sceneWidth, height: sceneHeight } = template?.dataset ?? {};
    if (!template || !src) return template ? this.#showNarrowScene(template, width, height) : false;
    if (!builtSceneFits(Number(sceneWidth), Number(sceneHeight), width, height)) return false;
    this.#narrowOnItsWay = true;
    fetch(src)
      // No status check: an error page holds no <svg>, so it is redrawn like a failed fetch.
      .then((response) => response.text())
      .then((markup) => {
        template.innerHTML = markup;
        // A reader who touched the figure meanwhile has a newer drawing than this one.
        const { width: w, height: h } = this.#plotSize ?? { width, height };
        if (!this.#drawnSize && !this.#showNarrowScene(template, w, h)) this.#redrawWhenNear();
      })
      .catch(() => this.#redrawWhenNear())
      .finally(() => (this.#narrowOnItsWay = false));
    return true;
  }

  #showNarrowScene(template: HTMLTemplateElement, width: number, height: number): boolean {
    const narrow = template.content.firstElementChild;
    const svg = this.querySelector('svg');
    if (!(narrow instanceof SVGSVGElement) || !svg) return false;
    const { width: sceneWidth, height: sceneHeight } = narrow.viewBox.baseVal;
    if (!builtSceneFits(sceneWidth, sceneHeight, width, height)) return false;
    svg.querySelectorAll(':scope > :not(title, desc)').forEach((node) => node.remove());
    svg.append(...narrow.childNodes);
    svg.setAttribute('viewBox', `0 0 ${sceneWidth} ${sceneHeight}`);
    svg.setAttribute('width', String(sceneWidth));
    svg.setAttribute('height', String(sceneHeight));
    template.remove();
    this.#built = { width: sceneWidth, height: sceneHeight };
    return true;
  }

  #loadHash(): void {
    this.state = { ...readFigureState(location.hash, this.config.id, this.schema) };
    this.syncInputs();
    this.renderNow();
  }

  #scheduleHashWrite(): void {
    clearTimeout(this.#hashTimer);
    this.#hashTimer = window.setTimeout(() => {
      const hash = writeFigureState(location.hash, this.config.id, this.schema, this.state as never);
      const url = `${location.pathname}${location.search}${hash}`;
      if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
    }, 250);
  }
}

/** Runs `task` when the browser is idle (within 2 s), or after a short timeout where idle callbacks are missing. */
export function whenIdle(task: () => void): number {
  return typeof requestIdleCallback === 'function' ? requestIdleCallback(task, { timeout: 2000 }) : -setTimeout(task, 200);
}

function cancelIdle(handle: number): void {
  if (handle < 0) clearTimeout(-handle);
  else cancelIdleCallback(handle);
}

/**
 * Drag on a plot to set a value: pointer events, so mouse, pen and touch all work; capture keeps
 * the drag going when the pointer leaves the SVG.
 */
export function onPlotDrag(target: Element, onMove: (clientX: number, clientY: number) => void): void {
  target.addEventListener('pointerdown', (event) => {
    const e = event as PointerEvent;
    if (e.button !== 0) return;
    (target as Element & { setPointerCapture(id: number): void }).setPointerCapture(e.pointerId);
    onMove(e.clientX, e.clientY);
    e.preventDefault();
  });
  target.addEventListener('pointermove', (event) => {
    const e = event as PointerEvent;
    if ((target as Element).hasPointerCapture(e.pointerId)) onMove(e.clientX, e.clientY);
  });
}
