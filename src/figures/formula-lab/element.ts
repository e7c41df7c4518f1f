import type { CompileError, CustomActivation } from '../../lib/formula/activation';
import { FORMULA_PRESETS } from '../../lib/formula/presets';
import { FigureElement, onPlotDrag, type FigureState } from '../kit/figure-element';
import { formatNumber, formatNumberPlain } from '../kit/format';
import type { StateSchema } from '../kit/url-state';
import { compileLabFormula, declaredDefaults, formulaLabSchema, type FormulaLabConfig } from './config';
import { PARAM_KEYS, PROBE_CONTROL } from './controls';
import { labAnalysis, labModel, labParams, type LabAnalysis, type LabView } from './model';
import { exportText, type ExportKind } from './exports';
import { publishLabFormula } from '../kit/lab-formula-channel';

/**
 * Live half of FormulaLab.astro. The formula boxes are not plain state inputs: text that does
 * not compile leaves the state (and the plot, and the hash) at the last formula that did, and
 * the message points at the column. A link whose formula does not compile shows the message
 * and the page's default formula. Everything the reader typed reaches the page as textContent
 * or an input's value only.
 */
export class FormulaLab extends FigureElement<FormulaLabConfig, LabView> {
  #compiled: { key: string; value: CustomActivation } | null = null;
  #fallback: CustomActivation | null = null;
  #analysis: { key: string; value: LabAnalysis } | null = null;
  #error: CompileError | null = null;
  #xInvert: ((px: number) => number) | null = null;
  #stopTraining: (() => void) | null = null;

