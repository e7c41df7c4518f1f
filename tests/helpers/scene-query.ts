import type { Scene, SceneNode } from '../../src/figures/kit/scene';

/** Every node of a scene, depth first. */
export function allNodes(nodes: readonly SceneNode[]): SceneNode[] {
  return nodes.flatMap((n) => [n, ...(n.type === 'g' || n.type === 'clipPath' ? allNodes(n.children) : [])]);
}

/** The node reached by following keys from the scene's top level; throws with the path if absent. */
export function nodeAt(scene: Scene, ...keys: string[]): SceneNode {
  let level: readonly SceneNode[] = scene.nodes;
  let node: SceneNode | undefined;
  for (const key of keys) {
    node = level.find((n) => n.key === key);
    if (!node) throw new Error(`no node ${keys.join(' › ')} (stuck at ${key}; siblings: ${level.map((n) => n.key).join(', ')})`);
    level = node.type === 'g' || node.type === 'clipPath' ? node.children : [];
  }
  return node!;
}

export function childrenOf(node: SceneNode): readonly SceneNode[] {
  return node.type === 'g' || node.type === 'clipPath' ? node.children : [];
}

/** The vertices of a path `d` made of M/L commands (d3 closes a one-point line with Z), one array per subpath. */
export function subpaths(d: string): [number, number][][] {
  if (d === '') return [];
  return d
    .split('M')
    .filter((part) => part.length > 0)
    .map((part) =>
      part
        .replace(/Z$/, '')
        .split('L')
        .map((pair) => pair.split(',').map(Number) as [number, number]),
    );
}
