import { describe, expect, it } from 'vitest';
import { axesNodes } from '../../../src/figures/kit/axes-nodes';
import { createFrame } from '../../../src/figures/kit/frame';

const frame = createFrame({
  width: 640,
  height: 300,
  margin: { top: 10, right: 10, bottom: 30, left: 40 },
  xDomain: [-8, 8],
  yDomain: [0, 1],
});

describe('axesNodes remembers', () => {
  it('returns the same nodes for the same frame and options, so the live renderer can skip them', () => {
    expect(axesNodes(frame, { key: 'f', zeroLines: true })).toBe(axesNodes(frame, { key: 'f', zeroLines: true }));
  });

  it('returns other nodes when the options or the frame differ', () => {
    const drawn = axesNodes(frame, { key: 'f', zeroLines: true });
    expect(axesNodes(frame, { key: 'f', zeroLines: false })).not.toEqual(drawn);
    expect(axesNodes(frame, { key: 'g', zeroLines: true })).not.toEqual(drawn);
    const wider = createFrame({ ...frame, xDomain: [-8, 8], yDomain: [0, 1], width: 700 });
    expect(axesNodes(wider, { key: 'f', zeroLines: true })).not.toEqual(drawn);
  });

  it('tells a figure’s own ticks apart by their values, labels and positions, NaN and Infinity too', () => {
    const tick = { value: 1, label: 'one', position: frame.x(1) };
    const drawn = axesNodes(frame, { xTicks: [tick] });
    expect(axesNodes(frame, { xTicks: [{ ...tick }] })).toBe(drawn);
    expect(JSON.stringify(axesNodes(frame, { xTicks: [{ ...tick, label: 'uno' }] }))).toContain('uno');
    expect(axesNodes(frame, { xTicks: [{ ...tick, position: frame.x(2) }] })).not.toEqual(drawn);
    const odd = (value: number) => axesNodes(frame, { xTicks: [{ value, label: 'odd', position: frame.x(1) }] });
    expect(JSON.stringify(odd(NaN))).toContain('xlNaN');
    expect(JSON.stringify(odd(Infinity))).toContain('xlInfinity');
  });
});
