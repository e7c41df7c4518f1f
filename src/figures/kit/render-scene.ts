import { select, type Selection } from 'd3-selection';
import { nodeAttributes, nodeChildren, type Scene, type SceneNode } from './scene';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Brings a live <svg> in line with a scene: a keyed d3 join at every level, so unchanged nodes
 * keep their elements (and focus, transitions, pointer capture) and only attributes that the
 * model changed are written. The build-time markup from `sceneToSvg` is the starting state.
 */
export function renderScene(svg: SVGSVGElement, scene: Scene): void {
  svg.setAttribute('viewBox', `0 0 ${scene.width} ${scene.height}`);
  joinChildren(select<Element, unknown>(svg), scene.nodes);
}

function joinChildren(parent: Selection<Element, unknown, null, undefined>, nodes: readonly SceneNode[]): void {
  parent
    .selectChildren<Element, SceneNode | undefined>('[data-key]')
    .data<SceneNode>(nodes as SceneNode[], function (this: Element | SceneNode[], d: SceneNode | undefined) {
      // On existing elements d3 calls this with the element as `this` and its bound datum,
      // which build-time markup does not have: fall back to the element's own key.
      return d ? keyOf(d) : `${(this as Element).tagName}:${(this as Element).getAttribute('data-key')}`;
    })
    .join((enter) => enter.append((d) => document.createElementNS(SVG_NS, d.type)))
    .each(function (node) {
      const element = this as Element;
      for (const [name, value] of nodeAttributes(node)) {
        const text = String(value);
        if (element.getAttribute(name) !== text) element.setAttribute(name, text);
      }
      if (node.type === 'text') {
        if (element.textContent !== node.text) element.textContent = node.text;
      } else {
        joinChildren(select<Element, unknown>(element), nodeChildren(node));
      }
    })
    .order();
}

function keyOf(node: SceneNode): string {
  return `${node.type}:${node.key}`;
}
