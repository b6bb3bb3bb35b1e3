/**
 * E-mail addresses read character by character, with exactly the matches of the pattern (kept as
 * the reference in test/scan/detectors/email-matcher.test.ts):
 *
 *   (?<![\p{L}\p{N}._%+-])[\p{L}\p{N}](?:[\p{L}\p{N}._%+-]{0,62}[\p{L}\p{N}_%+-])?@
 *   (?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:[a-z]{2,24}|рф|рус|москва|дети)(?![\p{L}\p{N}-])
 *
 * global, case-blind, Unicode. Why nothing is left to backtracking:
 * - the local part holds no `@` and its look-behind forbids a local-part character before it, so it
 *   is the whole run of such characters before an `@` (at most 64 code points);
 * - a label holds no dot and must end at one, so it is the whole run before the next dot;
 * - the labels are taken greedily, so the pattern ends at the last label after which a top-level
 *   domain fits; and at one place at most one does: a shorter run of letters would leave a letter
 *   before the look-ahead.
 * Characters past ASCII and basic Cyrillic are classed by one-character patterns with the same
 * flags (case folding lets a few non-letters in, U+0345 for one), and a top-level domain that is
 * not plain ASCII by the pattern's own alternatives, anchored there: exact by construction.
 */

import { isAsciiDigit, isAsciiLetter, isBasicCyrillic, unitsAt, unitsBefore } from '../../util/char-codes.js';

export interface EmailMatch {
  start: number;
  end: number;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/iu;
const LOCAL = /^[\p{L}\p{N}._%+-]$/iu;
/** The top-level domain and the look-ahead, anchored where a label's dot ends. */
const TOP_LEVEL = /(?:[a-z]{2,24}|рф|рус|москва|дети)(?![\p{L}\p{N}-])/iuy;
/** The longest local part in code points: one, then 62 and one more. */
const LOCAL_MAX = 64;
const LABEL_MAX = 63;

/** `[\p{L}\p{N}]` (case-blind, Unicode) on the code point at `i` of width `w`. */
function isLetterOrDigit(s: string, i: number, w: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c) || isAsciiDigit(c);
  if (isBasicCyrillic(c)) return true;
  return LETTER_OR_DIGIT.test(s.slice(i, i + w));
}

/**
 * Where the local part before the `@` at `at` starts, or -1 when none does (or it starts before
 * `from`). ASCII and basic Cyrillic are decided inline, the rest by the one-character pattern.
 */
function localStart(s: string, at: number, from: number): number {
  let i = at;
  let n = 0;
  while (i > 0) {
    const c = s.charCodeAt(i - 1);
    let w = 1;
    if (c < 128) {
      const local =
        isAsciiLetter(c) || isAsciiDigit(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
      if (!local) break;
    } else if (!isBasicCyrillic(c)) {
      w = unitsBefore(s, i);
      if (!LOCAL.test(s.slice(i - w, i))) break;
    }
    i -= w;
    n += 1;
    if (n > LOCAL_MAX) return -1;
  }
  if (n === 0 || i < from || s.charCodeAt(at - 1) === 46) return -1;
  return isLetterOrDigit(s, i, unitsAt(s, i)) ? i : -1;
}

/**
 * The dot ending a label at `i` (`[LN](?:[LN-]{0,61}[LN])?\.`), or -1. ASCII and basic Cyrillic
 * are decided inline: a label is read once per address, character by character.
 */
function labelEnd(s: string, i: number): number {
  let n = 0;
  let lastHyphen = false;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 46) return n > 0 && !lastHyphen ? i : -1;
    if (c === 45) {
      if (n === 0) return -1;
      lastHyphen = true;
      i += 1;
    } else if (c < 128 ? isAsciiLetter(c) || isAsciiDigit(c) : isBasicCyrillic(c)) {
      lastHyphen = false;
      i += 1;
    } else {
      const w = unitsAt(s, i);
      if (!LETTER_OR_DIGIT.test(s.slice(i, i + w))) return -1;
      lastHyphen = false;
      i += w;
    }
    n += 1;
    if (n > LABEL_MAX) return -1;
  }
  return -1;
}

/** End of a top-level domain at `i` with its look-ahead, or -1. */
function topLevelEnd(s: string, i: number): number {
  let j = i;
  while (j - i <= 24 && isAsciiLetter(s.charCodeAt(j))) j += 1;
  const c = s.charCodeAt(j);
  // Plain ASCII up to the next character (or the end): decided here.
  if (!(c >= 128)) {
    const n = j - i;
    if (n < 2 || n > 24) return -1;
    return isAsciiDigit(c) || c === 45 ? -1 : j;
  }
  TOP_LEVEL.lastIndex = i;
  return TOP_LEVEL.test(s) ? TOP_LEVEL.lastIndex : -1;
}

/** End of the domain after the `@` at `at`: the last label after which a top-level domain fits; or -1. */
function domainEnd(s: string, at: number): number {
  let end = -1;
  let i = at + 1;
  for (let dot = labelEnd(s, i); dot >= 0; dot = labelEnd(s, i)) {
    i = dot + 1;
    const top = topLevelEnd(s, i);
    if (top >= 0) end = top;
  }
  return end;
}

/**
 * The next match at or after `from`, as the global pattern's next `exec` from `lastIndex = from`
 * would find it; fills `m` and returns true, or returns false. Each `@` is looked at once, and
 * what is read around it belongs to no other `@`'s match.
 */
export function nextEmail(s: string, from: number, m: EmailMatch): boolean {
  for (let at = s.indexOf('@', from); at >= 0; at = s.indexOf('@', at + 1)) {
    const start = localStart(s, at, from);
    if (start < 0) continue;
    const end = domainEnd(s, at);
    if (end < 0) continue;
    m.start = start;
    m.end = end;
    return true;
  }
  return false;
}
