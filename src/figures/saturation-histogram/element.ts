import type { SaturationCurve } from '../../lib/experiments/saturation';
import { formatNumberPlain } from '../kit/format';
import { curveFor, formatScale, saturationHistogramModel } from './model';
import type { StateSchema } from '../kit/url-state';
import { saturationHistogramSchema, type SaturationHistogramConfig } from './config';
import { FigureElement } from '../kit/figure-element';

/** Live half of SaturationHistogram.astro: the weight-scale slider, activation, new samples. */
export class SaturationHistogram extends FigureElement<SaturationHistogramConfig> {
  // The curve depends on the activation and the seed, not on the scale: keep it while the slider moves.
  #curve: { key: string; value: SaturationCurve } | null = null;

  protected stateSchema(config: SaturationHistogramConfig): StateSchema {
    return saturationHistogramSchema(config);
  }

  protected render(width: number, height: number): void {
    const svg = this.querySelector('svg');
    if (!svg) return;
    const { units, fanIn, threshold } = this.config;
    const activation = this.state.act as SaturationHistogramConfig['activation'];
    const seed = Number(this.state.seed);
    const key = `${activation}|${seed}`;
    if (this.#curve?.key !== key) this.#curve = { key, value: curveFor({ activation, seed, units, fanIn, threshold }) };
    const result = saturationHistogramModel({
      activation,
      weightScale: 10 ** Number(this.state.w),
      seed,
      units,
      fanIn,
      threshold,
      curve: this.#curve.value,
      width,
      height,
      idPrefix: this.config.id,
    });
    this.drawScene(svg, result.scene, width, height);
    this.showData(result.data);
    this.printReadout(svg, result.readout);
  }

  protected override describeInputs(): void {
    if (!this.config) return;
    const scale = 10 ** Number(this.state.w);
    this.showValue('w', formatScale(scale), `weight scale ${formatNumberPlain(scale, 2)}`);
  }
}
