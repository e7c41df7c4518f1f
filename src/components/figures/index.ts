// Every figure a post can use: `import { ActivationExplorer } from '../../src/components/figures';`
export { default as ActivationExplorer } from './ActivationExplorer.astro';
export { default as ActivationAtlas } from './ActivationAtlas.astro';
export { default as SparsityHistogram } from './SparsityHistogram.astro';
export { default as SaturationHistogram } from './SaturationHistogram.astro';
export { default as DepthGradients } from './DepthGradients.astro';
export { default as ZigzagDescent } from './ZigzagDescent.astro';
export { default as ReluComposition } from './ReluComposition.astro';
export { default as DyingRelu } from './DyingRelu.astro';
