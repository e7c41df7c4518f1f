// Every figure a post can use: `import { ActivationExplorer } from '../../src/figures';`
export { default as ActivationExplorer } from './activation-explorer/ActivationExplorer.astro';
export { default as ActivationAtlas } from './activation-atlas/ActivationAtlas.astro';
export { default as SparsityHistogram } from './sparsity-histogram/SparsityHistogram.astro';
export { default as SaturationHistogram } from './saturation-histogram/SaturationHistogram.astro';
export { default as DepthGradients } from './depth-gradients/DepthGradients.astro';
export { default as ZigzagDescent } from './zigzag-descent/ZigzagDescent.astro';
export { default as ReluComposition } from './relu-composition/ReluComposition.astro';
export { default as DyingRelu } from './dying-relu/DyingRelu.astro';
export { default as FormulaLab } from './formula-lab/FormulaLab.astro';
