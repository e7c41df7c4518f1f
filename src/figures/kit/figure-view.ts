/**
 * What a figure's model returns for one state, and all the kit needs to show it: the picture,
 * the lines printed under it, and the numbers behind it. The data table is the accessible
 * alternative to the chart (a "Data" disclosure read by screen readers) and the CSV download,
 * so the three can never disagree.
 */
import type { Scene } from './scene';

/** The figure's current numbers as a table: one header row, then one row per data point. */
export interface DataTable {
  /** Says what a row is, e.g. "Gradient norm per layer". */
  readonly caption: string;
  /** Column headers, with units where a column has one. */
  readonly columns: readonly string[];
  /** Cells already formatted for reading, or numbers (written in full precision to CSV). */
  readonly rows: readonly (readonly (string | number)[])[];
}

export interface FigureView {
  readonly scene: Scene;
  /** Lines printed under the plot and joined into the svg's desc. */
  readonly readout: readonly string[];
  /** Read only when the Data table is open or the CSV is downloaded: a view may work it out in a getter, once. */
  readonly data: DataTable;
}
