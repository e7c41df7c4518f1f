import type { SaturationCurve } from '../lib/experiments/saturation';
import { formatNumberPlain } from '../lib/plot/format';
import { curveFor, formatScale, saturationHistogramModel } from '../lib/plot/saturation-histogram-model';
import type { StateSchema } from '../lib/url-state';
import { saturationHistogramSchema, type SaturationHistogramConfig } from '../components/figures/saturation-histogram-config';
import { nextSeed } from '../components/figures/whole-number-props';
import { FigureElement } from './figure-element';
import { renderScene } from './render-scene';

/** Live half of SaturationHistogram.astro: the weight-scale slider, activation, new samples. */
export class SaturationHistogram extends FigureElement<SaturationHistogramConfig> {
  // The curve depends on the activation and the seed, not on the scale: keep it while the slider moves.
  #curve: { key: string; value: SaturationCurve } | null = null;

  protected stateSchema(config: SaturationHistogramConfig): StateSchema {
    return saturationHistogramSchema(config);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.config) return;
    this.querySelector('[data-action="reseed"]')?.addEventListener('click', () => {
      this.update({ seed: nextSeed(Number(this.state.seed)) });
    });
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
    renderScene(svg, result.scene);
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(height));
    const readout = this.querySelector('[data-role="readout"]');
    readout?.replaceChildren(...result.readout.map((line) => Object.assign(document.createElement('span'), { textContent: line })));
    const desc = svg.querySelector('desc');
    if (desc) desc.textContent = result.readout.join('. ');
  }

  protected override describeInputs(): void {
    if (!this.config) return;
    const scale = 10 ** Number(this.state.w);
    const scaleValue = this.querySelector('[data-value-for="w"]');
    if (scaleValue) scaleValue.textContent = formatScale(scale);
    this.querySelector('input[data-key="w"]')?.setAttribute('aria-valuetext', `weight scale ${formatNumberPlain(scale, 2)}`);
    const seedValue = this.querySelector('[data-value-for="seed"]');
    if (seedValue) seedValue.textContent = `#${String(this.state.seed)}`;
  }
}
