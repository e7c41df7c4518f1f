import { narrowSize } from '../kit/figure-sizes';

/** Build-time pixel size of the Lab's SVG (three stacked panels), and of a preset's small multiple. */
export const LAB_SIZE = { width: 640, height: 560 } as const;
export const LAB_PRESET_SIZE = { width: 320, height: 360 } as const;
/** The Lab's plot on a phone (its CSS: 1 / 1.4). */
export const LAB_NARROW_SIZE = narrowSize(1.4);
