/**
 * How a figure's DataTable reads, shared by the build-time table (FigureTools.astro), the live
 * table the element keeps in step, and the CSV: one place decides what a cell says.
 */
import { formatNumber } from './format';
import type { DataTable } from './figure-view';

/** Most rows a table shows: enough to read the shape of a curve, few enough to read aloud. */
export const MAX_TABLE_ROWS = 50;

/** A cell as a reader sees it: numbers to 4 significant digits ("0.8808", "−2", "6.6 × 10⁻³"), text as given. */
export function cellText(cell: string | number): string {
  return typeof cell === 'number' ? formatNumber(cell, 4) : cell;
}

/**
 * `count` indices spread evenly over 0…length−1, first and last included (all of them when
 * length ≤ count), so a long series can be shown as a table of sensible size.
 */
export function evenIndices(length: number, count = MAX_TABLE_ROWS): number[] {
  if (length <= count) return Array.from({ length }, (_, i) => i);
  if (count < 2) return length > 0 ? [0] : [];
  return Array.from({ length: count }, (_, i) => Math.round((i * (length - 1)) / (count - 1)));
}

/** Every `MAX_TABLE_ROWS`-th-ish row of `rows`, evenly, for a table that must stay short. */
export function sampleRows<Row>(rows: readonly Row[], count = MAX_TABLE_ROWS): Row[] {
  return evenIndices(rows.length, count).map((i) => rows[i]!);
}

/** The table as text cells: the header row, then each row. */
export function tableCells(table: DataTable): { head: string[]; body: string[][] } {
  return { head: [...table.columns], body: table.rows.map((row) => row.map(cellText)) };
}
