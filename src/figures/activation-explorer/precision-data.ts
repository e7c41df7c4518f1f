/**
 * The explorer's numbers in a narrow format: one precision report per function shown and, when
 * GELU is among them, how far its exact and tanh forms are apart. This is the only explorer
 * module that imports the rounding code, and the element loads it on demand (a dynamic import)
 * when a reader picks a format other than float64; the build calls it for an author's `format`.
 */
import type { ParamValues } from '../../lib/activations/types';
import { getFormat, NUMBER_FORMATS, type FormatId } from '../../lib/precision/formats';
import { geluFormsGap, geluFormsInFormat, type GeluFormsGap } from '../../lib/precision/gelu-forms';
import { precisionReport } from '../../lib/precision/report';
import type { ExplorerPrecision, GeluFormsSummary } from './precision-layer';
import { keyedCache } from '../../lib/keyed-cache';

// What the element draws and prints with the reports loads with them.
export { legendEntries, precisionLayer, precisionReadout, precisionTable } from './precision-layer';

let gap: GeluFormsGap | null = null;

/** Samples per curve: about one per two pixels at the explorer's 640 px, and half the default's cost. */
const SAMPLES = 321;
/** Reports remembered, so switching back and forth between formats costs nothing. */
const remember = keyedCache<ExplorerPrecision>(24);

/** GELU's two forms in `formatId`: the float64 gap, its size in the format's ulps, and the formats that cannot see it. */
function geluSummary(formatId: FormatId): GeluFormsSummary {
  gap ??= geluFormsGap();
  const found = gap;
  return {
    x: Math.abs(found.x),
    gap: Math.abs(found.gap),
    ulps: geluFormsInFormat(getFormat(formatId), found).gapInUlps,
    belowOneUlp: NUMBER_FORMATS.filter((f) => geluFormsInFormat(f, found).belowOneUlp).map((f) => f.name),
  };
}

/**
 * Reports for `ids` (registry ids, in drawing order) in `formatId` over `domain`, with each
 * function's parameters from `params` (missing ones: registry defaults).
 */
export function explorerPrecision(
  ids: readonly string[],
  formatId: FormatId,
  domain: readonly [number, number],
  params: Readonly<Record<string, ParamValues>>,
): ExplorerPrecision {
  const key = `${formatId}|${ids.join(',')}|${domain.join(',')}|${JSON.stringify(ids.map((id) => params[id] ?? {}))}`;
  return remember(key, () => ({
    formatId,
    formatName: getFormat(formatId).name,
    reports: ids.map((id) => precisionReport(id, formatId, { domain, params: params[id] ?? {}, samples: SAMPLES })),
    gelu: ids.includes('gelu') ? geluSummary(formatId) : null,
  }));
}

/**
 * Computes the reports of every narrow format for these functions ahead of time, one format per
 * idle slice, so that a reader's next switch only draws. `idle` schedules a slice
 * (requestIdleCallback in the browser).
 */
export function warmFormats(
  ids: readonly string[],
  domain: readonly [number, number],
  params: Readonly<Record<string, ParamValues>>,
  idle: (work: () => void) => void,
): void {
  const pending = NUMBER_FORMATS.filter((f) => f.id !== 'float64').map((f) => f.id);
  const next = (): void => {
    const format = pending.shift();
    if (!format) return;
    explorerPrecision(ids, format, domain, params);
    idle(next);
  };
  idle(next);
}
