/**
 * Wraps every Markdown table of a post in a focusable, labelled scroll box (`.table-scroll`),
 * so a wide table scrolls sideways on a phone instead of widening the page, and keyboard users
 * can scroll it too. Tables already inside a `.table-scroll` (figures' own) are left alone.
 *
 * @returns {(tree: import('hast').Root) => void}
 */
export function rehypeTableScroll() {
  return (tree) => wrapTables(tree, false);
}

/** @param {any} node @param {boolean} inside */
function wrapTables(node, inside) {
  if (!Array.isArray(node.children)) return;
  node.children = node.children.map((child) => {
    if (child.type !== 'element') return child;
    const classes = [child.properties?.className ?? []].flat();
    const scroller = inside || classes.includes('table-scroll');
    wrapTables(child, scroller);
    if (child.tagName !== 'table' || scroller) return child;
    // A labelled <section> is a region landmark, which a focusable scroll box needs for a name.
    return {
      type: 'element',
      tagName: 'section',
      properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: 'Table (scrolls sideways)' },
      children: [child],
    };
  });
}
