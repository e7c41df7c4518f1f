import { describe, expect, it } from 'vitest';
import { legendSwatchMarkup } from '../../../src/figures/kit/legend-swatch';

describe('legendSwatchMarkup', () => {
  it('draws the mark with the classes of the plot mark, hidden from assistive technology', () => {
    const line = legendSwatchMarkup({ shape: 'line', className: 'steps steps--same' });
    expect(line).toMatch(/^<svg class="legend-swatch"[^>]*aria-hidden="true"/);
    expect(line).toContain('<line class="steps steps--same" x1="2" y1="6" x2="26" y2="6"/>');
    expect(legendSwatchMarkup({ shape: 'area', groupClass: 'quadrant' })).toContain('<g class="quadrant"><rect x="2"');
    expect(legendSwatchMarkup({ shape: 'dot', className: 'data-points' })).toContain('<circle class="data-points" cx="14" cy="6" r="3"/>');
  });

  it('escapes classes', () => {
    expect(legendSwatchMarkup({ shape: 'line', className: '"><script>' })).not.toContain('<script>');
  });
});
