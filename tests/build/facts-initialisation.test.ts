import { beforeAll, describe, expect, it } from 'vitest';
import { parsePage, SITE_DIR, siteExists } from './site-files';
import { initialisationFacts as facts } from '../../src/lib/facts/initialisation';
import { ACTIVATION_IDS, getActivation } from '../../src/lib/activations/registry';

const PAGE = 'posts/initialisation/index.html';

beforeAll(() => {
  if (!siteExists()) throw new Error(`No built site in ${SITE_DIR}: run npm test (it builds first).`);
});

describe('the initialisation post', () => {
  it('quotes every number the signal code produces', () => {
    const text = parsePage(PAGE).body.textContent ?? '';
    for (const [name, value] of Object.entries(facts)) {
      expect(text, `initialisation post should quote ${name} = ${value}`).toContain(value);
    }
  });

  it('has the gain table with every activation and the gains the prose quotes', () => {
    const table = parsePage(PAGE).querySelector('#gain-table table')!;
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent?.trim()));
    expect(rows.map((r) => r[0])).toEqual(ACTIVATION_IDS.map((id) => getActivation(id).name));
    const row = (id: string) => rows.find((r) => r[0] === getActivation(id).name)!;
    expect(row('relu')[1]).toBe(facts.reluGain);
    expect(row('tanh')[1]).toBe(facts.tanhGain);
    expect(row('tanh')[4]).toBe(facts.pytorchTanhGain);
    expect(row('gelu')[4]).toBe('none');
    expect(rows.filter((r) => r[4] === 'none')).toHaveLength(Number(facts.pytorchMissingCount));
  });

  it('draws both live figures at build time, with their data tables, for readers without JavaScript', () => {
    const document = parsePage(PAGE);
    const depth = document.querySelector('#signal signal-depth')!;
    expect(depth.querySelectorAll('.figure__plot svg circle.marker').length).toBe(40);
    expect(depth.querySelector('output')?.textContent).toMatch(/Theory and measurement agree/);
    expect(depth.querySelectorAll('details table tbody tr')).toHaveLength(20);
    const phase = document.querySelector('#phase-diagram phase-diagram')!;
    expect(phase.querySelectorAll('svg rect.cell').length).toBeGreaterThan(64);
    expect(phase.querySelector('output')?.textContent).toContain('Edge of chaos at σ_b² = 0: σ_w² = 1');
    expect(JSON.parse(phase.getAttribute('data-config')!).for).toBe('signal');
  });
});
