import { reluInterpolant, RELU_TARGET } from '../../lib/experiments/relu-sum';
import { reluCompositionModel, type ReluCompositionResult } from './model';
import type { StateSchema } from '../kit/url-state';
import { reluCompositionSchema, sumFromState, type ReluCompositionConfig } from './config';
import { RELU_COMPOSITION_CONTROLS, WEIGHT_RANGE } from './controls';
import { FigureElement, type FigureState } from '../kit/figure-element';

/** Live half of ReluComposition.astro: nine sliders, "Fit" and "Reset". */
export class ReluComposition extends FigureElement<ReluCompositionConfig, ReluCompositionResult> {
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

  protected view(state: Readonly<FigureState>, width: number, height: number): ReluCompositionResult {
    return reluCompositionModel({ sum: sumFromState(state), width, height, idPrefix: this.config.id });
  }

  protected override describeInputs(): void {
    if (!this.config) return;
    this.describeRanges(RELU_COMPOSITION_CONTROLS);
  }
}

function round(v: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(v * f) / f + 0;
}
