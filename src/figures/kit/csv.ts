/**
 * A DataTable as CSV (RFC 4180): comma-separated, CRLF line ends, a field quoted when it holds
 * a comma, a quote or a line break, with its quotes doubled. Numbers are written in full
 * precision (the shortest text that reads back as the same double), not as the table shows them,
 * so a download can be analysed further; text cells are written as shown.
 */
import type { DataTable } from './figure-view';

/** One field: a number in full precision ("" for NaN/±Infinity, which CSV readers do not agree on), text quoted if needed. */
export function csvField(cell: string | number): string {
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** The whole table: header row, then data rows, each line ended by CRLF. */
export function toCsv(table: DataTable): string {
  return [table.columns, ...table.rows].map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
