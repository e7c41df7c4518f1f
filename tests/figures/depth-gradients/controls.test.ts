import { describe, expect, it } from 'vitest';
import { rangeRow, rangeText } from '../../../src/figures/kit/controls';
import { DEPTH_CONTROL } from '../../../src/figures/depth-gradients/controls';
import { depthGradientsModel } from '../../../src/figures/depth-gradients/model';
import type { SceneNode, TextNode } from '../../../src/figures/kit/scene';

describe('the depth slider reads the same at build time and live', () => {
  it('says "1 layer" and "20 layers", in the built row and in the live text alike', () => {
    expect(rangeRow(DEPTH_CONTROL, 'd', 1).valueText).toBe('1 layer');
    expect(rangeText(DEPTH_CONTROL, 1).valueText).toBe('1 layer');
    expect(rangeRow(DEPTH_CONTROL, 'd', 20).valueText).toBe('20 layers');
    expect(rangeText(DEPTH_CONTROL, 20).valueText).toBe('20 layers');
  });

  it('the plot title counts layers the same way', () => {
    const texts = (nodes: readonly SceneNode[]): string[] =>
      nodes.flatMap((n) => (n.type === 'text' ? [(n as TextNode).text] : n.type === 'g' ? texts(n.children) : []));
    const title = (depth: number) =>
      texts(
        depthGradientsModel({ depth, activation: 'sigmoid', init: 'glorot', seed: 1, layerWidth: 8, samples: 1, width: 640, height: 400 })
          .scene.nodes,
      ).find((t) => t.includes('init'));
    expect(title(1)).toBe('Sigmoid, Glorot init, 1 layer');
    expect(title(3)).toBe('Sigmoid, Glorot init, 3 layers');
  });
});
