import { getActivation } from '../../lib/activations/functions';
import {
  explorerModel,
  explorerYDomains,
  readoutText,
  resolvedParams,
  thresholdDeadReason,
  type ExplorerResult,
  type ExplorerYDomains,
} from './model';
import { formatNumber } from '../kit/format';
import type { StateSchema } from '../kit/url-state';
import { explorerSchema, type ExplorerConfig } from './config';
import { FigureElement, onPlotDrag, whenIdle, type FigureState } from '../kit/figure-element';
import type { FigureView } from '../kit/figure-view';
import { legendSwatchMarkup } from '../kit/legend-swatch';
import type { ActivationCore } from '../../lib/activations/types';
import type { FormulaBox } from './formula-box';
import type { FormatId } from '../../lib/precision/formats';
import type { ExplorerPrecision } from './precision-layer';
import type * as PrecisionData from './precision-data';
import { explorerSliders, FORMAT_CONTROL, paramKey, THRESHOLD_CONTROL } from './controls';
import { rangeText, type RangeSpec } from '../kit/controls';

/** The arithmetic in narrow formats and the drawing of it (~7 KB gzipped), loaded only once a reader asks for one. */
type PrecisionModule = typeof PrecisionData;
let precisionModule: Promise<PrecisionModule> | null = null;
function loadPrecision(): Promise<PrecisionModule> {
  precisionModule ??= import('./precision-data');
  return precisionModule;
}

/** The explorer's view: the model's result, the functions shown, and the readout lines. */
type ExplorerView = FigureView & ExplorerResult & { readonly shown: readonly string[]; readonly precision: ExplorerPrecision | undefined };

/** Live half of ActivationExplorer.astro: sliders, plot dragging and the printed numbers. */
export class ActivationExplorer extends FigureElement<ExplorerConfig, ExplorerView> {
  #yDomains: { key: string; value: ExplorerYDomains } | null = null;
  #xInvert: ((px: number) => number) | null = null;
  #thresholdReason: { key: string; value: string | null } | null = null;
  /** The sliders by key (controls.ts), for their printed values; made once the config is read. */
  #sliders: ReadonlyMap<string, RangeSpec> | null = null;
  /** The reader's own function from "Try your own", drawn after the chosen ones. */
  #custom: ActivationCore | null = null;
  #formulaBox: FormulaBox | null = null;
  /** The precision code, once loaded. */
  #precisionCode: PrecisionModule | null = null;
  /** The functions and parameters whose reports were last computed ahead for every format. */
  #warmed = '';

  protected stateSchema(config: ExplorerConfig): StateSchema {
    return explorerSchema(config);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const svg = this.querySelector('svg');
    if (!svg || !this.config) return;
    // Start loading the arithmetic as soon as a reader heads for the format menu, so the first
    // switch is as quick as the later ones.
    const select = this.querySelector(`select[data-key="${FORMAT_CONTROL.key}"]`);
    for (const type of ['pointerenter', 'focus']) select?.addEventListener(type, () => void this.#loadPrecision(), { once: true });
    if (this.#format() !== 'float64') void this.#loadPrecision();
    onPlotDrag(svg, (clientX) => {
      this.currentView(); // the scales of a live draw, not the build's
      const box = svg.getBoundingClientRect();
      const viewBoxWidth = svg.viewBox.baseVal.width || box.width;
      const x = this.#xInvert?.(((clientX - box.left) * viewBoxWidth) / box.width);
      if (x !== undefined && Number.isFinite(x)) this.update({ x: Math.round(x * 100) / 100 });
    });
    this.#wireTryYourOwn();
  }

  /** The parser loads on the first opening of "Try your own", not before. */
  #wireTryYourOwn(): void {
    const details = this.querySelector<HTMLDetailsElement>('details[data-role="try-own"]');
    if (!details) return;
    const load = (): void => {
      if (!details.open || this.#formulaBox) return;
      details.removeEventListener('toggle', load);
      void import('./formula-box').then(({ attachFormulaBox }) => {
        this.#formulaBox = attachFormulaBox(details, (activation) => {
          this.#custom = activation;
          this.requestRender();
        });
        this.#formulaBox.show(Number(this.state.x));
      });
    };
    details.addEventListener('toggle', load);
    load();
  }

