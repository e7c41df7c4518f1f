import { describe, expect, it } from 'vitest';
import { measureText, ogCardMarkup, ogCardPng, svgToPixels } from '../../../src/lib/og/og-png';
import { DEFAULT_OG_FIGURE } from '../../../src/lib/og/og-figure';
import { explorerCardFigure } from '../../../src/figures/activation-explorer/card-figure';

const figure = explorerCardFigure(DEFAULT_OG_FIGURE);

describe('OG PNG rendering (resvg with fonts from node_modules, no system fonts)', () => {
  it('measures text with a real font: longer is wider, bold is wider than regular', () => {
    const short = measureText('ReLU', 64, true);
    const long = measureText('ReLU: the unit that switches off', 64, true);
    expect(short).toBeGreaterThan(64);
    expect(long).toBeGreaterThan(short * 4);
    expect(measureText('saturates', 40, true)).toBeGreaterThan(measureText('saturates', 40, false));
  });

  it('renders a 1200×630 PNG', () => {
    const png = ogCardPng({ title: 'Sigmoid: the neuron that saturates', siteName: 'Activation is all you need', figure });
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('draws the title: dark ink in the title band, none there without a title (a missing font would leave it blank)', () => {
    const ink = (title: string) => {
      const { width, pixels } = svgToPixels(ogCardMarkup({ title, siteName: 'Site', figure }));
      let count = 0;
      for (let y = 190; y < 420; y++) {
        for (let x = 64; x < 620; x++) {
          const i = (y * width + x) * 4;
          if (pixels[i]! < 90 && pixels[i + 1]! < 90 && pixels[i + 2]! < 90) count++;
        }
      }
      return count;
    };
    expect(ink('Sigmoid: the neuron that saturates')).toBeGreaterThan(5000);
    expect(ink(' ')).toBe(0);
  });
});
