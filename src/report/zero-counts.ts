/** A count per key, all zero, keys in the given order (so serialised summaries list every key, in order). */
export function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}
