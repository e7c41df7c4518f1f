/**
 * A cache for a pure computation that a slider asks for again and again: the results of the
 * `limit` most recently added keys, the oldest dropped first. The key must say everything the
 * result depends on. Results are shared between callers, who must not mutate them.
 */
export function keyedCache<T>(limit: number): (key: string, compute: () => T) => T {
  const entries = new Map<string, T>();
  return (key, compute) => {
    if (!entries.has(key)) {
      if (entries.size >= limit) entries.delete(entries.keys().next().value!);
      entries.set(key, compute());
    }
    return entries.get(key) as T;
  };
}

/**
 * A `keyedCache` of `limit` entries for each owner object, held as long as the owner is: for
 * results that depend on an object a string cannot name (an activation, a frame, an analysis)
 * as well as on a key.
 */
export function keyedCachePer<Owner extends object, T>(limit: number): (owner: Owner, key: string, compute: () => T) => T {
  const caches = new WeakMap<Owner, (key: string, compute: () => T) => T>();
  return (owner, key, compute) => {
    let remember = caches.get(owner);
    if (!remember) caches.set(owner, (remember = keyedCache<T>(limit)));
    return remember(key, compute);
  };
}

/**
 * A cache key for plain data (numbers, strings, arrays, objects): its JSON, with NaN and
 * ±Infinity written as such (JSON would write null for all three). Objects that hold the same
 * fields in another order get another key: a miss, never a wrong hit.
 */
export function dataKey(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));
}

/**
 * A one-entry cache for a pure function of a few numbers: a slider drag changes one option at a
 * time, so the draw the other options fix (the seed's normals) is asked for again and again with
 * the same arguments. The result is shared between calls: callers must not mutate it.
 */
export function rememberLast<Args extends readonly number[], Result>(make: (...args: Args) => Result): (...args: Args) => Result {
  const remember = keyedCache<Result>(1);
  return (...args) => remember(args.join('|'), () => make(...args));
}
