/**
 * A scene is a figure's SVG described as plain data: what a model returns and what both
 * renderers draw. `sceneToSvg` writes it as markup at build time; the browser's
 * `renderScene` (src/figures/kit/render-scene.ts) joins the same data into the live SVG with
 * a keyed join. One description, two renderers, so first paint and every update agree.
 */
import { escapeXml } from '../../lib/xml';

interface NodeBase {
  /** Unique among siblings; the d3 join matches old and new nodes by it. */
  readonly key: string;
  readonly className?: string;
}

export interface GroupNode extends NodeBase {
  readonly type: 'g';
  readonly transform?: string;
  /** Id of a clipPath defined in the same scene. */
  readonly clipPath?: string;
  /** Hidden from assistive technology (axes, gridlines: the text output says it better). */
  readonly ariaHidden?: boolean;
  readonly children: readonly SceneNode[];
}

export interface ClipPathNode extends NodeBase {
  readonly type: 'clipPath';
  readonly id: string;
  readonly children: readonly SceneNode[];
}

export interface PathNode extends NodeBase {
  readonly type: 'path';
  readonly d: string;
}

export interface RectNode extends NodeBase {
  readonly type: 'rect';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface LineNode extends NodeBase {
  readonly type: 'line';
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

export interface CircleNode extends NodeBase {
  readonly type: 'circle';
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
}

export interface TextNode extends NodeBase {
  readonly type: 'text';
  readonly x: number;
  readonly y: number;
  readonly text: string;
  readonly anchor?: 'start' | 'middle' | 'end';
  /** Vertical placement relative to y, as SVG's dominant-baseline. */
  readonly baseline?: 'auto' | 'middle' | 'hanging';
}

export type SceneNode = GroupNode | ClipPathNode | PathNode | RectNode | LineNode | CircleNode | TextNode;

export interface Scene {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly SceneNode[];
}

/** The attributes a node sets on its element, in a fixed order (also used by the live renderer). */
export function nodeAttributes(node: SceneNode): [string, string | number][] {
  const attrs: [string, string | number][] = [['data-key', node.key]];
  if (node.className) attrs.push(['class', node.className]);
  switch (node.type) {
    case 'g':
      if (node.transform) attrs.push(['transform', node.transform]);
      if (node.clipPath) attrs.push(['clip-path', `url(#${node.clipPath})`]);
      if (node.ariaHidden) attrs.push(['aria-hidden', 'true']);
      break;
    case 'clipPath':
      attrs.push(['id', node.id]);
      break;
    case 'path':
      attrs.push(['d', node.d]);
      break;
    case 'rect':
      attrs.push(['x', node.x], ['y', node.y], ['width', node.width], ['height', node.height]);
      break;
    case 'line':
      attrs.push(['x1', node.x1], ['y1', node.y1], ['x2', node.x2], ['y2', node.y2]);
      break;
    case 'circle':
      attrs.push(['cx', node.cx], ['cy', node.cy], ['r', node.r]);
      break;
    case 'text':
      attrs.push(['x', node.x], ['y', node.y]);
      if (node.anchor) attrs.push(['text-anchor', node.anchor]);
      if (node.baseline) attrs.push(['dominant-baseline', node.baseline]);
      break;
  }
  return attrs;
}

export function nodeChildren(node: SceneNode): readonly SceneNode[] {
  return node.type === 'g' || node.type === 'clipPath' ? node.children : [];
}

/** Markup for the scene's nodes (the inside of the <svg>), for the build-time render. */
export function sceneToSvg(scene: Scene): string {
  return scene.nodes.map(nodeToSvg).join('');
}

function nodeToSvg(node: SceneNode): string {
  const attrs = nodeAttributes(node)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
  const inner = node.type === 'text' ? escapeXml(node.text) : nodeChildren(node).map(nodeToSvg).join('');
  return `<${node.type}${attrs}>${inner}</${node.type}>`;
}
