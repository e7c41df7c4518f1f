/**
 * The depth figure's networks, kept between redraws. Moving its depth slider changes only the
 * depth, and the network of depth d is the first d layers of the deepest one the slider allows
 * (see `DepthNetwork`), so each network is drawn once at the deepest depth and run forward once;
 * a depth change then costs only backward passes through the first d layers, each depth's once.
 * Without this, every slider move drew the shown network and the band's eight again (about 70 ms
 * at 4× CPU throttling). Drawing only as deep as first asked and the deepest later was measured
 * too: it makes the first touch ≈ 70 ms cheaper at 4× throttling but the first deeper one ≈ 200 ms
 * dearer.
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
  const network = at >= 0 ? kept.splice(at, 1)[0]! : drawDepthNetwork(resolved, DEPTH_LIMITS.depth.max);
  kept.push(network);
  if (kept.length > KEPT_DEPTH_NETWORKS) kept.shift();
  return network.measure(resolved.depth);
}
