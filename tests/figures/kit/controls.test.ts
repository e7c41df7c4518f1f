import { describe, expect, it } from 'vitest';
import {
  choiceControl,
  controlSchema,
  radioRow,
  rangeControl,
  rangeRow,
  rangeText,
  readControl,
  seedControl,
  selectRow,
  valueAt,
} from '../../../src/figures/kit/controls';
import { FigurePropError } from '../../../src/figures/kit/prop-errors';
import { readFigureState } from '../../../src/figures/kit/url-state';
import { SEED_RANGE } from '../../../src/figures/kit/whole-number-props';

const count = rangeControl({
  key: 'n',
  prop: 'count',
  label: 'Count',
  min: 1,
  max: 10,
  step: 1,
  whole: true,
  default: 3,
  display: String,
  valueText: (n) => `${n} thing${n === 1 ? '' : 's'}`,
});
const share = rangeControl({
  key: 's',
  prop: 'share',
  label: 'Share',
  min: -1,
  max: 1,
  step: 0.25,
  onGrid: true,
  default: 0,
  display: String,
  valueText: String,
});
const scale = rangeControl({
  key: 'w',
  prop: 'scale',
  label: 'Scale',
  min: -2,
  max: 1,
  step: 0.5,
  scale: 'log',
  default: 1,
  display: (v) => v.toFixed(2),
  valueText: (v) => `scale ${v}`,
});
const colour = choiceControl({
  kind: 'select',
  key: 'c',
  prop: 'colour',
  label: 'Colour',
  values: ['red', 'blue'],
  default: 'red',
  optionLabel: (v) => v.toUpperCase(),
  invalid: 'is not a colour',
});
const seed = seedControl(7);

function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}

describe('readControl: an author prop checked against its control', () => {
  it('gives the default for a missing prop, and the slider position for a given one', () => {
    expect(readControl('X', count, undefined)).toBe(3);
    expect(readControl('X', count, 10)).toBe(10);
    expect(readControl('X', colour, undefined)).toBe('red');
    expect(readControl('X', seed, undefined)).toBe(7);
  });

  it('names the component and the prop, and says what is wrong', () => {
    expect(errorOf(() => readControl('X', count, 11))).toBeInstanceOf(FigurePropError);
    expect(errorOf(() => readControl('X', count, 11)).message).toBe('<X> prop "count" must lie in [1, 10], got 11.');
    expect(errorOf(() => readControl('X', count, 2.5)).message).toBe('<X> prop "count" must be a whole number, got 2.5.');
    expect(errorOf(() => readControl('X', count, '3')).message).toMatch(/prop "count" must be a finite number/);
    expect(errorOf(() => readControl('X', colour, 'green')).message).toBe(
      '<X> prop "colour" "green" is not a colour. Valid names: red, blue.',
    );
    expect(errorOf(() => readControl('X', seed, SEED_RANGE.max + 1)).message).toMatch(/prop "seed" must lie in/);
    expect(errorOf(() => readControl('X', share, 0.3)).message).toBe(
      '<X> prop "share" must be a multiple of 0.25 (the slider\'s step), got 0.3.',
    );
    expect(readControl('X', share, -0.75)).toBe(-0.75);
  });

  it('on a log scale takes the value and returns its logarithm, bounded in value units', () => {
    expect(readControl('X', scale, 0.1)).toBeCloseTo(-1, 12);
    expect(readControl('X', scale, undefined)).toBe(0);
    expect(errorOf(() => readControl('X', scale, 20)).message).toBe('<X> prop "scale" must lie in [0.01, 10], got 20.');
    expect(valueAt(scale, -1)).toBeCloseTo(0.1, 12);
    expect(valueAt(count, 4)).toBe(4);
  });
});

describe('controlSchema: the hash schema from the same statement', () => {
  const schema = controlSchema([count, share, scale, colour, seed], { n: 4, s: 0.5, w: -1, c: 'blue', seed: 9 });

  it('keeps whole numbers whole, snaps others to the step, and starts at the given values', () => {
    expect(schema).toEqual({
      n: { kind: 'int', min: 1, max: 10, default: 4 },
      s: { kind: 'number', min: -1, max: 1, step: 0.25, default: 0.5 },
      w: { kind: 'number', min: -2, max: 1, step: 0.5, default: -1 },
      c: { kind: 'enum', values: ['red', 'blue'], default: 'blue' },
      seed: { kind: 'int', min: SEED_RANGE.min, max: SEED_RANGE.max, default: 9 },
    });
    expect(readFigureState('#f.n=99&f.s=0.3&f.c=green', 'f', schema)).toEqual({ n: 10, s: 0.25, w: -1, c: 'blue', seed: 9 });
  });
});

describe('control rows and live text come from one function', () => {
  it('a slider row prints what the live figure prints', () => {
    for (const position of [1, 2, 10]) {
      const row = rangeRow(count, 'fig-n', position);
      expect({ display: row.display, valueText: row.valueText }).toEqual(rangeText(count, position));
    }
    expect(rangeRow(count, 'fig-n', 1)).toEqual({
      id: 'fig-n',
      label: 'Count',
      key: 'n',
      min: 1,
      max: 10,
      step: 1,
      value: 1,
      valueText: '1 thing',
      display: '1',
    });
    expect(rangeText(scale, -1)).toEqual({ display: '0.10', valueText: 'scale 0.1' });
  });

  it('select and radio rows list every value with its label', () => {
    expect(selectRow(colour, 'fig-c', 'blue')).toEqual({
      id: 'fig-c',
      label: 'Colour',
      key: 'c',
      options: [
        { value: 'red', label: 'RED' },
        { value: 'blue', label: 'BLUE' },
      ],
      selected: 'blue',
    });
    expect(radioRow(colour, 'fig-c', 'red').options.map((o) => o.checked)).toEqual([true, false]);
  });
});
