import type { DepthActivation } from '../../lib/experiments/depth';
import type { InitScheme } from '../../lib/experiments/mlp';
import { depthGradientsModel } from './model';
import type { StateSchema } from '../kit/url-state';
import { depthGradientsSchema, type DepthGradientsConfig } from './config';
import { FigureElement } from '../kit/figure-element';

/** Live half of DepthGradients.astro: depth, activation, initialisation, new samples. */
export class DepthGradients extends FigureElement<DepthGradientsConfig> {
  protected stateSchema(config: DepthGradientsConfig): StateSchema {
    return depthGradientsSchema(config);
  }

  protected render(width: number, height: number): void {
    const svg = this.querySelector('svg');
    if (!svg) return;
    const result = depthGradientsModel({
      depth: Number(this.state.depth),
      activation: this.state.act as DepthActivation,
      init: this.state.init as InitScheme,
      seed: Number(this.state.seed),
      layerWidth: this.config.layerWidth,
      samples: this.config.samples,
      width,
      height,
    });
    this.drawScene(svg, result.scene, width, height);
    this.showData(result.data);
    this.printReadout(svg, result.readout);
    const legend = this.querySelector<HTMLElement>('[data-role="bound-legend"]');
    if (legend) legend.hidden = !result.boundShown;
  }

  protected override describeInputs(): void {
    if (!this.config) return;
    const depth = String(this.state.depth);
    this.showValue('depth', depth, `${depth} layer${depth === '1' ? '' : 's'}`);
  }
}
