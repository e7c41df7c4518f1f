/**
 * The site's colours, light and dark, for code that cannot read CSS custom properties: the
 * link-preview cards (rasterised without a browser) and the theme-color meta tags. The page's
 * CSS states the same pairs as `light-dark()` custom properties in src/styles/global.css, and a
 * test holds the two to each other, so a colour is changed here and there together or not at all.
 */
export type ColourPair = readonly [light: string, dark: string];

export const PALETTE = {
  bg: ['#fbfaf7', '#16181d'],
  'bg-raised': ['#ffffff', '#1e2127'],
  fg: ['#1d2025', '#e6e3dc'],
  'fg-muted': ['#555c66', '#a4abb6'],
  rule: ['#dcd9d2', '#343842'],
  accent: ['#b3541e', '#f0a366'],
  'fig-axis': ['#6b7280', '#9aa3af'],
  'fig-grid': ['#e7e4dd', '#2b2f37'],
  'fig-1': ['#1f5fa6', '#7fb2ee'],
  'fig-2': ['#b3541e', '#f0a366'],
  'fig-3': ['#2f7d4f', '#79c896'],
  'fig-4': ['#8a3fa0', '#d49be6'],
  'fig-5': ['#a0782a', '#e2c16e'],
} as const satisfies Record<string, ColourPair>;

/** The series colours in order (the CSS classes series-1 … series-5). */
export const SERIES = [PALETTE['fig-1'], PALETTE['fig-2'], PALETTE['fig-3'], PALETTE['fig-4'], PALETTE['fig-5']] as const;
