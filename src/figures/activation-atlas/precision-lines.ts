/**
 * One line per atlas card and number format: the format's key threshold for that function, e.g.
 * "in bfloat16: f = 1 from x = 5.5625". The stable kernel's threshold nearest 0 says where even
 * the careful formula gives up; when the textbook formula breaks (∞, NaN) the line adds where.
 * Computed at build time (the atlas is static); the atlas's format menu only swaps the text.
 */
import type { Activation } from '../../lib/activations/types';
import { NUMBER_FORMATS, type FormatId } from '../../lib/precision/formats';
import { thresholdsFor } from '../../lib/precision/report';
import { formatNumber } from '../kit/format';
import { markLabel } from '../activation-explorer/precision-layer';

const x6 = (x: number): string => formatNumber(x, 6);

/** The line for one function in one format (float64 included: the site's own arithmetic). */
export function precisionLine(a: Activation, formatId: FormatId): string {
  const format = NUMBER_FORMATS.find((f) => f.id === formatId)!;
  const all = thresholdsFor(a.id, formatId);
  const nearest = (ts: typeof all) => [...ts].sort((p, q) => Math.abs(p.x) - Math.abs(q.x))[0];
  const stable = nearest(all.filter((t) => t.kernelId === 'stable'));
  const broken = nearest(all.filter((t) => t.kernelId !== 'stable' && t.kernelId !== 'rounded-once' && t.kind.endsWith('not-finite')));
  const parts: string[] = [];
  if (stable) parts.push(`${markLabel(stable)} from x = ${x6(stable.x)}`);
  if (broken && Math.abs(broken.x) < 1e6) parts.push(`textbook formula ${markLabel(broken)} from x = ${x6(broken.x)}`);
  return `in ${format.name}: ${parts.length > 0 ? parts.join('; ') : 'no limit reached, nothing breaks'}`;
}

/** Every format's line for a function, by format id. */
export function precisionLines(a: Activation): Record<FormatId, string> {
  return Object.fromEntries(NUMBER_FORMATS.map((f) => [f.id, precisionLine(a, f.id)])) as Record<FormatId, string>;
}
