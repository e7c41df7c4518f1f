import { describe, expect, it } from 'vitest';
import { explorerConfig, explorerSchema } from '../../../src/figures/activation-explorer/config';
import { FORMAT_CONTROL } from '../../../src/figures/activation-explorer/controls';
import { explorerModel, explorerYDomains } from '../../../src/figures/activation-explorer/model';
import { explorerPrecision } from '../../../src/figures/activation-explorer/precision-data';
import { precisionLayer, precisionReadout, precisionTable } from '../../../src/figures/activation-explorer/precision-layer';
import { EXPLORER_SIZE } from '../../../src/figures/kit/figure-sizes';
import { readFigureState } from '../../../src/figures/kit/url-state';
import type { GroupNode, SceneNode } from '../../../src/figures/kit/scene';
import { FORMAT_IDS, NUMBER_FORMATS, type FormatId } from '../../../src/lib/precision/formats';
import { geluFormsGap, geluFormsInFormat } from '../../../src/lib/precision/gelu-forms';
import { thresholdsFor } from '../../../src/lib/precision/report';
import { ACTIVATION_IDS } from '../../../src/lib/activations/registry';

const DOMAIN = [-8, 8] as const;

function model(ids: string[], format: FormatId, domain: readonly [number, number] = DOMAIN) {
  const c = explorerConfig({ activation: ids, domain, format });
  const precision = explorerPrecision(c.activations, format, domain, c.params);
  const result = explorerModel({
    ...c,
    probeX: c.x,
    yDomains: explorerYDomains(c.activations, domain),
    ...EXPLORER_SIZE,
    idPrefix: c.id,
    precision: precisionLayer(precision),
  });
  return { result, precision };
}

