import { describe, expect, it } from 'vitest';
import { ACTIVATIONS } from '../../../src/lib/activations/registry';
import { paramLabel } from '../../../src/lib/activations/types';
import { rangeText } from '../../../src/figures/kit/controls';
import { explorerConfig, explorerSchema } from '../../../src/figures/activation-explorer/config';
import { explorerSliders, paramControl, THRESHOLD_CONTROL } from '../../../src/figures/activation-explorer/controls';

describe('explorer controls: each slider stated once', () => {
  it('gives every registry parameter a slider with its ParamSpec bounds, step, default and label', () => {
    for (const activation of ACTIVATIONS) {
      for (const [name, spec] of Object.entries(activation.params)) {
        const slider = paramControl(activation.id, name);
        expect(slider).toMatchObject({
          key: `${activation.id}-${name}`,
          min: spec.min,
          max: spec.max,
          step: spec.step,
          default: spec.default,
        });
        expect(slider.label).toBe(`${activation.name}: ${paramLabel(spec)}`);
      }
    }
  });

  it('reads the threshold as a percentage, printed and spoken', () => {
    expect(rangeText(THRESHOLD_CONTROL, 0.015)).toEqual({ display: '1.5%', valueText: '1.5%' });
  });

  it('derives the hash schema from the sliders: every slider has its field, on its bounds', () => {
    const config = explorerConfig({ activation: ['leaky-relu', 'elu'], domain: [-3, 3] });
    const schema = explorerSchema(config);
    for (const [key, slider] of explorerSliders(config.domain, config.params)) {
      expect(schema[key], key).toMatchObject({ kind: 'number', min: slider.min, max: slider.max });
    }
  });

  it('checks a parameter prop against its slider, naming the prop', () => {
    expect(() => explorerConfig({ activation: 'leaky-relu', params: { 'leaky-relu': { alpha: 5 } } })).toThrow(/params\.leaky-relu\.alpha/);
  });
});
