/**
 * A one-entry cache for a pure function of a few numbers: a slider drag changes one option at a
 * time, so the draw the other options fix (the seed's normals) is asked for again and again with
 * the same arguments. The result is shared between calls: callers must not mutate it.
 */
export function rememberLast<Args extends readonly number[], Result>(make: (...args: Args) => Result): (...args: Args) => Result {
  let last: { key: string; result: Result } | null = null;
  return (...args) => {
    const key = args.join('|');
    if (last?.key !== key) last = { key, result: make(...args) };
    return last.result;
  };
}