function find(nodes: readonly SceneNode[], key: string): GroupNode | undefined {
  for (const node of nodes) {
    if (node.key === key && node.type === 'g') return node;
    if (node.type === 'g') {
      const inner = find(node.children, key);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** The marks of a panel as "id|kind|side|x" keys. */
function marks(nodes: readonly SceneNode[], panel: 'f' | 'df'): string[] {
  return find(find(nodes, panel)!.children, 'precision-marks')!.children.map((n) => n.key);
}

describe('number-format control', () => {
  it('offers every format, float64 first and by default, and rejects others at build time', () => {
    expect(FORMAT_CONTROL.values).toEqual(FORMAT_IDS);
    expect(explorerConfig({ activation: 'sigmoid' }).format).toBe('float64');
    expect(() => explorerConfig({ activation: 'sigmoid', format: 'float12' as FormatId })).toThrow(/format.*float12.*not a number format/s);
  });

  it('is in the hash as fmt; garbage falls back to the default', () => {
    const schema = explorerSchema(explorerConfig({ activation: 'sigmoid', id: 'e' }));
    expect(readFigureState('#e.fmt=bfloat16', 'e', schema).fmt).toBe('bfloat16');
    expect(readFigureState('#e.fmt=float12', 'e', schema).fmt).toBe('float64');
  });
});

describe('explorer in a narrow format', () => {
  it('marks where bfloat16 sigmoid rounds to 1 and its textbook slope is 0, at the thresholds the math finds', () => {
    const { result } = model(['sigmoid'], 'bfloat16');
    const limit = thresholdsFor('sigmoid', 'bfloat16').find(
      (t) => t.kernelId === 'stable' && t.kind === 'reaches-limit' && t.side === 'right',
    )!;
    expect(limit.x).toBe(5.5625);
    expect(marks(result.scene.nodes, 'f')).toContain('sigmoid|reaches-limit|right|5.5625');
    expect(marks(result.scene.nodes, 'df')).toContain('sigmoid|slope-zero|right|5.5625');
    // Nothing outside the plotted range is marked (the stable slope only underflows at 93).
    expect(marks(result.scene.nodes, 'df').every((k) => Math.abs(Number(k.split('|')[3])) <= 8)).toBe(true);
  });

  it('draws the stable kernel solid and the textbook one dotted, each once per panel', () => {
    const { result } = model(['sigmoid'], 'float16');
    const curves = find(find(result.scene.nodes, 'f')!.children, 'curves')!.children;
    expect(curves.map((c) => [c.key, c.className])).toEqual([
      ['sigmoid|naive', 'curve series-1 curve--naive'],
      ['sigmoid|stable', 'curve series-1'],
    ]);
  });

  it('prints the float16 softplus overflow as a gap with a mark, and the curve breaks there', () => {
    const { result, precision } = model(['softplus'], 'float16', [-4, 16]);
    expect(marks(result.scene.nodes, 'f').some((k) => k.startsWith('softplus|value-not-finite|right|11.09'))).toBe(true);
    const lines = precisionReadout(precision);
    expect(
      lines.some((l) => /Softplus in float16: f is ∞ from x = 11\.09\d* \(textbook; an intermediate result overflowed\)/.test(l)),
    ).toBe(true);
    const naive = find(find(result.scene.nodes, 'f')!.children, 'curves')!.children.find((c) => c.key === 'softplus|naive');
    expect(naive?.type === 'path' && naive.d.length > 0).toBe(true);
  });

  it('says which thresholds lie beyond the plotted range and the worst error of each kernel', () => {
    const lines = precisionReadout(model(['sigmoid'], 'float16').precision);
    expect(lines).toContain(
      'Sigmoid in float16: f rounds to exactly 1 from x = 7.625 (textbook and stable; an intermediate result rounded first)',
    );
    expect(
      lines.some((l) => /f′ is exactly 0 from x = 17\.3\d* \(stable; the true slope underflows, beyond the plotted range\)/.test(l)),
    ).toBe(true);
    expect(lines.at(-1)).toMatch(
      /^Sigmoid in float16, worst relative error against float64 on \[−8, 8\]: f [\d.]+% at x = .* \(textbook\), .*\(stable\); f′ /,
    );
  });

  it('adds the GELU forms line only when GELU is shown, with the formats where the gap is under one ulp', () => {
    expect(precisionReadout(model(['sigmoid'], 'float32').precision).some((l) => l.startsWith('GELU exact'))).toBe(false);
    const line = precisionReadout(model(['gelu'], 'float32').precision).find((l) => l.startsWith('GELU exact'))!;
    const gap = geluFormsGap();
    const below = NUMBER_FORMATS.filter((f) => geluFormsInFormat(f, gap).belowOneUlp).map((f) => f.name);
    expect(below).toEqual(['bfloat16', 'float16', 'float8 E4M3', 'float8 E5M2']);
    expect(line).toMatch(
      /largest gap 4\.73\D+10⁻⁴ at x = ±2\.7, 19\d\d ulp in float32; under one ulp in bfloat16, float16, float8 E4M3, float8 E5M2/,
    );
  });

  it('prints no NaN, undefined or Infinity as a number, for every function in every narrow format', () => {
    for (const format of FORMAT_IDS.filter((f) => f !== 'float64')) {
      for (const line of precisionReadout(explorerPrecision(ACTIVATION_IDS, format, DOMAIN, {})))
        expect(line).not.toMatch(/NaN%|= NaN|undefined|Infinity|—/);
    }
  });

  it('tables x, the input the format holds, both kernels and their errors, every tenth of 321 samples', () => {
    const table = precisionTable(model(['tanh'], 'e4m3').precision);
    expect(table.columns).toHaveLength(11);
    expect(table.rows).toHaveLength(33);
    // At 8 the stable tanh rounds to 1 in E4M3; the textbook one is NaN: e^8 overflowed (E4M3 has no ∞).
    expect(table.rows.at(-1)!.slice(0, 5)).toEqual(['Tanh', 8, 8, 'NaN', 1]);
  });
});
