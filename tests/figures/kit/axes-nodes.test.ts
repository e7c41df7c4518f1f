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

  it('draws a figure’s own ticks afresh each time (they are objects the key cannot see)', () => {
    const ticks = [{ value: 1, label: 'one', position: frame.x(1) }];
    const a = axesNodes(frame, { xTicks: ticks });
    const b = axesNodes(frame, { xTicks: [{ ...ticks[0]!, label: 'uno' }] });
    expect(JSON.stringify(b)).toContain('uno');
    expect(JSON.stringify(a)).toContain('one');
  });
});
