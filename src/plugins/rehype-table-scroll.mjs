/**
 * Wraps every Markdown table of a post in a focusable, labelled scroll box (`.table-scroll`),
 * so a wide table scrolls sideways on a phone instead of widening the page, and keyboard users
 * can scroll it too. Tables already inside a `.table-scroll` (figures' own) are left alone.
 *
 * @returns {(tree: import('hast').Root) => void}
 */
export function rehypeTableScroll() {
  return (tree) => {
    const wrappers = [];
    wrapTables(tree, false, wrappers);
    // Landmarks on a page need distinct names: with several tables, each says which it is.
    if (wrappers.length > 1)
      wrappers.forEach((w, i) => (w.properties.ariaLabel = `Table ${i + 1} of ${wrappers.length} (scrolls sideways)`));
  };
}

/** @param {any} node @param {boolean} inside @param {any[]} wrappers collects the new wrappers, in document order */
function wrapTables(node, inside, wrappers) {
  if (!Array.isArray(node.children)) return;
  node.children = node.children.map((child) => {
    if (child.type !== 'element') return child;
    const classes = [child.properties?.className ?? []].flat();
    const scroller = inside || classes.includes('table-scroll');
    wrapTables(child, scroller, wrappers);
    if (child.tagName !== 'table' || scroller) return child;
    // A labelled <section> is a region landmark, which a focusable scroll box needs for a name.
    const wrapper = {
      type: 'element',
      tagName: 'section',
      properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: 'Table (scrolls sideways)' },
      children: [child],
    };
    wrappers.push(wrapper);
    return wrapper;
  });
}