  protected stateSchema(config: FormulaLabConfig): StateSchema {
    return formulaLabSchema(config);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.config) return;
    for (const box of [this.#box('formula'), this.#box('declarations')]) box?.addEventListener('input', () => this.#fromBoxes());
    this.querySelectorAll<HTMLButtonElement>('[data-preset]').forEach((button) => {
      button.addEventListener('click', () => this.#loadPreset(button.dataset.preset!));
    });
    this.querySelectorAll<HTMLButtonElement>('[data-export]').forEach((button) => {
      button.addEventListener('click', () => void this.#export(button.dataset.export as ExportKind));
    });
    this.querySelector('[data-action="train"]')?.addEventListener('click', () => void this.#train());
    this.#publish();
    const svg = this.querySelector('svg');
    if (svg) {
      onPlotDrag(svg, (clientX) => {
        this.currentView(); // the scales of a live draw, not the build's
        const box = svg.getBoundingClientRect();
        const viewBoxWidth = svg.viewBox.baseVal.width || box.width;
        const x = this.#xInvert?.(((clientX - box.left) * viewBoxWidth) / box.width);
        if (x !== undefined && Number.isFinite(x)) this.update({ x: Math.round(x * 100) / 100 });
      });
    }
  }

  #box(role: 'formula' | 'declarations'): HTMLInputElement | null {
    return this.querySelector<HTMLInputElement>(`input[data-role="${role}"]`);
  }

  /** The activation of the current state, or the last one that compiled (at first the config's). */
  #activation(state: Readonly<FigureState>): CustomActivation {
    const formula = String(state.f ?? '');
    const declarations = String(state.p ?? '');
    const key = `${formula}\u0000${declarations}`;
    if (this.#compiled?.key === key) return this.#compiled.value;
    const result = compileLabFormula(formula, declarations);
    if (result.ok) {
      this.#error = null;
      this.#compiled = { key, value: result.value };
      return result.value;
    }
    // A formula from the link that does not compile: say why, and show the default formula.
    this.#error = result.error;
    return this.#compiled?.value ?? this.#defaultActivation();
  }

  #defaultActivation(): CustomActivation {
    if (!this.#fallback) {
      const result = compileLabFormula(this.config.formula, this.config.declarations);
      // The build checked the config's formula, so this cannot fail; a constant keeps the types honest.
      this.#fallback = result.ok ? result.value : (compileLabFormula('x', '') as { ok: true; value: CustomActivation }).value;
    }
    return this.#fallback;
  }

  #paramValues(activation: CustomActivation, state: Readonly<FigureState>): Record<string, number> {
    return Object.fromEntries(activation.paramDeclarations.map((d, i) => [d.name, Number(state[PARAM_KEYS[i]!])]));
  }

  protected view(state: Readonly<FigureState>, width: number, height: number): LabView {
    const activation = this.#activation(state);
    const params = labParams(activation, this.#paramValues(activation, state));
    const key = `${activation.source}\u0000${activation.declarations}\u0000${JSON.stringify(params)}`;
    if (this.#analysis?.key !== key) this.#analysis = { key, value: labAnalysis(activation, params) };
    return labModel({ activation, params, probeX: Number(state.x), width, height, idPrefix: this.config.id }, this.#analysis.value);
  }

  /**
   * Hands the formula on screen to the figures that follow the Lab, its parameters fixed at the
   * sliders' values by writing them as the declared defaults.
   */
  #publish(): void {
    const activation = this.#activation(this.state);
    const params = labParams(activation, this.#paramValues(activation, this.state));
    const declarations = activation.paramDeclarations.map((d) => `${d.name} in [${d.min}, ${d.max}] = ${params[d.name]}`).join('; ');
    publishLabFormula({ formula: activation.source, declarations });
  }

  protected override afterDraw(view: LabView): void {
    this.#xInvert = view.xInvert;
    this.#publish();
    this.#showError();
    const badge = this.querySelector<HTMLElement>('[data-role="badge"]');
    if (badge) {
      badge.textContent = view.badge.text;
      badge.dataset.pass = String(view.badge.pass);
    }
    this.#list('properties', view.propertyLines);
    this.#list('gaps', view.gapLines.length > 0 ? view.gapLines : ['f, f′ and f″ are finite everywhere on the domain.']);
    const probe = this.querySelector('input[data-key="x"]');
    probe?.setAttribute('aria-valuetext', `x = ${formatNumberPlain(Number(this.state.x), 4)}; ${view.readout.join('; ')}`);
  }

  #list(role: string, lines: readonly string[]): void {
    const list = this.querySelector(`[data-role="${role}"]`);
    if (!list) return;
    const now = [...list.children].map((li) => li.textContent).join('\n');
    if (now === lines.join('\n')) return;
    list.replaceChildren(...lines.map((line) => Object.assign(document.createElement('li'), { textContent: line })));
  }

  /** The message, and the typed text again with the part it points at marked. */
  #showError(): void {
    const error = this.#error;
    const message = this.querySelector<HTMLElement>('[data-role="error"]');
    const echo = this.querySelector<HTMLElement>('[data-role="echo"]');
    for (const role of ['formula', 'declarations'] as const) {
      const box = this.#box(role);
      const wrong = error !== null && (error.field === 'formula') === (role === 'formula');
      if (wrong) box?.setAttribute('aria-invalid', 'true');
      else box?.removeAttribute('aria-invalid');
    }
    if (!message || !echo) return;
    if (error === null) {
      message.textContent = '';
      message.hidden = true;
      echo.hidden = true;
      return;
    }
    const field = error.field === 'formula' ? 'formula' : 'parameters';
    message.textContent = `Error in the ${field}: ${error.message}. The plot still shows the last formula that worked.`;
    message.hidden = false;
    const typed = (error.field === 'formula' ? this.#box('formula') : this.#box('declarations'))?.value ?? '';
    const shown = typed.length > 240 ? typed.slice(0, 240) : typed;
    const start = Math.max(0, error.column - 1);
    const end = Math.min(shown.length, start + Math.max(1, error.length));
    const mark = Object.assign(document.createElement('mark'), { textContent: shown.slice(start, end) || ' ' });
    echo.replaceChildren(shown.slice(0, start), mark, shown.slice(end) + (typed.length > shown.length ? '…' : ''));
    echo.hidden = false;
  }

  #fromBoxes(): void {
    const formula = this.#box('formula')?.value ?? '';
    const declarations = this.#box('declarations')?.value ?? '';
    const result = compileLabFormula(formula, declarations);
    if (!result.ok) {
      this.#error = result.error;
      this.#showError();
      return;
    }
    this.#error = null;
    if (formula !== this.state.f || declarations !== this.state.p) this.#forgetTraining();
    const patch: FigureState = { f: formula, p: declarations };
    // New declarations start their sliders at their defaults; editing only the formula keeps them.
    if (declarations !== this.state.p) Object.assign(patch, declaredDefaults(result.value));
    this.update(patch);
    this.#showError();
  }

  /** A result belongs to the formula it was trained with: a new formula clears it. */
  #forgetTraining(): void {
    this.#stopTraining?.();
    this.#stopTraining = null;
    const status = this.querySelector('[data-role="train-status"]');
    const results = this.querySelector<HTMLElement>('[data-role="train-results"]');
    if (status) status.textContent = '';
    if (results) {
      results.replaceChildren();
      results.hidden = true;
    }
  }

  #loadPreset(id: string): void {
    const preset = FORMULA_PRESETS.find((p) => p.id === id);
    if (!preset) return;
    const formula = this.#box('formula');
    const declarations = this.#box('declarations');
    if (formula) formula.value = preset.source;
    if (declarations) declarations.value = preset.declarations;
    this.#fromBoxes();
    const status = this.querySelector('[data-role="preset-status"]');
    if (status) status.textContent = `Loaded ${preset.name}: ${preset.summary}`;
  }

