import { beforeAll, describe, expect, it } from 'vitest';
import { parsePage, SITE_DIR, siteExists } from './site-files';
import { choosingActivationFacts } from '../../src/lib/facts/choosing-an-activation';

const PAGE = 'posts/choosing-an-activation/index.html';

beforeAll(() => {
  if (!siteExists()) throw new Error(`No built site in ${SITE_DIR}: run npm test (it builds first).`);
});

describe('the choosing-an-activation post', () => {
  it('quotes the numbers the code produces', () => {
    const text = parsePage(PAGE).body.textContent ?? '';
    for (const [name, value] of Object.entries(choosingActivationFacts)) {
      expect(text, `choosing-an-activation post should quote ${name} = ${value}`).toContain(value);
    }
  });

  it('names the framework calls for losses from logits, initialisation and defaults', () => {
    const code = [...parsePage(PAGE).querySelectorAll('table code')].map((c) => c.textContent ?? '');
    for (const call of [
      'nn.BCEWithLogitsLoss()',
      'nn.CrossEntropyLoss()',
      'BinaryCrossentropy(from_logits=True)',
      "nn.init.kaiming_normal_(w, nonlinearity='linear')",
      'nn.GELU()',
      'jax.nn.gelu',
    ]) {
      expect(code, call).toContain(call);
    }
  });

  it('ships the dead-unit monitor as a Python code block with a forward hook', () => {
    const blocks = [...parsePage(PAGE).querySelectorAll('pre code')].map((c) => c.textContent ?? '');
    const monitor = blocks.find((b) => b.includes('class UnitMonitor'));
    expect(monitor).toBeDefined();
    expect(monitor).toContain('register_forward_hook');
    expect(parsePage(PAGE).querySelector('pre code.language-python')).not.toBeNull();
  });

  it('gives the hard sigmoid and softsign a section, with their explorer', () => {
    const document = parsePage(PAGE);
    expect([...document.querySelectorAll('h2')].map((h) => h.textContent)).toContain('Hard sigmoid and softsign');
    const config = JSON.parse(document.querySelector('#cheap-curves activation-explorer')?.getAttribute('data-config') ?? '{}');
    expect(config.activations).toEqual(['sigmoid', 'hard-sigmoid', 'tanh', 'softsign']);
  });

  it('cites every reference it lists, and lists every reference it cites', () => {
    const document = parsePage(PAGE);
    const listed = [...document.querySelectorAll('span[id^="ref-"]')].map((s) => s.id).sort();
    const cited = [...new Set([...document.querySelectorAll('a[href^="#ref-"]')].map((a) => a.getAttribute('href')!.slice(1)))].sort();
    expect(cited).toEqual(listed);
    for (const id of ['ref-glorot2010', 'ref-he2015', 'ref-lecun1998', 'ref-klambauer2017', 'ref-howard2019']) expect(listed).toContain(id);
  });
});
