import { beforeAll, describe, expect, it } from 'vitest';
import { parsePage, SITE_DIR, siteExists } from './site-files';
import { modernActivationsFacts } from '../../src/lib/facts/modern-activations';

const PAGE = 'posts/modern-activations/index.html';

beforeAll(() => {
  if (!siteExists()) throw new Error(`No built site in ${SITE_DIR}: run npm test (it builds first).`);
});

describe('the modern-activations post', () => {
  it('quotes the numbers the code produces (prose and experiments cannot drift)', () => {
    const text = parsePage(PAGE).body.textContent ?? '';
    for (const [name, value] of Object.entries(modernActivationsFacts)) {
      expect(text, `modern-activations post should quote ${name} = ${value}`).toContain(value);
    }
  });

  it('puts the normalisation experiment in a table: plain, batch norm and layer norm side by side', () => {
    const rows = [...parsePage(PAGE).querySelectorAll('.prose > .table-scroll table tr')].map((tr) =>
      [...tr.querySelectorAll('td, th')].map((c) => c.textContent?.trim()),
    );
    expect(rows[0]).toEqual([
      `Setting (${modernActivationsFacts.stackDepth} layers, at initialisation)`,
      'no normalisation',
      'batch norm',
      'layer norm',
    ]);
    const dead = rows.find((r) => r[0]?.includes('dead on the batch'));
    expect(dead?.slice(1)).toEqual([
      modernActivationsFacts.reluDeadPlain,
      modernActivationsFacts.reluDeadBatch,
      modernActivationsFacts.reluDeadLayer,
    ]);
  });

  it('gives softplus, GELU, SiLU and Mish a section each, and the gated units and normalisation one', () => {
    const headings = [...parsePage(PAGE).querySelectorAll('h2')].map((h) => h.textContent ?? '');
    for (const name of [
      /^Softplus/,
      /^GELU/,
      /^SiLU/,
      /^Mish$/,
      /^Gated units: GLU, SwiGLU, GeGLU$/,
      /^Normalisation and residual connections/,
    ]) {
      expect(
        headings.some((h) => name.test(h)),
        String(name),
      ).toBe(true);
    }
  });

  it('shows ReLU, GELU and SiLU in one explorer', () => {
    const figure = parsePage(PAGE).querySelector('#smooth-relus activation-explorer');
    expect(JSON.parse(figure?.getAttribute('data-config') ?? '{}').activations).toEqual(['relu', 'gelu', 'silu']);
  });

  it('cites every reference it lists, and lists every reference it cites', () => {
    const document = parsePage(PAGE);
    const listed = [...document.querySelectorAll('span[id^="ref-"]')].map((s) => s.id).sort();
    const cited = [...new Set([...document.querySelectorAll('a[href^="#ref-"]')].map((a) => a.getAttribute('href')!.slice(1)))].sort();
    expect(cited).toEqual(listed);
    for (const id of [
      'ref-hendrycks2016',
      'ref-elfwing2018',
      'ref-ramachandran2017',
      'ref-misra2019',
      'ref-dugas2001',
      'ref-dauphin2017',
      'ref-shazeer2020',
      'ref-ioffe2015',
      'ref-ba2016',
      'ref-he2016',
      'ref-lu2019',
    ]) {
      expect(listed).toContain(id);
    }
  });
});
