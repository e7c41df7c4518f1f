/**
 * The explorer as the picture on a link-preview card (src/lib/og): a compact explorer of the
 * post's functions, scaled up so its labels stay legible at card size.
 */
import { getActivation } from '../../lib/activations/registry';
import { ACTIVATION_VIEW_DEFAULTS } from '../../lib/activations/view';
import type { CardFigure } from '../../lib/og/og-card';
import type { OgFigure } from '../../lib/og/og-figure';
import { sceneToSvg, type SceneNode } from '../kit/scene';
import { explorerModel, explorerYDomains } from './model';

/** Scene size of the figure on a card. */
const SCENE = { width: 360, height: 400, scale: 1.25 } as const;

export function explorerCardFigure(figure: OgFigure): CardFigure {
  const { domain } = figure;
  const { scene } = explorerModel({
    activations: figure.activations,
    params: {},
    probeX: figure.probeX,
    domain,
    threshold: ACTIVATION_VIEW_DEFAULTS.threshold,
    yDomains: explorerYDomains(figure.activations, domain),
    width: SCENE.width,
    height: SCENE.height,
    idPrefix: 'og',
  });
  return {
    markup: sceneToSvg({ ...scene, nodes: scene.nodes.map(plainPrimes) }),
    width: scene.width,
    height: scene.height,
    scale: SCENE.scale,
    // The explorer labels a single function's top panel with its name; a card with several
    // functions names them in the kicker instead.
    title: figure.activations.map((id) => getActivation(id).name).join(' and '),
  };
}

/**
 * KaTeX_Main draws ′ (U+2032) as a full-height stroke meant to be set as a superscript, which
 * reads as "f/(x)" on a card; an apostrophe from the sans-serif reads as the prime it stands for.
 */
function plainPrimes(node: SceneNode): SceneNode {
  if (node.type === 'text') return { ...node, text: node.text.replaceAll('\u2032', "'") };
  if (node.type === 'g' || node.type === 'clipPath') return { ...node, children: node.children.map(plainPrimes) };
  return node;
}
