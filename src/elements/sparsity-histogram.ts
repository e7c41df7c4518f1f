import { formatNumber } from '../lib/plot/format';
import { biasValueText, sparsityModel } from '../lib/plot/sparsity-model';
import type { StateSchema } from '../lib/url-state';
import { SEED_RANGE, sparsitySchema, type SparsityConfig } from '../components/figures/sparsity-config';
import { FigureElement } from './figure-element';
import { renderScene } from './render-scene';

/** Live half of SparsityHistogram.astro: the bias slider and "New sample". */
export class SparsityHistogram extends FigureElement<SparsityConfig> {
  protected stateSchema(config: SparsityConfig): StateSchema {
    return sparsitySchema(config);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.config) return;
    this.querySelector('[data-action="reseed"]')?.addEventListener('click', () => {
      const seed = Number(this.state.seed);
      this.update({ seed: seed >= SEED_RANGE.max ? SEED_RANGE.min : seed + 1 });
    });
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
    renderScene(svg, result.scene);
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(height));
    this.querySelector('[data-role="readout"]')?.replaceChildren(
      ...result.readout.map((line) => Object.assign(document.createElement('span'), { textContent: line })),
    );
    const desc = svg.querySelector('desc');
    if (desc) desc.textContent = result.readout.join(' ');
    this.querySelector('input[data-key="bias"]')?.setAttribute('aria-valuetext', biasValueText(result.bias, result.relu.zeroFraction));
  }

  protected override describeInputs(): void {
    if (!this.config) return;
    const bias = Number(this.state.bias);
    const biasValue = this.querySelector('[data-value-for="bias"]');
    if (biasValue) biasValue.textContent = formatNumber(bias);
    // The zero share arrives with the next render; until then say the bias alone.
    this.querySelector('input[data-key="bias"]')?.setAttribute('aria-valuetext', biasValueText(bias));
    const seedValue = this.querySelector('[data-value-for="seed"]');
    if (seedValue) seedValue.textContent = `#${String(this.state.seed)}`;
  }
}
