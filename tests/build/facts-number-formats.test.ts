import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePage, SITE_DIR, siteExists } from './site-files';
import { numberFormatFacts as facts } from '../../src/lib/facts/number-formats';
import { thresholdsFor } from '../../src/lib/precision/report';
import { formatNumber } from '../../src/figures/kit/format';

const PAGE = 'posts/number-formats/index.html';
const SOURCE = new URL('../../content/posts/number-formats.mdx', import.meta.url);

beforeAll(() => {
  if (!siteExists()) throw new Error(`No built site in ${SITE_DIR}: run npm test (it builds first).`);
});

/** The facts the post quotes, by name, read from its source (`{facts.name}`). */
function quoted(): string[] {
  const names = [...readFileSync(SOURCE, 'utf8').matchAll(/\{facts\.(\w+)\}/g)].map((m) => m[1]!);
  return [...new Set(names)];
}

describe('the number-formats post', () => {
  it('quotes only facts that exist, and the built page shows each of them', () => {
    const names = quoted();
    expect(names.length).toBeGreaterThanOrEqual(25);
    const text = parsePage(PAGE).body.textContent ?? '';
    for (const name of names) {
      const value = (facts as Record<string, string>)[name];
      expect(value, `${name} is not in numberFormatFacts`).toBeDefined();
      expect(text, `number-formats post should quote ${name} = ${value}`).toContain(value);
    }
  });

  it('prints on first paint the thresholds the prose quotes: bfloat16 sigmoid and float16 softplus', () => {
    const document = parsePage(PAGE);
    const readout = (id: string) => document.querySelector(`#${id} output`)?.textContent ?? '';
    const limit = thresholdsFor('sigmoid', 'bfloat16').find(
      (t) => t.kernelId === 'stable' && t.kind === 'reaches-limit' && t.side === 'right',
    )!;
    expect(formatNumber(limit.x, 6)).toBe(facts.sigmoidOneEveryOp_bfloat16);
    expect(readout('formats-sigmoid')).toContain(
      `Sigmoid in bfloat16: f rounds to exactly 1 from x = ${facts.sigmoidOneEveryOp_bfloat16} (textbook and stable`,
    );
    expect(readout('formats-softplus')).toMatch(
      new RegExp(`Softplus in float16: f is ∞ from x = ${facts.softplusNaiveOverflow_float16}\\d* \\(textbook`),
    );
    expect(readout('formats-gelu')).toContain(`under one ulp in ${facts.geluGapBelowUlpFormats}`);
    // The marks stand where the readout says (the key holds the threshold).
    expect(document.querySelector('#formats-sigmoid [data-key="sigmoid|reaches-limit|right|5.5625"]')).not.toBeNull();
  });

  it('starts each explorer in its format, with the format menu set to it, and no NaN or Infinity printed as a number', () => {
    const document = parsePage(PAGE);
    const selected = (id: string) => document.querySelector<HTMLSelectElement>(`#${id} select[data-key="fmt"] option[selected]`)?.value;
    expect([selected('formats-sigmoid'), selected('formats-softplus'), selected('formats-gelu')]).toEqual([
      'bfloat16',
      'float16',
      'float32',
    ]);
    for (const output of document.querySelectorAll('figure output'))
      expect(output.textContent).not.toMatch(/= NaN|NaN%|Infinity|undefined/);
  });
});
