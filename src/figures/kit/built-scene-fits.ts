/**
 * Whether a built scene of `sceneWidth`×`sceneHeight` shown in a `width`×`height` box (scaled by
 * its viewBox) looks as a live draw would: the same shape within 3%, and text scaled by at most
 * 0.8–1.25×. Otherwise (a phone's taller box) the figure redraws at the box's size.
 */
export function builtSceneFits(sceneWidth: number, sceneHeight: number, width: number, height: number): boolean {
  if (!(sceneWidth > 0 && sceneHeight > 0)) return false;
  const shape = width / height / (sceneWidth / sceneHeight);
  const scale = width / sceneWidth;
  return Math.abs(shape - 1) <= 0.03 && scale >= 0.8 && scale <= 1.25;
}
