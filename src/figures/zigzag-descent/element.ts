import { formatNumber, formatNumberPlain } from '../kit/format';
import { zigzagDescentModel } from './model';
import type { StateSchema } from '../kit/url-state';
import { zigzagDescentSchema, type ZigzagDescentConfig } from './config';
import { FigureElement } from '../kit/figure-element';

/** Live half of ZigzagDescent.astro: batch size, learning rate, new samples. */
export class ZigzagDescent extends FigureElement<ZigzagDescentConfig> {
  protected stateSchema(config: ZigzagDescentConfig): StateSchema {
    return zigzagDescentSchema(config);
  }

  protected render(width: number, height: number): void {
    const svg = this.querySelector('svg');
    if (!svg) return;
    const result = zigzagDescentModel({
      batchSize: Number(this.state.batch),
      learningRate: Number(this.state.lr),
      seed: Number(this.state.seed),
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
    const batch = String(this.state.batch);
    const lr = Number(this.state.lr);
    this.showValue('batch', batch, `batch size ${batch}`);
    this.showValue('lr', formatNumber(lr), `learning rate ${formatNumberPlain(lr)} of the largest safe step`);
  }
}
