/**
 * d3-random builds each distribution with an immediately called function
 * (`var normal = (function sourceRandomNormal(source) {…})(defaultSource)`), which a bundler
 * must keep in case the call has side effects, so every page with an experiment carried all
 * seventeen distributions (3.4 KB) for the two it uses. The calls are pure; this Vite plugin
 * says so with the standard annotation, and the unused ones drop out of the bundle.
 *
 * @returns {import('vite').Plugin}
 */
export function d3RandomPure() {
  return {
    name: 'd3-random-pure',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]d3-random[\\/]dist[\\/]d3-random\.mjs($|\?)/.test(id)) return null;
      return { code: code.replace(/= \(function sourceRandom/g, '= /*#__PURE__*/ (function sourceRandom'), map: null };
    },
  };
}
