/**
 * How wide a label will be, before the browser draws it: models lay out SVG text without a DOM
 * (at build time there is none), so they reserve room from this estimate. It errs wide: the
 * figures' UI font draws 12 px digits and lower-case letters about 6.8 px wide (measured in
 * Chromium), and 0.6 em per character covers that with a little to spare.
 */

/** Width per character as a share of the font size. */
const EM_PER_CHAR = 0.6;

/** Estimated width in px of `text` at `fontSize` px (12 unless given; SVG text in the figures is 12 px). */
export function textWidth(text: string, fontSize = 12): number {
  return [...text].length * EM_PER_CHAR * fontSize;
}

/** The first of `candidates` (longest first) whose estimated width fits `room` px; the last one if none does. */
export function fitText(candidates: readonly [string, ...string[]], room: number, fontSize = 12): string {
  return candidates.find((text) => textWidth(text, fontSize) <= room) ?? candidates[candidates.length - 1]!;
}
