import { describe, expect, it } from 'vitest';
import { builtSceneFits } from '../../../src/figures/kit/built-scene-fits';

describe('builtSceneFits: when the build drawing can stay on screen', () => {
  it('keeps a 640×440 scene in boxes of its shape from 0.8× to 1.25× its width', () => {
    expect(builtSceneFits(640, 440, 640, 440)).toBe(true);
    expect(builtSceneFits(640, 440, 720, 495)).toBe(true);
    expect(builtSceneFits(640, 440, 512, 352)).toBe(true);
    expect(builtSceneFits(640, 440, 800, 550)).toBe(true);
  });

  it('redraws where text would shrink or grow too much', () => {
    expect(builtSceneFits(640, 440, 500, 343.75)).toBe(false);
    expect(builtSceneFits(640, 440, 820, 563.75)).toBe(false);
  });

  it('redraws a phone box of another shape (1 / 1.15), even at the same width', () => {
    expect(builtSceneFits(640, 440, 640, 736)).toBe(false);
    expect(builtSceneFits(640, 440, 358, 412)).toBe(false);
  });

  it('redraws when the scene size is unknown or degenerate', () => {
    expect(builtSceneFits(0, 440, 640, 440)).toBe(false);
    expect(builtSceneFits(Number.NaN, 440, 640, 440)).toBe(false);
  });
});
