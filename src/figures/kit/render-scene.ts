import { nodeAttributes, nodeChildren, type Scene, type SceneNode } from './scene';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The node each element was last brought in line with. Scenes are immutable, so an element
 * whose new node is that same object is already right, subtree and all (a model that reuses
 * the nodes of what did not change, such as its axes, costs nothing for them); otherwise the
 * old node says what the element holds without asking the DOM, which is slower than comparing
 * in script. Only renderScene writes a scene's elements, so the record stays true.
 */
const applied = new WeakMap<Element, SceneNode>();

/**
 * Brings a live <svg> in line with a scene: a keyed join at every level (key = tag and
 * `data-key`), so unchanged nodes keep their elements (and focus, transitions, pointer capture)
 * and only attributes that the model changed are written. The build-time markup from
 * `sceneToSvg` is the starting state. Written out rather than taken from d3-selection, whose
 * general join is a third of the figure runtime's bytes; this one does only what scenes need.
 */
export function renderScene(svg: SVGSVGElement, scene: Scene): void {
  const viewBox = `0 0 ${scene.width} ${scene.height}`;
  if (svg.getAttribute('viewBox') !== viewBox) svg.setAttribute('viewBox', viewBox);
  joinChildren(svg, scene.nodes);
}

function joinChildren(parent: Element, nodes: readonly SceneNode[]): void {
  // The keyed children there now; a repeated key is surplus, as in any keyed join.
  const existing = new Map<string, Element>();
  for (const child of Array.from(parent.children)) {
    const id = elementId(child);
    if (id === null) continue; // title, desc: not the scene's
    if (existing.has(id)) child.remove();
    else existing.set(id, child);
  }
  const elements = nodes.map((node) => {
    const id = `${node.type}:${node.key}`;
    const element = existing.get(id) ?? document.createElementNS(SVG_NS, node.type);
    existing.delete(id);
    update(element, node);
    return element;
  });
  for (const gone of existing.values()) gone.remove();
  // Put them in the scene's order, from the last one back, moving only those out of place.
  let next: Element | null = null;
  for (let i = elements.length - 1; i >= 0; i--) {
    const element = elements[i]!;
    if (
      element.parentNode !== parent ||
      (next ? element.nextElementSibling !== next && !(element.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING) : false)
    ) {
      parent.insertBefore(element, next);
    }
    next = element;
  }
}

/** `type:key` of a scene element (as `${node.type}:${node.key}`), or null for one that is not the scene's. */
function elementId(element: Element): string | null {
  const node = applied.get(element);
  if (node) return `${node.type}:${node.key}`;
  const key = element.getAttribute('data-key');
  return key === null ? null : `${element.tagName}:${key}`;
}

function update(element: Element, node: SceneNode): void {
  const before = applied.get(element);
  if (before === node) return;
  const held = before && new Map(nodeAttributes(before));
  for (const [name, value] of nodeAttributes(node)) {
    const text = String(value);
    if ((held ? String(held.get(name)) : element.getAttribute(name)) !== text) element.setAttribute(name, text);
  }
  if (node.type === 'text') {
    if ((before?.type === 'text' ? before.text : element.textContent) !== node.text) element.textContent = node.text;
  } else {
    joinChildren(element, nodeChildren(node));
  }
  applied.set(element, node);
}
