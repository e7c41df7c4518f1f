import { zigzagDescentModel, type ZigzagDescentResult } from './model';
import type { StateSchema } from '../kit/url-state';
import { zigzagDescentSchema, type ZigzagDescentConfig } from './config';
import { FigureElement, type FigureState } from '../kit/figure-element';
import { BATCH_CONTROL, LEARNING_RATE_CONTROL } from './controls';

/** Live half of ZigzagDescent.astro: batch size, learning rate, new samples. */
export class ZigzagDescent extends FigureElement<ZigzagDescentConfig, ZigzagDescentResult> {
  protected stateSchema(config: ZigzagDescentConfig): StateSchema {
    return zigzagDescentSchema(config);
  }

  protected view(state: Readonly<FigureState>, width: number, height: number): ZigzagDescentResult {
    return zigzagDescentModel({
      batchSize: Number(state.batch),
      learningRate: Number(state.lr),
      seed: Number(state.seed),
      width,
      height,
      idPrefix: this.config.id,
    });
  }

  protected override describeInputs(): void {
    if (!this.config) return;
    this.describeRanges([BATCH_CONTROL, LEARNING_RATE_CONTROL]);
  }
}
