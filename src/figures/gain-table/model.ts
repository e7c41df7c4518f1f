/**
 * The GainTable figure's numbers: one row per registry activation (at its default parameters)
 * with its three gains and PyTorch's `calculate_gain`, as the kit's DataTable so the same rows
 * make the visible table and the CSV.
 */
import { ACTIVATIONS } from '../../lib/activations/registry';
import { GAIN_LABELS, gainTable, type Gains } from '../../lib/signal/gains';
import type { DataTable } from '../kit/figure-view';

/** What a missing PyTorch entry reads as. */
export const NO_PYTORCH_GAIN = 'none';

/** The gain columns, in order, each with its one-line convention. */
export const GAIN_COLUMNS: readonly { key: keyof Gains; header: string; convention: string }[] = [
  { key: 'secondMoment', header: 'Second moment', convention: GAIN_LABELS.secondMoment },
  { key: 'inverseStd', header: '1/std', convention: GAIN_LABELS.inverseStd },
  { key: 'backward', header: 'Backward', convention: GAIN_LABELS.backward },
];

export const PYTORCH_CONVENTION =
  'torch.nn.init.calculate_gain: PyTorch\'s recommended gain, a convention for the six functions it lists; "none" where it has no entry';

/** The table for the given ids (every registry activation by default); gains as numbers, so the CSV has them in full. */
export function gainTableData(ids: readonly string[] = ACTIVATIONS.map((a) => a.id)): DataTable {
  const rows = gainTable(ACTIVATIONS.filter((a) => ids.includes(a.id)));
  return {
    caption: 'Initialisation gains for unit-variance Gaussian pre-activations, each activation at its default parameters',
    columns: ['Activation', ...GAIN_COLUMNS.map((c) => c.header), 'PyTorch'],
    rows: rows.map((r) => [r.name, ...GAIN_COLUMNS.map((c) => gainCell(r[c.key])), r.pytorch ?? NO_PYTORCH_GAIN]),
  };
}

/** A gain as a table cell: the number, or ∞ where the moment is 0 (a CSV cell must not read "Infinity"). */
export function gainCell(g: number): number | string {
  return Number.isFinite(g) ? g : '∞';
}
