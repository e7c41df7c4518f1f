import { describe, expect, it } from 'vitest';
import { ACTIVATION_IDS, getActivation } from '../../../src/lib/activations/registry';
import { saturatedIntervals } from '../../../src/lib/activations/analysis';
import { THRESHOLD_CONTROL } from '../../../src/figures/activation-explorer/controls';
import { resolvedParams, thresholdDeadReason } from '../../../src/figures/activation-explorer/model';

const DOMAIN = [-8, 8] as const;
const at = (id: string, params: Record<string, number> = {}) => [getActivation(id), resolvedParams(getActivation(id), params)] as const;

describe('thresholdDeadReason', () => {
  it('says why the threshold is dead for ReLU', () => {
    expect(thresholdDeadReason([at('relu')], DOMAIN, THRESHOLD_CONTROL)).toBe(
      'ReLU’s slope is only 0 or 1, so no threshold changes what counts as saturated.',
    );
  });

  it('leaves it live for smooth saturating functions and for leaky ReLU with α inside the range', () => {
    expect(thresholdDeadReason([at('sigmoid')], DOMAIN, THRESHOLD_CONTROL)).toBeNull();
    expect(thresholdDeadReason([at('leaky-relu', { alpha: 0.05 })], DOMAIN, THRESHOLD_CONTROL)).toBeNull();
    // One live function among dead ones keeps the slider live.
    expect(thresholdDeadReason([at('relu'), at('tanh')], DOMAIN, THRESHOLD_CONTROL)).toBeNull();
  });

  it('is dead for leaky ReLU when α lies outside the threshold range', () => {
    expect(thresholdDeadReason([at('leaky-relu', { alpha: 0.3 })], DOMAIN, THRESHOLD_CONTROL)).toMatch(
      /^Leaky ReLU’s slope is only 0\.3 or 1, so/,
    );
  });

  it('is right for every registry function: dead exactly when no threshold in the range changes the shading', () => {
    for (const id of ACTIVATION_IDS) {
      const [a, p] = at(id);
      const shading = (t: number) => JSON.stringify(saturatedIntervals(a, p, DOMAIN, t));
      const ts = Array.from({ length: 21 }, (_, i) => THRESHOLD_CONTROL.min + ((THRESHOLD_CONTROL.max - THRESHOLD_CONTROL.min) * i) / 20);
      const changes = new Set(ts.map(shading)).size > 1;
      expect(thresholdDeadReason([[a, p]], DOMAIN, THRESHOLD_CONTROL) === null, id).toBe(changes);
    }
  });
});
