// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { markedText } from '../../src/elements/site-search';

const html = (nodes: Node[]) => {
  const p = document.createElement('p');
  p.append(...nodes);
  return p.innerHTML;
};

describe('search excerpts', () => {
  it('keep text and <mark> around hits', () => {
    expect(html(markedText('the unit is <mark>saturated</mark>, pressed &amp; flat'))).toBe(
      'the unit is <mark>saturated</mark>, pressed &amp; flat',
    );
  });

  it('drop every other element and attribute, so an excerpt cannot inject markup', () => {
    const out = html(markedText('<img src=x onerror="alert(1)"><b>bold</b> <mark class="x" onclick="y">hit</mark><script>bad()</script>'));
    expect(out).toBe('bold <mark>hit</mark>bad()');
    expect(out).not.toMatch(/<(img|b|script)|onerror|onclick|class=/);
  });
});
