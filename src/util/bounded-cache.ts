/**
 * The value `cache` holds for `key`, or `compute(key)` remembered under it. The map is emptied
 * when it reaches `limit` entries, so a stream of distinct keys (a hostile roster, a region of odd
 * spellings) cannot grow it without bound, while the few hundred values a run repeats stay cached.
 * `compute` takes the key so hot callers pass a module-level function and allocate no closure;
 * it must not return undefined (that reads as a miss).
 */
export function cachedValue<K, V>(cache: Map<K, V>, key: K, limit: number, compute: (key: K) => V): V {
  const known = cache.get(key);
  if (known !== undefined) return known;
  const value = compute(key);
  if (cache.size >= limit) cache.clear();
  cache.set(key, value);
  return value;
}

/** The per-owner map of a WeakMap of caches, created on first use. */
export function cacheFor<O extends object, K, V>(caches: WeakMap<O, Map<K, V>>, owner: O): Map<K, V> {
  let cache = caches.get(owner);
  if (!cache) caches.set(owner, (cache = new Map()));
  return cache;
}
