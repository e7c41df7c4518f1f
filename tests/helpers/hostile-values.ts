/**
 * Values a shared link could carry in a figure's hash. The browser sweep
 * (tests/e2e/hostile-input.spec.ts) loads every figure with `BY_FRESH_LOAD` (each read as a
 * shared link is, by a page load) and then `BY_HASH_CHANGE` (read by the live figures). The
 * values in `READ_AS_DEFAULT` give every field that is not text its default, as 'NaN' does, which
 * tests/figures/kit/url-state.test.ts checks, so the browser does not redraw the same default
 * state for each of them. A text field (a reader's formula) takes them as formula text: a number
 * too large for a double, an unknown name, the empty formula, one over the length limit, each
 * refused with a message in tests/lib/formula/hostile.test.ts.
 */
export const BY_FRESH_LOAD = ['NaN', '<script>window.__pwned=1</script>', '"><img src=x onerror="window.__pwned=1">'] as const;

export const BY_HASH_CHANGE = ['-0', '%00', '__proto__'] as const;

export const READ_AS_DEFAULT = ['1e999', '-1e999', 'Infinity', '', 'x'.repeat(5000)] as const;
