/**
 * How the browser's JavaScript is cut into files. Left to itself the bundler makes a file for
 * every set of modules shared by a different set of figures: the sigmoid post loaded 19 files,
 * and each gzip file starts its dictionary afresh, so small files cost more than their share.
 * Two groups fix the shape the issue asks for (#10):
 *  - `wake`: what every figure script runs up front (define-when-near.ts and Vite's preload
 *    helper), one small file;
 *  - `figure-runtime`: the kit every live figure shares (the element base, scenes, frames,
 *    url-state, the lean tools) with the activation registry and its numerics, one file.
 * Each figure's own code (element, model, experiment) stays in its own file, loaded only where
 * that figure is, and what a reader asks for (tool-actions, the formula parser and a reader's
 * formula in a figure, exporters)
 * stays in files of its own.
 *
 * @returns {import('rolldown').OutputOptions['codeSplitting']}
 */
export function figureChunks() {
  const onRequest =
    /[\\/]src[\\/]figures[\\/]kit[\\/](tool-actions|csv|png-text-chunk|svg-export|reader-formula-compile|unmeasured-properties)\.ts$/;
  // erf is used only by what a reader asks for (the formula parser, number formats, exporters);
  // the registry's Φ needs erfc alone. Left in the runtime group it would ride along on every page.
  const onRequestOnly = /node_modules[\\/]@stdlib[\\/]math-base-special-erf[\\/]/;
  // Kit modules that only some figures run in the browser (the initialisation post's mean-field
  // controls, the explorer's legend): they ride with those figures, not on every page.
  const fewFigures = /[\\/]src[\\/]figures[\\/]kit[\\/](mean-field-controls|legend-swatch)\.ts$/;
  return {
    groups: [
      {
        name: 'wake',
        test: (id) => /[\\/]src[\\/]figures[\\/]kit[\\/]define-when-near\.ts$/.test(id) || id.includes('vite/preload-helper'),
        priority: 2,
      },
      {
        name: 'figure-runtime',
        test: (id) =>
          !onRequest.test(id) &&
          !onRequestOnly.test(id) &&
          !fewFigures.test(id) &&
          /[\\/]src[\\/](figures[\\/]kit[\\/][^\\/]+\.ts|lib[\\/](format|xml)\.ts|lib[\\/]activations[\\/])|node_modules[\\/](@stdlib|d3-array)[\\/]/.test(
            id,
          ),
        priority: 1,
      },
    ],
  };
}
