/**
 * The two phone layouts read character by character, with exactly the matches of their patterns
 * (kept as the reference in test/scan/detectors/phone-matcher.test.ts):
 *
 *   strict: (?<![\d\p{L}_+])(?:(\+ ?7|8|7)[ -]?)?(\(\d{3}\)|\d{3})[ -]?(\d{3})[ -]?(\d{2})[ -]?(\d{2})(?![\d])(?!-\d)
 *   loose:  (?<![\d\p{L}_+])(\+ ?7|8)[ -]?(\(\d{3}\)|\d{3})[ -]?((?:\d[ -]?){6}\d)(?![\d])(?!-\d)
 *
 * both global with the `u` flag, over `norm` (where every separator is ' ' or '-'). Every `[ -]?`
 * stands before a digit or `(`, so taking the separator when it is there is the only way on: the
 * one choice a pattern backtracks over is the strict layout's optional prefix (`8912345678` is no
 * `8` + ten digits, but ten digits). Each attempt reads at most 20 characters: linear, and no
 * match array is built for the phones a detector then drops.
 */

import { isAsciiDigit, isAsciiLetter, isBasicCyrillic, unitsBefore } from '../../util/char-codes.js';

/** One match: offsets into the text, as the patterns' groups would give them. */
export interface PhoneMatch {
  start: number;
  end: number;
  /** End of the prefix (group 1: `+7`, `+ 7`, `8`, `7`); equal to `start` without one. */
  prefixEnd: number;
  /** The area code (group 2), brackets included. */
  codeStart: number;
  codeEnd: number;
  /** Loose layout: where its last seven digits (group 3) start; they end at `end`. */
  restStart: number;
}

export function newPhoneMatch(): PhoneMatch {
  return { start: 0, end: 0, prefixEnd: 0, codeStart: 0, codeEnd: 0, restStart: 0 };
}

const LETTER = /\p{L}/u;

/** Past one ' ' or '-' at `i`, if there is one. */
function skipSeparator(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c === 32 || c === 45 ? i + 1 : i;
}

/** End of `n` digits at `i`, or -1. */
function digitsEnd(s: string, i: number, n: number): number {
  for (let k = 0; k < n; k += 1) if (!isAsciiDigit(s.charCodeAt(i + k))) return -1;
  return i + n;
}

/** `(?<![\d\p{L}_+])` at `i`: the code point before may not be a digit, a letter, `_` or `+`. */
function freeBefore(s: string, i: number): boolean {
  if (i === 0) return true;
  const c = s.charCodeAt(i - 1);
  if (c < 128) return !(isAsciiDigit(c) || isAsciiLetter(c) || c === 95 || c === 43);
  if (isBasicCyrillic(c)) return false;
  return !LETTER.test(s.slice(i - unitsBefore(s, i), i));
}

/** `(?![\d])(?!-\d)` at `i`. */
function freeAfter(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return !isAsciiDigit(c) && !(c === 45 && isAsciiDigit(s.charCodeAt(i + 1)));
}

/** End of the prefix at `i` (`\+ ?7|8`, and `|7` when `seven`), or -1. */
function prefixEnd(s: string, i: number, seven: boolean): number {
  const c = s.charCodeAt(i);
  if (c === 56 || (seven && c === 55)) return i + 1;
  if (c !== 43) return -1;
  const j = s.charCodeAt(i + 1) === 32 ? i + 2 : i + 1;
  return s.charCodeAt(j) === 55 ? j + 1 : -1;
}

/** End of the area code at `i` (`\(\d{3}\)|\d{3}`), or -1. */
function areaEnd(s: string, i: number): number {
  if (s.charCodeAt(i) !== 40) return digitsEnd(s, i, 3);
  const j = digitsEnd(s, i + 1, 3);
  return j >= 0 && s.charCodeAt(j) === 41 ? j + 1 : -1;
}

/** The strict layout from its area code at `i` to its end; fills `m.code*` and `m.end`. */
function strictTail(s: string, i: number, m: PhoneMatch): boolean {
  const code = areaEnd(s, i);
  if (code < 0) return false;
  let j = digitsEnd(s, skipSeparator(s, code), 3);
  if (j >= 0) j = digitsEnd(s, skipSeparator(s, j), 2);
  if (j >= 0) j = digitsEnd(s, skipSeparator(s, j), 2);
  if (j < 0 || !freeAfter(s, j)) return false;
  m.codeStart = i;
  m.codeEnd = code;
  m.end = j;
  return true;
}

/** The strict layout starting at `i` (its look-behind already checked). */
function strictAt(s: string, i: number, m: PhoneMatch): boolean {
  const prefix = prefixEnd(s, i, true);
  if (prefix >= 0 && strictTail(s, skipSeparator(s, prefix), m)) {
    m.prefixEnd = prefix;
    return true;
  }
  m.prefixEnd = i;
  return strictTail(s, i, m);
}

/** The loose layout starting at `i` (its look-behind already checked). */
function looseAt(s: string, i: number, m: PhoneMatch): boolean {
  const prefix = prefixEnd(s, i, false);
  if (prefix < 0) return false;
  const codeStart = skipSeparator(s, prefix);
  const code = areaEnd(s, codeStart);
  if (code < 0) return false;
  const rest = skipSeparator(s, code);
  let j = rest;
  for (let k = 0; k < 7; k += 1) {
    if (k > 0) j = skipSeparator(s, j);
    if (!isAsciiDigit(s.charCodeAt(j))) return false;
    j += 1;
  }
  if (!freeAfter(s, j)) return false;
  m.prefixEnd = prefix;
  m.codeStart = codeStart;
  m.codeEnd = code;
  m.restStart = rest;
  m.end = j;
  return true;
}

/**
 * Every match of both layouts in one pass, each layout's matches in text order, as their global
 * patterns find them: each layout starts its next search where its last match ended, as a
 * pattern's `lastIndex` does. Left out: a loose match that is also the strict match at the same
 * place (its last seven digits grouped 3-2-2, which the detector drops anyway). `visit` gets the
 * reused `m`; read it before returning.
 */
export function scanPhones(s: string, visit: (loose: boolean, m: PhoneMatch) => void, m: PhoneMatch): void {
  let looseFrom = 0;
  let strictFrom = 0;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    // A match starts with a digit, `+` or `(` (loose: `+` or `8`); then the look-behind.
    if (c > 57 || (c !== 43 && c !== 40 && c < 48) || !freeBefore(s, i)) continue;
    let strictPrefixed = false;
    if (i >= strictFrom && strictAt(s, i, m)) {
      m.start = i;
      strictFrom = m.end;
      strictPrefixed = m.prefixEnd > i && c !== 55;
      visit(false, m);
    }
    // A strict match after `+7` or `8` is also the loose match there, to the same end, with its
    // last seven digits grouped 3-2-2: one the detector drops. The loose search moves past it.
    if (i >= looseFrom && (c === 43 || c === 56)) {
      if (strictPrefixed) looseFrom = strictFrom;
      else if (looseAt(s, i, m)) {
        m.start = i;
        looseFrom = m.end;
        visit(true, m);
      }
    }
    // Inside both layouts' last matches no search of either starts.
    const next = Math.min(looseFrom, strictFrom);
    if (next > i + 1) i = next - 1;
  }
}
