/**
 * KaTeX's stylesheet lists each font as woff2, woff and ttf. Every browser we support takes
 * woff2, so the other two only add about 0.7 MB to the build. This Vite plugin drops them from
 * the CSS, and with them from dist/.
 *
 * @returns {import('vite').Plugin}
 */
export function katexWoff2Only() {
  return {
    name: 'katex-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/katex(\.min)?\.css($|\?)/.test(id)) return null;
      return { code: code.replace(/,url\([^)]*\.(?:woff|ttf)\) format\("(?:woff|truetype)"\)/g, ''), map: null };
    },
  };
}