  #format(state: Readonly<FigureState> = this.state): FormatId {
    return (state[FORMAT_CONTROL.key] as FormatId | undefined) ?? 'float64';
  }

  async #loadPrecision(): Promise<void> {
    if (this.#precisionCode) return;
    this.#precisionCode = await loadPrecision();
    // Until a first live draw, the build's drawing of this format is on screen and still right.
    if (this.#format() !== 'float64' && this.lastView) this.requestRender();
  }

  /**
   * The reports for a state in a narrow format, or undefined in float64 and until the code has
   * loaded (the float64 figure stays up meanwhile, and the first render after loading replaces it).
   */
  #precisionFor(
    state: Readonly<FigureState>,
    shown: readonly string[],
    params: Record<string, Record<string, number>>,
  ): ExplorerPrecision | undefined {
    const format = this.#format(state);
    if (format === 'float64') return undefined;
    if (!this.#precisionCode) {
      void this.#loadPrecision();
      return undefined;
    }
    const key = `${shown.join(',')}|${JSON.stringify(shown.map((id) => params[id] ?? {}))}`;
    // The module remembers reports by format; warming once per set of functions and parameters
    // has the other formats ready before the reader's next switch.
    if (this.#warmed !== key) {
      this.#warmed = key;
      this.#precisionCode.warmFormats(shown, this.config.domain, params, whenIdle);
    }
    return this.#precisionCode.explorerPrecision(shown, format, this.config.domain, params);
  }

  #shown(state: Readonly<FigureState> = this.state): readonly string[] {
    const act = state.act;
    return Array.isArray(act) && act.length > 0 ? (act as string[]) : this.config.activations;
  }

  #params(state: Readonly<FigureState>): Record<string, Record<string, number>> {
    const params: Record<string, Record<string, number>> = {};
    for (const [id, values] of Object.entries(this.config.params)) {
      params[id] = Object.fromEntries(Object.keys(values).map((name) => [name, Number(state[paramKey(id, name)])]));
    }
    return params;
  }

  protected view(state: Readonly<FigureState>, width: number, height: number): ExplorerView {
    const shown = this.#shown(state);
    const domainKey = shown.join(',');
    if (this.#yDomains?.key !== domainKey) {
      this.#yDomains = { key: domainKey, value: explorerYDomains(shown, this.config.domain) };
    }
    const params = this.#params(state);
    const precision = this.#precisionFor(state, shown, params);
    const code = this.#precisionCode;
    const result = explorerModel({
      activations: shown,
      params,
      probeX: Number(state.x),
      domain: this.config.domain,
      threshold: Number(state.t),
      yDomains: this.#yDomains.value,
      extra: this.#custom ? [this.#custom] : [],
      width,
      height,
      idPrefix: this.config.id,
      precision: precision && code?.precisionLayer(precision),
    });
    return {
      scene: result.scene,
      readouts: result.readouts,
      xInvert: result.xInvert,
      shown,
      precision,
      readout: [
        ...result.readouts.map((r) => readoutText(r, this.config.domain)),
        ...(precision && code ? code.precisionReadout(precision) : []),
      ],
      // A getter, not a spread of `result`: the table is worked out only if someone reads it.
      get data() {
        return precision && code ? code.precisionTable(precision) : result.data;
      },
    };
  }

  protected override afterDraw(view: ExplorerView): void {
    this.#xInvert = view.xInvert;
    this.#renderLegend(
      view.shown,
      view.readouts.map((r) => r.name),
      view.precision,
    );
    this.#formulaBox?.show(Number(this.state.x));
    const xInput = this.querySelector<HTMLInputElement>('input[data-key="x"]');
    const first = view.readouts[0];
    if (xInput && first) {
      xInput.setAttribute(
        'aria-valuetext',
        `x = ${formatNumber(first.x)}; ${view.readouts.map((r) => `${r.name} ${formatNumber(r.fx)}, slope ${formatNumber(r.dfx)}`).join('; ')}`,
      );
    }
  }

  protected override describeInputs(): void {
    if (!this.config) return;
    const shown = this.#shown();
    const params = this.#params(this.state);
    const functions = shown.map((id) => [getActivation(id), resolvedParams(getActivation(id), params[id])] as const);
    // Only the shown functions and their parameters decide it: work it out again when they change.
    const key = JSON.stringify(functions.map(([a, p]) => [a.id, p]));
    if (this.#thresholdReason?.key !== key) {
      this.#thresholdReason = { key, value: thresholdDeadReason(functions, this.config.domain, THRESHOLD_CONTROL) };
    }
    this.setControlReason(THRESHOLD_CONTROL.key, this.#thresholdReason.value);
    const sliders = (this.#sliders ??= explorerSliders(this.config.domain, this.config.params));
    this.querySelectorAll<HTMLElement>('[data-activation]').forEach((row) => {
      row.hidden = !shown.includes(row.dataset.activation!);
    });
    this.querySelectorAll<HTMLElement>('[data-value-for]').forEach((el) => {
      const key = el.dataset.valueFor!;
      const slider = sliders.get(key);
      if (!slider) return;
      const { display, valueText } = rangeText(slider, Number(this.state[key]));
      el.textContent = display;
      // The probe's aria-valuetext also reads the functions' values (afterDraw).
      if (key !== 'x') this.querySelector(`input[data-key="${key}"]`)?.setAttribute('aria-valuetext', valueText);
    });
  }

  #renderLegend(shown: readonly string[], names: readonly string[], precision: ExplorerPrecision | undefined): void {
    const legend = this.querySelector('[data-role="legend"]');
    if (!legend) return;
    const entries =
      precision && this.#precisionCode
        ? this.#precisionCode.legendEntries(shown, precision)
        : names.map((name, i) => ({ name, className: `curve series-${i + 1}` }));
    if (legend.textContent?.trim() === entries.map((e) => e.name).join('')) return;
    legend.replaceChildren(
      ...entries.map((entry) => {
        const item = document.createElement('li');
        item.innerHTML = legendSwatchMarkup({ shape: 'line', className: entry.className });
        item.append(entry.name);
        return item;
      }),
    );
    if (entries.length > 1) legend.removeAttribute('aria-hidden');
    else legend.setAttribute('aria-hidden', 'true');
  }
}
