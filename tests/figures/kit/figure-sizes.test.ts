import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEPTH_GRADIENTS_SIZE,
  DYING_RELU_SIZE,
  EXPLORER_SIZE,
  PHASE_DIAGRAM_SIZE,
  RELU_COMPOSITION_SIZE,
  SATURATION_HISTOGRAM_SIZE,
  SIDE_BY_SIDE_FROM,
  SIGNAL_DEPTH_SIZE,
  SPARSITY_SIZE,
  ZIGZAG_DESCENT_SIZE,
} from '../../../src/figures/kit/figure-sizes';

const css = (path: string) => readFileSync(new URL(`../../../src/figures/${path}`, import.meta.url), 'utf8');
const KIT_CSS = css('kit/figures.css');

/**
 * Each figure's build-time size and the stylesheet whose first aspect ratio (an `aspect-ratio`
 * or the `--plot-aspect` the kit's plot box reads) is its wide box. A figure whose panels stack
 * at 560 px uses the kit's `.figure--stacks`; its markup must say so.
 */
const FIGURES = [
  { name: 'explorer', size: EXPLORER_SIZE, file: 'kit/figures.css' },
  { name: 'sparsity', size: SPARSITY_SIZE, file: 'sparsity-histogram/sparsity-histogram.css', sideBySideFrom: SIDE_BY_SIDE_FROM.sparsity },
  {
    name: 'saturation',
    size: SATURATION_HISTOGRAM_SIZE,
    file: 'saturation-histogram/saturation-histogram.css',
    sideBySideFrom: SIDE_BY_SIDE_FROM.saturation,
  },
  { name: 'depth', size: DEPTH_GRADIENTS_SIZE, file: 'depth-gradients/depth-gradients.css' },
  { name: 'zigzag', size: ZIGZAG_DESCENT_SIZE, file: 'zigzag-descent/zigzag-descent.css', sideBySideFrom: SIDE_BY_SIDE_FROM.zigzag },
  { name: 'relu composition', size: RELU_COMPOSITION_SIZE, file: 'relu-composition/relu-composition.css' },
  { name: 'dying ReLU', size: DYING_RELU_SIZE, file: 'dying-relu/dying-relu.css', sideBySideFrom: SIDE_BY_SIDE_FROM.dyingRelu },
  { name: 'signal depth', size: SIGNAL_DEPTH_SIZE, file: 'signal-depth/signal-depth.css', sideBySideFrom: SIDE_BY_SIDE_FROM.signal },
  { name: 'phase diagram', size: PHASE_DIAGRAM_SIZE, file: 'phase-diagram/phase-diagram.css' },
];

/** The figure's markup, next to its stylesheet. */
const markupOf = (file: string) => {
  const folder = file.split('/')[0]!;
  const name = folder.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase());
  return css(`${folder}/${name}.astro`);
};

describe('figure sizes: the stylesheets box each plot as the TypeScript sizes draw it', () => {
  for (const { name, size, file, sideBySideFrom } of FIGURES) {
    it(`${name}: aspect ratio${sideBySideFrom ? ' and side-by-side breakpoint' : ''}`, () => {
      const sheet = css(file);
      expect(/(?:aspect-ratio:|--plot-aspect[:,])\s*(\d+)\s*\/\s*(\d+)/.exec(sheet)?.slice(1).map(Number)).toEqual([
        size.width,
        size.height,
      ]);
      if (!sideBySideFrom) return;
      const query = `@container (max-width: ${sideBySideFrom - 0.02}px)`;
      if (sheet.includes(query)) return;
      expect(KIT_CSS).toContain(query);
      expect(markupOf(file)).toMatch(/ class="[^"]*\bfigure--stacks\b/);
    });
  }
});
