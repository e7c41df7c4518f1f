import type { SaturationCurve } from '../../lib/experiments/saturation';
import { curveFor, saturationHistogramModel, type SaturationHistogramResult } from './model';
import type { StateSchema } from '../kit/url-state';
import { saturationHistogramSchema, type SaturationHistogramConfig } from './config';
import { FigureElement, type FigureState } from '../kit/figure-element';
import { WEIGHT_SCALE_CONTROL } from './controls';
import { ReaderFormulaSlot } from '../kit/reader-formula';

/** Live half of SaturationHistogram.astro: the weight-scale slider, activation, new samples, and a reader's formula from the hash or the Lab. */
export class SaturationHistogram extends FigureElement<SaturationHistogramConfig, SaturationHistogramResult> {
  // The curve depends on the activation (or formula) and the seed, not on the scale: keep it while the slider moves.
  #curve: { key: string; value: SaturationCurve } | null = null;

  protected stateSchema(config: SaturationHistogramConfig): StateSchema {
    return saturationHistogramSchema(config);
  }

  readonly #reader = new ReaderFormulaSlot(() => this.requestRender());

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.config?.followLab) this.#reader.followLab((patch) => this.update(patch));
  }

  protected view(state: Readonly<FigureState>, width: number, height: number): SaturationHistogramResult {
    const { units, fanIn, threshold } = this.config;
    const activation = state.act as SaturationHistogramConfig['activation'];
    const seed = Number(state.seed);
    const reader = this.#reader.current(state);
    const custom = reader?.ok ? reader.fn.activation : undefined;
    // Sigmoid or tanh changes nothing while the reader's function is drawn in their place.
    this.setControlReason('act', custom ? 'Your function is drawn in place of sigmoid and tanh.' : null);
    const key = `${activation}|${seed}|${custom ? `${String(state.f)}\u0000${String(state.p)}` : ''}`;
    if (this.#curve?.key !== key) this.#curve = { key, value: curveFor({ activation, seed, units, fanIn, threshold, custom }) };
    return saturationHistogramModel({
      activation,
      weightScale: 10 ** Number(state.w),
      seed,
      units,
      fanIn,
      threshold,
      curve: this.#curve.value,
      width,
      height,
      idPrefix: this.config.id,
      reader,
    });
  }

  protected override describeInputs(): void {
    if (!this.config) return;
    this.describeRanges([WEIGHT_SCALE_CONTROL]);
  }
}
