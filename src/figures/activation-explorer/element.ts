import { getActivation } from '../../lib/activations/registry';
import { explorerModel, explorerYDomains, readoutText, resolvedParams, thresholdDeadReason, type ExplorerResult, type ExplorerYDomains } from './model';
import { formatNumber } from '../kit/format';
import type { StateSchema } from '../kit/url-state';
import { explorerSchema, paramKey, THRESHOLD_RANGE, type ExplorerConfig } from './config';
import { FigureElement, onPlotDrag, type FigureState } from '../kit/figure-element';
import type { FigureView } from '../kit/figure-view';
import { legendSwatchMarkup } from '../kit/legend-swatch';

/** The explorer's view: the model's result, the functions shown, and the readout lines. */
type ExplorerView = FigureView & ExplorerResult & { readonly shown: readonly string[] };

/** Live half of ActivationExplorer.astro: sliders, plot dragging and the printed numbers. */
export class ActivationExplorer extends FigureElement<ExplorerConfig, ExplorerView> {
  #yDomains: { key: string; value: ExplorerYDomains } | null = null;
  #xInvert: ((px: number) => number) | null = null;
  #thresholdReason: { key: string; value: string | null } | null = null;

  protected stateSchema(config: ExplorerConfig): StateSchema {
    return explorerSchema(config);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const svg = this.querySelector('svg');
    if (!svg || !this.config) return;
    onPlotDrag(svg, (clientX) => {
      this.currentView(); // the scales of a live draw, not the build's
      const box = svg.getBoundingClientRect();
      const viewBoxWidth = svg.viewBox.baseVal.width || box.width;
      const x = this.#xInvert?.(((clientX - box.left) * viewBoxWidth) / box.width);
      if (x !== undefined && Number.isFinite(x)) this.update({ x: Math.round(x * 100) / 100 });
    });
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
    const result = explorerModel({
      activations: shown,
      params: this.#params(state),
      probeX: Number(state.x),
      domain: this.config.domain,
      threshold: Number(state.t),
      yDomains: this.#yDomains.value,
      width,
      height,
      idPrefix: this.config.id,
    });
    return {
      ...result,
      shown,
      readout: result.readouts.map((r) => readoutText(r, this.config.domain)),
    };
  }

  protected override afterDraw(view: ExplorerView): void {
    this.#xInvert = view.xInvert;
    this.#renderLegend(view.shown);
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
      this.#thresholdReason = { key, value: thresholdDeadReason(functions, this.config.domain, THRESHOLD_RANGE) };
    }
    this.setControlReason('t', this.#thresholdReason.value);
    this.querySelectorAll<HTMLElement>('[data-activation]').forEach((row) => {
      row.hidden = !shown.includes(row.dataset.activation!);
    });
    this.querySelectorAll<HTMLElement>('[data-value-for]').forEach((el) => {
      const key = el.dataset.valueFor!;
      const value = Number(this.state[key]);
      const text = key === 't' ? `${formatNumber(value * 100)}%` : formatNumber(value);
      el.textContent = text;
      if (key !== 'x') this.querySelector(`input[data-key="${key}"]`)?.setAttribute('aria-valuetext', text);
    });
  }

  #renderLegend(shown: readonly string[]): void {
    const legend = this.querySelector('[data-role="legend"]');
    if (!legend) return;
    const names = shown.map((id) => getActivation(id).name);
    if (legend.textContent?.trim() === names.join('')) return;
    legend.replaceChildren(
      ...names.map((name, i) => {
        const item = document.createElement('li');
        item.innerHTML = legendSwatchMarkup({ shape: 'line', className: `curve series-${i + 1}` });
        item.append(name);
        return item;
      }),
    );
    if (shown.length > 1) legend.removeAttribute('aria-hidden');
    else legend.setAttribute('aria-hidden', 'true');
  }
}
