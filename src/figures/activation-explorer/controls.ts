/**
 * The explorer's number-format control, stated once: the hash key `fmt`, the author prop
 * `format`, its label and the formats it offers. The atlas offers the same choice with it.
 * Only the format table (no arithmetic) is imported here, so the explorer's up-front script
 * stays small; the rounding code loads when a reader picks a format other than float64.
 */
import { FORMAT_IDS, getFormat, type FormatId } from '../../lib/precision/formats';
import { choiceControl } from '../kit/controls';

export const FORMAT_CONTROL = choiceControl({
  kind: 'select',
  key: 'fmt',
  prop: 'format',
  label: 'Number format',
  values: FORMAT_IDS,
  default: 'float64' as FormatId,
  optionLabel: (id: FormatId) => getFormat(id).name,
  invalid: 'is not a number format',
});
