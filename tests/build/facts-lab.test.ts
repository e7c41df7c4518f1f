import { beforeAll, describe, expect, it } from 'vitest';
import { parsePage, SITE_DIR, siteExists } from './site-files';
import { labFacts as facts } from '../../src/lib/facts/lab';

const PAGE = 'posts/lab/index.html';

beforeAll(() => {
  if (!siteExists()) throw new Error(`No built site in ${SITE_DIR}: run npm test (it builds first).`);
});

describe('the Lab post', () => {
  it('quotes every number the formula code produces', () => {
    const text = parsePage(PAGE).body.textContent ?? '';
    for (const [name, value] of Object.entries(facts)) {
      expect(text, `Lab post should quote ${name} = ${value}`).toContain(value);
    }
  });

  it('shows the Lab figure started on each example', () => {
    const page = parsePage(PAGE);
    for (const id of ['lab-swish', 'lab-step', 'lab-exp']) expect(page.getElementById(id), id).not.toBeNull();
    expect(page.querySelector('#lab-swish output')?.textContent).toContain(`f(1) = ${facts.siluF1}`);
  });
});
