import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { ClauseDefinition, RuleDefinition } from './types.js';
import { canonicalJson } from '../model/stable-json.js';

/**
 * sha256 (hex) of the canonical JSON of `{ clauses, rules }`. scripts/gen-catalog.mjs computes the
 * same value for the bundled catalog; a test checks that the two agree.
 */
export function catalogHash(clauses: readonly ClauseDefinition[], rules: readonly RuleDefinition[]): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson({ clauses, rules }))));
}
