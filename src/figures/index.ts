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
export { default as GainTable } from './gain-table/GainTable.astro';
export { default as SignalDepth } from './signal-depth/SignalDepth.astro';
export { default as PhaseDiagram } from './phase-diagram/PhaseDiagram.astro';
