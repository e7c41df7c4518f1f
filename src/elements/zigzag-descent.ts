import { formatNumber, formatNumberPlain } from '../lib/plot/format';
import { zigzagDescentModel } from '../lib/plot/zigzag-descent-model';
import type { StateSchema } from '../lib/url-state';
import { nextSeed } from '../components/figures/whole-number-props';
import { zigzagDescentSchema, type ZigzagDescentConfig } from '../components/figures/zigzag-descent-config';
import { FigureElement } from './figure-element';
import { renderScene } from './render-scene';

/** Live half of ZigzagDescent.astro: batch size, learning rate, new samples. */
export class ZigzagDescent extends FigureElement<ZigzagDescentConfig> {
  protected stateSchema(config: ZigzagDescentConfig): StateSchema {
    return zigzagDescentSchema(config);
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
    const result = zigzagDescentModel({
      batchSize: Number(this.state.batch),
      learningRate: Number(this.state.lr),
      seed: Number(this.state.seed),
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
    const batch = String(this.state.batch);
    const lr = Number(this.state.lr);
    const set = (key: string, text: string, valuetext: string) => {
      const value = this.querySelector(`[data-value-for="${key}"]`);
      if (value) value.textContent = text;
      this.querySelector(`input[data-key="${key}"]`)?.setAttribute('aria-valuetext', valuetext);
    };
    set('batch', batch, `batch size ${batch}`);
    set('lr', formatNumber(lr), `learning rate ${formatNumberPlain(lr)} of the largest safe step`);
    const seedValue = this.querySelector('[data-value-for="seed"]');
    if (seedValue) seedValue.textContent = `#${String(this.state.seed)}`;
  }
}
