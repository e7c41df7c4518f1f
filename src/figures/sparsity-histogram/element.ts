import { biasValueText, sparsityModel, type SparsityModelResult } from './model';
import type { StateSchema } from '../kit/url-state';
import { sparsitySchema, type SparsityConfig } from './config';
import { FigureElement, type FigureState } from '../kit/figure-element';
import { BIAS_CONTROL } from './controls';
import { ReaderFormulaSlot } from '../kit/reader-formula';

/** Live half of SparsityHistogram.astro: the bias slider, "New sample", and a reader's formula from the hash or the Lab. */
export class SparsityHistogram extends FigureElement<SparsityConfig, SparsityModelResult> {
  readonly #reader = new ReaderFormulaSlot(() => this.requestRender());

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.config?.followLab) this.#reader.followLab((patch) => this.update(patch));
  }

  protected stateSchema(config: SparsityConfig): StateSchema {
    return sparsitySchema(config);
  }

  protected override readonly readoutSeparator = ' ';

  protected view(state: Readonly<FigureState>, width: number, height: number): SparsityModelResult {
    return sparsityModel({
      bias: Number(state.bias),
      seed: Number(state.seed),
      units: this.config.units,
      fanIn: this.config.fanIn,
      width,
      height,
      reader: this.#reader.current(state),
    });
  }

  protected override afterDraw(view: SparsityModelResult): void {
    this.querySelector('input[data-key="bias"]')?.setAttribute('aria-valuetext', biasValueText(view.bias, view.relu.zeroFraction));
  }

  protected override describeInputs(): void {
    if (!this.config) return;
    // The zero share arrives with the next render; until then the slider says the bias alone.
    this.describeRanges([BIAS_CONTROL]);
  }
}
