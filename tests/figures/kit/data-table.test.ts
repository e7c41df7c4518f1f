import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cellText, evenIndices, sampleRows, tableCells } from '../../../src/figures/kit/data-table';

describe('evenIndices', () => {
  it('keeps every index of a short series', () => {
    expect(evenIndices(3, 5)).toEqual([0, 1, 2]);
    expect(evenIndices(0)).toEqual([]);
  });

  it('spreads `count` indices over a long one, first and last included', () => {
    expect(evenIndices(101, 5)).toEqual([0, 25, 50, 75, 100]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 2, max: 60 }), (length, count) => {
        const idx = evenIndices(length, count);
        expect(idx.length).toBe(Math.min(length, count));
        if (length > 0) expect([idx[0], idx.at(-1)]).toEqual([0, length - 1]);
        for (let i = 1; i < idx.length; i++) expect(idx[i]!).toBeGreaterThan(idx[i - 1]!);
      }),
    );
  });
});

describe('sampleRows / cellText / tableCells', () => {
  it('samples rows by those indices', () => {
    expect(sampleRows(['a', 'b', 'c', 'd', 'e'], 3)).toEqual(['a', 'c', 'e']);
  });

  it('prints numbers to 4 significant digits with a real minus, text as given', () => {
    expect(cellText(0.88079707797788)).toBe('0.8808');
    expect(cellText(-2)).toBe('−2');
    expect(cellText(Number.NaN)).toBe('—');
    expect(cellText('dead')).toBe('dead');
    expect(tableCells({ caption: 'c', columns: ['x', 'y'], rows: [[1, 'a']] })).toEqual({ head: ['x', 'y'], body: [['1', 'a']] });
  });
});
