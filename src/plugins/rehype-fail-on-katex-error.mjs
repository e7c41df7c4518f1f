/**
 * rehype-katex reports a bad formula as a warning and renders it as red error text. A reader
 * should never see that, so after KaTeX has run, any error node fails the build, naming the
 * file and the formula.
 *
 * @returns {(tree: import('hast').Root, file: import('vfile').VFile) => void}
 */
export function rehypeFailOnKatexError() {
  return (tree, file) => {
    const errors = [];
    visit(tree, (node) => {
      const className = node.properties?.className;
      if (Array.isArray(className) && className.includes('katex-error')) {
        errors.push(String(node.properties?.title ?? textOf(node)));
      }
    });
    if (errors.length > 0) {
      const where = file.path ?? 'a Markdown file';
      throw new Error(`Malformed formula in ${where}: ${errors.join('; ')}`);
    }
  };
}

/** @param {any} node @param {(node: any) => void} fn */
function visit(node, fn) {
  fn(node);
  for (const child of node.children ?? []) visit(child, fn);
}

/** @param {any} node @returns {string} */
function textOf(node) {
  if (node.type === 'text') return node.value;
  return (node.children ?? []).map(textOf).join('');
}
