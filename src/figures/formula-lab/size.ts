/** Build-time pixel size of the Lab's SVG (three stacked panels), and of a preset's small multiple. */
export const LAB_SIZE = { width: 640, height: 560 } as const;
export const LAB_PRESET_SIZE = { width: 320, height: 360 } as const;
