import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { MessengerEntryData } from './types.js';

/**
 * JSON with object keys sorted at every level (array order is kept: it is meaningful), so the
 * hash does not depend on how a YAML author ordered keys. scripts/gen-registry.mjs repeats this
 * algorithm; a test checks both give the same hash.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/** sha256 (hex) of the canonical JSON of `{ entries, version }`. */
export function registryHash(version: string, entries: readonly MessengerEntryData[]): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson({ entries, version }))));
}
