import { formatNumber } from '../kit/format';
import { reluCompositionModel, reluInterpolant, RELU_TARGET } from './model';
import type { StateSchema } from '../kit/url-state';
import { reluCompositionSchema, sumFromState, UNIT_COUNT, WEIGHT_RANGE, type ReluCompositionConfig } from './config';
import { FigureElement } from '../kit/figure-element';

/** Live half of ReluComposition.astro: nine sliders, "Fit" and "Reset". */
export class ReluComposition extends FigureElement<ReluCompositionConfig> {
  protected stateSchema(config: ReluCompositionConfig): StateSchema {
    return reluCompositionSchema(config);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.config) return;
    this.querySelector('[data-action="fit"]')?.addEventListener('click', () => this.#fit());
    this.querySelector('[data-action="reset"]')?.addEventListener('click', () => {
      const defaults: Record<string, unknown> = {};
      for (const [key, spec] of Object.entries(this.schema)) defaults[key] = spec.default;
      this.update(defaults);
    });
  }

  /**
   * Keeps the kinks and sets the constant and slopes that join the target at them and at the
   * right edge. A slope the sliders cannot show is clamped, so the fit is then only close.
   */
  #fit(): void {
    const current = sumFromState(this.state);
    const knots = current.units.map((u) => u.knot);
    const fitted = reluInterpolant(RELU_TARGET.f, [...knots, RELU_TARGET.domain[1]]);
    const patch: Record<string, number> = { c: round(fitted.constant, 1) };
    current.units.forEach((u, i) => {
      // A repeated kink gets no unit of its own in the fit: its slope change is 0.
      const unit = fitted.units.find((f) => f.knot === u.knot);
      const taken = current.units.findIndex((v) => v.knot === u.knot) !== i;
      const weight = unit && !taken ? unit.weight : 0;
      patch[`w${i + 1}`] = round(Math.min(WEIGHT_RANGE.max, Math.max(WEIGHT_RANGE.min, weight)), 1);
    });
    this.update(patch);
  }

  protected render(width: number, height: number): void {
    const svg = this.querySelector('svg');
    if (!svg) return;
    const result = reluCompositionModel({ sum: sumFromState(this.state), width, height, idPrefix: this.config.id });
    this.drawScene(svg, result.scene, width, height);
    this.showData(result.data);
    this.printReadout(svg, result.readout);
  }

  protected override describeInputs(): void {
    if (!this.config) return;
    const keys = ['c', ...Array.from({ length: UNIT_COUNT }, (_, i) => [`k${i + 1}`, `w${i + 1}`]).flat()];
    for (const key of keys) {
      const text = formatNumber(Number(this.state[key]));
      this.showValue(key, text, key.startsWith('k') ? `x = ${text}` : text);
    }
  }
}

function round(v: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(v * f) / f + 0;
}
