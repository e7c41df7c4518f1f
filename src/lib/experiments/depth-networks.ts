/**
 * The depth figure's networks, kept between redraws. Moving its depth slider changes only the
 * depth, and the network of depth d is the first d layers of the deepest one the slider allows
 * (see `DepthNetwork`), so each network is drawn and run forward at most twice (at the depth first
 * asked for, then at the deepest when more is asked); a depth change otherwise costs only
 * backward passes through the first d layers, each depth's once. Without this, every slider move
 * drew the shown network and the band's eight again (about 70 ms at 4× CPU throttling).
 */
import {
  DEPTH_LIMITS,
  drawDepthNetwork,
  resolveLayerGradientOptions,
  SPREAD_SEEDS,
  type DepthNetwork,
  type LayerGradientOptions,
  type LayerGradients,
} from './depth';

/**
 * How many drawn networks are kept: the shown seed and the band's seeds, twice over (a reader's
 * function and the activation it falls back to). At width 32 one costs ≈ 0.3 MB, mostly weights.
 */
export const KEPT_DEPTH_NETWORKS = 2 * (SPREAD_SEEDS.length + 1);

/** Most recently used last. */
const kept: DepthNetwork[] = [];

/** `layerGradients(options)`, the same numbers, from a kept network when one was drawn for these settings. */
export function layerGradientsOfKeptNetwork(options: LayerGradientOptions = {}): LayerGradients {
  const resolved = resolveLayerGradientOptions(options);
  const at = kept.findIndex(({ options: o }) =>
    (['width', 'activation', 'init', 'samples', 'seed', 'custom'] as const).every((key) => o[key] === resolved[key]),
  );
  let network = at >= 0 ? kept.splice(at, 1)[0] : undefined;
  // Drawn first only as deep as asked, so the first touch costs no more than a redraw used to;
  // the first deeper request draws the deepest network, once.
  if (!network || network.options.depth < resolved.depth) {
    network = drawDepthNetwork(resolved, network ? DEPTH_LIMITS.depth.max : resolved.depth);
  }
  kept.push(network);
  if (kept.length > KEPT_DEPTH_NETWORKS) kept.shift();
  return network.measure(resolved.depth);
}
