// Public entry for the experiments. Each engineer adds one `export * from './module';` line per module.
export * from './saturation';
export * from './sparsity';
export * from './zigzag';
export * from './mlp';
export * from './depth';
export * from './dying-relu';
export * from './normalisation';
export * from './depth-networks';
