import { formatNumber } from '../kit/format';
import { biasValueText, sparsityModel } from './model';
import type { StateSchema } from '../kit/url-state';
import { sparsitySchema, type SparsityConfig } from './config';
import { FigureElement } from '../kit/figure-element';

/** Live half of SparsityHistogram.astro: the bias slider and "New sample". */
export class SparsityHistogram extends FigureElement<SparsityConfig> {
  protected stateSchema(config: SparsityConfig): StateSchema {
    return sparsitySchema(config);
  }

  protected render(width: number, height: number): void {
    const svg = this.querySelector('svg');
    if (!svg) return;
    const result = sparsityModel({
      bias: Number(this.state.bias),
      seed: Number(this.state.seed),
      units: this.config.units,
      fanIn: this.config.fanIn,
      width,
      height,
    });
    this.drawScene(svg, result.scene, width, height);
    this.showData(result.data);
    this.printReadout(svg, result.readout, ' ');
    this.querySelector('input[data-key="bias"]')?.setAttribute('aria-valuetext', biasValueText(result.bias, result.relu.zeroFraction));
  }

  protected override describeInputs(): void {
    if (!this.config) return;
    const bias = Number(this.state.bias);
    // The zero share arrives with the next render; until then say the bias alone.
    this.showValue('bias', formatNumber(bias), biasValueText(bias));
  }
}
