/**
 * A post's blocks below the screen are not laid out until the reader nears them
 * (`content-visibility: auto`, global.css), and a browser asks for a font only when it lays out
 * text in it. KaTeX's fonts are `font-display: block`, so without this a formula further down
 * would stay blank while its font downloads as the reader scrolls to it, and print in a fallback
 * font. Once the page has loaded, this asks for the faces the page's formulas use through the CSS
 * Font Loading API. Nothing is laid out: laying each block out to the same end cost a phone about
 * half a second of main thread on the longest post.
 */

/** KaTeX's base face: `.katex` sets it, and rules that change only the style or weight keep it. */
const BASE_FAMILY = 'KaTeX_Main';

/**
 * The faces this page's formulas use, as `font` shorthands. Read from KaTeX's own stylesheet: a
 * rule that sets a KaTeX family, style or weight counts when some element on the page matches it,
 * so the stylesheet alone says which class draws in which face. Matching a selector needs no
 * layout.
 */
function facesInUse(): Set<string> {
  const faces = new Set<string>();
  for (const sheet of document.styleSheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // a sheet from another origin cannot be read; ours are all same-origin
    }
    for (const rule of rules) {
      if (!(rule instanceof CSSStyleRule) || !rule.selectorText.startsWith('.katex')) continue;
      const { fontFamily, fontStyle, fontWeight } = rule.style;
      const family = fontFamily.split(',')[0]?.trim() || BASE_FAMILY;
      if (!family.startsWith('KaTeX_') || !(fontFamily || fontStyle || fontWeight)) continue;
      if (!document.querySelector(rule.selectorText)) continue;
      faces.add(`${fontStyle || 'normal'} ${fontWeight || 'normal'} 1em ${family}`);
    }
  }
  return faces;
}

export function warmMathFonts(): void {
  const start = (): void => {
    for (const face of facesInUse()) void document.fonts.load(face).catch(() => undefined);
    // Says the fonts are asked for (tests wait on it); `document.fonts.ready` says when they are in.
    document.documentElement.dataset.mathFonts = 'requested';
  };
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}
