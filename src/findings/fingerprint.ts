import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';
import type { SubjectType } from '../model/vocabulary.js';

/** Hex characters kept: 80 bits, collision-free in practice for one school's findings. */
export const FINGERPRINT_LENGTH = 20;

/**
 * A finding's identity across runs: only the rule and the subject it is about. Messages,
 * severity, positions and other records stay out, so the fingerprint survives wording changes,
 * severity overrides, reordered rows and unrelated edits — what diffs and waivers need.
 */
export function findingFingerprint(ruleId: string, subjectType: SubjectType, subjectId: string): string {
  // NUL separators: ids cannot contain them, so ("a-b","c") and ("a","b-c") never collide.
  const digest = sha256(utf8ToBytes(`${ruleId}\u0000${subjectType}\u0000${subjectId}`));
  return bytesToHex(digest).slice(0, FINGERPRINT_LENGTH);
}
