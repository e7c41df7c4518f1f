import { describe, expect, it } from 'vitest';
import { ACTIVATION_IDS, getActivation } from '../../../src/lib/activations/registry';
import { cellText } from '../../../src/figures/kit/data-table';
import { gainCell, gainTableData, NO_PYTORCH_GAIN } from '../../../src/figures/gain-table/model';

describe('GainTable data', () => {
  const data = gainTableData();
  const row = (id: string) => data.rows.find((r) => r[0] === getActivation(id).name)!.map(cellText);

  it('has a row for every registry activation, in registry order', () => {
    expect(data.rows.map((r) => r[0])).toEqual(ACTIVATION_IDS.map((id) => getActivation(id).name));
    expect(data.columns).toHaveLength(5);
  });

  it('shows the known gains: ReLU √2, tanh 1.593 against PyTorch 5/3, sigmoid 1.846 against 1', () => {
    expect(row('relu').slice(1)).toEqual(['1.414', '1.713', '1.414', '1.414']); // 1/std: ReLU's mean is not 0
    expect(row('tanh')[1]).toBe('1.593');
    expect(row('tanh')[4]).toBe('1.667');
    expect(row('sigmoid')[1]).toBe('1.846');
    expect(row('sigmoid')[4]).toBe('1');
  });

  it('marks where PyTorch has no entry', () => {
    expect(row('gelu')[4]).toBe(NO_PYTORCH_GAIN);
    expect(row('silu')[4]).toBe(NO_PYTORCH_GAIN);
    expect(row('selu')[4]).toBe('0.75');
  });

  it('writes an infinite gain as ∞ and keeps finite ones as numbers (full precision in the CSV)', () => {
    expect(gainCell(Infinity)).toBe('∞');
    expect(data.rows.find((r) => r[0] === 'ReLU')![1]).toBeCloseTo(Math.SQRT2, 10);
  });
});
