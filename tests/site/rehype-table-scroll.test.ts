import { describe, expect, it } from 'vitest';
import { rehypeTableScroll } from '../../src/plugins/rehype-table-scroll.mjs';

const el = (tagName: string, className: string[] = [], children: unknown[] = []) => ({
  type: 'element',
  tagName,
  properties: { className },
  children,
});

describe('rehypeTableScroll', () => {
  it('wraps a Markdown table in a focusable, labelled .table-scroll region', () => {
    const table = el('table');
    const tree = { type: 'root', children: [el('p'), table] };
    rehypeTableScroll()(tree as never);
    const wrapper = tree.children[1] as ReturnType<typeof el> & { properties: Record<string, unknown> };
    expect(wrapper.tagName).toBe('section');
    expect(wrapper.properties).toMatchObject({ className: ['table-scroll'], tabIndex: 0 });
    expect(wrapper.properties.ariaLabel).toBeTruthy();
    expect(wrapper.children).toEqual([table]);
  });

  it('names each of several tables distinctly (landmark names must be unique on a page)', () => {
    const tree = { type: 'root', children: [el('table'), el('p'), el('div', [], [el('table')])] };
    rehypeTableScroll()(tree as never);
    type Node = { properties: { ariaLabel?: string }; children: Node[] };
    const [first, , wrapper] = tree.children as unknown as Node[];
    const labels = [first!.properties.ariaLabel, wrapper!.children[0]!.properties.ariaLabel];
    expect(labels).toEqual(['Table 1 of 2 (scrolls sideways)', 'Table 2 of 2 (scrolls sideways)']);
  });

  it('leaves tables that already scroll (inside .table-scroll) alone, at any depth', () => {
    const inner = el('table');
    const tree = { type: 'root', children: [el('section', ['table-scroll', 'atlas__table'], [el('div', [], [inner])])] };
    const before = JSON.stringify(tree);
    rehypeTableScroll()(tree as never);
    expect(JSON.stringify(tree)).toBe(before);
  });
});