  /** Runs the dying-ReLU experiment on this function beside ReLU; its code loads on the first click. */
  async #train(): Promise<void> {
    this.#stopTraining?.();
    const activation = this.#activation(this.state);
    const params = labParams(activation, this.#paramValues(activation, this.state));
    const { trainBesideRelu } = await import('./train');
    const results = this.querySelector('[data-role="train-results"]');
    const status = this.querySelector('[data-role="train-status"]');
    this.#stopTraining = trainBesideRelu(activation, params, (report) => {
      this.#list('train-results', report.lines);
      if (results) (results as HTMLElement).hidden = report.lines.length === 0;
      if (status) status.textContent = report.status;
      if (report.stepsPerSecond !== undefined) this.dataset.trainStepsPerSecond = String(Math.round(report.stepsPerSecond));
    });
  }

  async #export(kind: ExportKind): Promise<void> {
    const out = this.querySelector<HTMLElement>('[data-role="export-text"]');
    const status = this.querySelector<HTMLElement>('[data-role="export-status"]');
    const activation = this.#activation(this.state);
    const text = await exportText(kind, activation);
    if (out) {
      out.textContent = text;
      out.hidden = false;
    }
    let copied = false;
    try {
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch {
      // No clipboard permission (or an insecure context): the code is shown below to select.
    }
    if (status)
      status.textContent = copied
        ? 'Copied to the clipboard; the code is also shown below.'
        : 'The clipboard is not available here: select the code below and copy it.';
  }

  protected override syncInputs(): void {
    super.syncInputs();
    const formula = this.#box('formula');
    const declarations = this.#box('declarations');
    // Only a load (hash, preset) moves text into the boxes: never under the reader's cursor.
    if (formula && document.activeElement !== formula && formula.value !== this.state.f) formula.value = String(this.state.f ?? '');
    if (declarations && document.activeElement !== declarations && declarations.value !== this.state.p)
      declarations.value = String(this.state.p ?? '');
  }

  protected override describeInputs(): void {
    if (!this.config) return;
    this.showValue('x', PROBE_CONTROL.display(Number(this.state.x)));
    const activation = this.#activation(this.state);
    const params = labParams(activation, this.#paramValues(activation, this.state));
    PARAM_KEYS.forEach((key, i) => {
      const input = this.querySelector<HTMLInputElement>(`input[data-key="${key}"]`);
      const row = input?.closest<HTMLElement>('.control');
      const declared = activation.paramDeclarations[i];
      if (!input || !row) return;
      row.hidden = !declared;
      if (!declared) return;
      const label = row.querySelector('label');
      if (label) label.textContent = `Parameter ${declared.name}`;
      input.min = String(declared.min);
      input.max = String(declared.max);
      input.step = String(declared.step);
      const value = params[declared.name]!;
      if (input.value !== String(value)) input.value = String(value);
      this.showValue(key, formatNumber(value, 4), `${declared.name} = ${formatNumberPlain(value, 4)}`);
    });
  }
}
