/**
 * Values a shared link could carry in a figure's hash. The browser sweep
 * (tests/e2e/hostile-input.spec.ts) loads every figure with `IN_BROWSER`; the values in
 * `READ_AS_DEFAULT` take the same path as 'NaN' there (the field's default), which
 * tests/figures/kit/url-state.test.ts checks for every field kind but text, so the browser does
 * not redraw the same default state for each of them. A text field (a reader's formula) hears
 * them too, through the formula parser: tests/lib/formula/hostile.test.ts.
 */
export const IN_BROWSER = [
  'NaN',
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  '-0',
  '%00',
  '__proto__',
] as const;

export const READ_AS_DEFAULT = ['1e999', '-1e999', 'Infinity', '', 'x'.repeat(5000)] as const;
