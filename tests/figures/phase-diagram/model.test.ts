import { describe, expect, it } from 'vitest';
import { defaultParams, getActivation } from '../../../src/lib/activations/registry';
import { momentTable } from '../../../src/lib/signal/moment-table';
import { phaseDiagramConfig, phaseDiagramSchema } from '../../../src/figures/phase-diagram/config';
import { bandOf, CHI1_BANDS, phaseDiagramModel, phaseGrid } from '../../../src/figures/phase-diagram/model';
import { PHASE_DIAGRAM_SIZE } from '../../../src/figures/kit/figure-sizes';
import { goldenText } from '../../helpers/golden';

const setup = (id: string) => {
  const moments = momentTable(getActivation(id), defaultParams(getActivation(id)));
  return { activation: id, moments, grid: phaseGrid(moments), ...PHASE_DIAGRAM_SIZE };
};
const tanh = setup('tanh');
const relu = setup('relu');

describe('PhaseDiagram model', () => {
  it('reads the known critical points off the cursor: tanh σ_w² = 1 and ReLU σ_w² = 2 at σ_b = 0', () => {
    const t = phaseDiagramModel({ ...tanh, sigmaW2: 1, sigmaB2: 0 });
    expect(t.cursor.chi1).toBeCloseTo(1, 6);
    expect(t.edge.sigmaW2).toBeCloseTo(1, 6);
    expect(t.readout[0]).toMatch(/χ₁ = 1(\.000)?,/);
    expect(t.readout[1]).toBe('Edge of chaos at σ_b² = 0: σ_w² = 1');
    const r = phaseDiagramModel({ ...relu, sigmaW2: 2, sigmaB2: 0 });
    expect(r.cursor.chi1).toBeCloseTo(1, 6);
    expect(r.edge.sigmaW2).toBeCloseTo(2, 6);
    expect(r.data.rows[0]!.slice(0, 2).map(Number)).toEqual([0, expect.closeTo(2, 6)]);
  });

  it('ordered below the edge with a finite survival depth, chaotic above', () => {
    const below = phaseDiagramModel({ ...tanh, sigmaW2: 0.8, sigmaB2: 0 });
    expect(below.cursor.phase).toBe('ordered');
    expect(below.survivalDepth).toBeCloseTo(6 / -Math.log(below.cursor.chi1), 6);
    expect(below.readout[0]).toMatch(/ordered: inputs merge, a signal survives about [\d.]+ layers/);
    const above = phaseDiagramModel({ ...tanh, sigmaW2: 2.5, sigmaB2: 0.1 });
    expect(above.cursor.phase).toBe('chaotic');
    expect(above.readout[0]).toMatch(/chaotic/);
  });

  it('merges equal bands along each row: far fewer rects than cells, covering every row end to end', () => {
    const view = phaseDiagramModel({ ...tanh, sigmaW2: 1, sigmaB2: 0 });
    const cells = view.scene.nodes.find((n) => n.key === 'cells');
    if (cells?.type !== 'g') throw new Error('no cells group');
    expect(cells.children.length).toBeLessThan(64 * 8);
    const rows = new Map<number, number>();
    for (const c of cells.children) if (c.type === 'rect') rows.set(c.y, (rows.get(c.y) ?? 0) + c.width);
    expect(rows.size).toBe(64);
    for (const w of rows.values()) expect(w).toBeCloseTo(view.plotBox.width, 0);
  });

  it('bands split χ₁ at their bounds; NaN counts as chaotic', () => {
    expect(bandOf(0.1)).toBe(0);
    expect(bandOf(1)).toBe(4);
    expect(bandOf(0.95)).toBe(4);
    expect(bandOf(3)).toBe(CHI1_BANDS.length);
    expect(bandOf(NaN)).toBe(CHI1_BANDS.length);
  });
});

describe('PhaseDiagram config', () => {
  it('rejects bad props with the prop named', () => {
    expect(() => phaseDiagramConfig({ sigmaW2: 0.2 })).toThrow(/"sigmaW2" must lie in \[0.5, 4\]/);
    expect(() => phaseDiagramConfig({ sigmaB2: 0.015 })).toThrow(/"sigmaB2" must be a multiple of 0.01/);
    expect(() => phaseDiagramConfig({ for: '#signal' })).toThrow(/"for" must be the id of a SignalDepth/);
    expect(() => phaseDiagramConfig({ activation: 'nope' })).toThrow(/"activation"/);
    expect(phaseDiagramConfig({ for: 'signal' }).for).toBe('signal');
    expect(Object.keys(phaseDiagramSchema(phaseDiagramConfig({})))).toEqual(['act', 'w2', 'b2']);
  });
});

describe('PhaseDiagram golden output', () => {
  it('tanh with the cursor at the edge', async () => {
    await expect(goldenText(phaseDiagramModel({ ...tanh, sigmaW2: 1, sigmaB2: 0 }))).toMatchFileSnapshot('__golden__/default.txt');
  });
});
