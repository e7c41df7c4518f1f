/**
 * A figure's output as reviewable text for golden-file tests: the readout, the data table and
 * the scene's SVG one element per line, with every number rounded (to 4 significant digits in
 * data, 1 decimal in markup), so a change to what a figure draws or says shows up in review and
 * last-digit noise does not.
 */
import { sceneToSvg, type Scene } from '../../src/figures/kit/scene';
import type { DataTable } from '../../src/figures/kit/figure-view';

const roundMarkup = (svg: string) => svg.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10 + 0));
const roundCell = (v: string | number) => (typeof v === 'number' ? (Number.isFinite(v) ? String(Number(v.toPrecision(4))) : String(v)) : v);

export function goldenText(view: { readonly scene: Scene; readonly readout?: readonly string[]; readonly data?: DataTable }): string {
  const parts: string[] = [];
  if (view.readout) parts.push('# readout', ...view.readout);
  if (view.data) {
    parts.push(`# data: ${view.data.caption}`, view.data.columns.join('\t'), ...view.data.rows.map((row) => row.map(roundCell).join('\t')));
  }
  parts.push(`# scene ${view.scene.width}×${view.scene.height}`, ...roundMarkup(sceneToSvg(view.scene)).split(/(?<=>)(?=<)/));
  return `${parts.join('\n')}\n`;
}
