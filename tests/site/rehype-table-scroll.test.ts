import { describe, expect, it } from 'vitest';
import { rehypeTableScroll } from '../../src/plugins/rehype-table-scroll.mjs';

const el = (tagName: string, className: string[] = [], children: unknown[] = []) => ({ type: 'element', tagName, properties: { className }, children });

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

  it('leaves tables that already scroll (inside .table-scroll) alone, at any depth', () => {
    const inner = el('table');
    const tree = { type: 'root', children: [el('section', ['table-scroll', 'atlas__table'], [el('div', [], [inner])])] };
    const before = JSON.stringify(tree);
    rehypeTableScroll()(tree as never);
    expect(JSON.stringify(tree)).toBe(before);
  });
});
