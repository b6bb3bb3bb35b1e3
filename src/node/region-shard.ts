import { createHash } from 'node:crypto';

/** One slice of a region split over several runs: `index` of `count`, 1-based as the CLI writes it. */
export interface RegionShard {
  index: number;
  count: number;
}

/** `K/N` with 1 ≤ K ≤ N; undefined when the text is not one. */
export function parseShard(text: string): RegionShard | undefined {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(text.trim());
  if (!m) return undefined;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) return undefined;
  return { index, count };
}

/**
 * The shard (1-based) a school belongs to, from its path relative to the region folder: the first
 * four bytes of its SHA-256, modulo `count`. A school's shard depends on its own path only, so
 * adding or removing schools never moves the others between shards.
 */
export function shardOf(key: string, count: number): number {
  const digest = createHash('sha256').update(key, 'utf8').digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

/** A fingerprint of the whole list of schools, so shards of different listings are not merged. */
export function listingHash(keys: readonly string[]): string {
  const h = createHash('sha256');
  for (const k of keys) h.update(k, 'utf8').update('\n');
  return h.digest('hex');
}
