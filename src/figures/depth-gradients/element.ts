import type { DepthActivation } from '../../lib/experiments/depth';
import type { InitScheme } from '../../lib/experiments/mlp';
import { depthGradientsModel, type DepthGradientsResult } from './model';
import type { StateSchema } from '../kit/url-state';
import { depthGradientsSchema, type DepthGradientsConfig } from './config';
import { FigureElement, type FigureState } from '../kit/figure-element';
import { DEPTH_CONTROL } from './controls';
import { ReaderFormulaSlot } from '../kit/reader-formula';

/** Live half of DepthGradients.astro: depth, activation, initialisation, new samples, and a reader's formula from the hash or the Lab. */
export class DepthGradients extends FigureElement<DepthGradientsConfig, DepthGradientsResult> {
  readonly #reader = new ReaderFormulaSlot(() => this.requestRender());

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.config?.followLab) this.#reader.followLab((patch) => this.update(patch));
  }

  protected stateSchema(config: DepthGradientsConfig): StateSchema {
    return depthGradientsSchema(config);
  }

  protected view(state: Readonly<FigureState>, width: number, height: number): DepthGradientsResult {
    const reader = this.#reader.current(state);
    // The activation menu changes nothing while the reader's function runs in its place.
    this.setControlReason('act', reader?.ok ? 'Your function runs in every layer instead.' : null);
    return depthGradientsModel({
      depth: Number(state.depth),
      activation: state.act as DepthActivation,
      init: state.init as InitScheme,
      seed: Number(state.seed),
      layerWidth: this.config.layerWidth,
      samples: this.config.samples,
      width,
      height,
      reader,
    });
  }

  protected override afterDraw(view: DepthGradientsResult): void {
    const legend = this.querySelector<HTMLElement>('[data-role="bound-legend"]');
    if (legend) legend.hidden = !view.boundShown;
  }

  protected override describeInputs(): void {
    if (!this.config) return;
    this.describeRanges([DEPTH_CONTROL]);
  }
}
