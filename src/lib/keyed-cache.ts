/**
 * A cache for a pure computation that a slider asks for again and again: the results of the
 * `limit` most recently added keys, the oldest dropped first. The key must say everything the
 * result depends on. Results are shared between callers, who must not mutate them.
 */
export function keyedCache<T>(limit: number): (key: string, compute: () => T) => T {
  const entries = new Map<string, T>();
  return (key, compute) => {
    if (entries.has(key)) return entries.get(key) as T;
    const value = compute();
    if (entries.size >= limit) entries.delete(entries.keys().next().value!);
    entries.set(key, value);
    return value;
  };
}
