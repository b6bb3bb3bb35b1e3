import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import { canonicalJson } from '../model/stable-json.js';
import type { MessengerEntryData } from './types.js';

/** sha256 (hex) of the canonical JSON of `{ entries, version }` (scripts/gen-registry.mjs uses the same function). */
export function registryHash(version: string, entries: readonly MessengerEntryData[]): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson({ entries, version }))));
}
