/**
 * Character classes the hand-written scanners and the masker decide from a UTF-16 code without a
 * pattern: ASCII and the basic Cyrillic letters are most of any text here, and a `\p{…}` test
 * costs a slice and a regular-expression call per character. Anything else is left to the caller's
 * own pattern, with its own flags.
 */

/** `0`–`9`. */
export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `A`–`Z`, `a`–`z`. */
export function isAsciiLetter(c: number): boolean {
  return (c | 32) >= 97 && (c | 32) <= 122;
}

/** `А`–`я`, `Ё`, `ё`: letters under any `\p{L}` pattern, with or without case folding. */
export function isBasicCyrillic(c: number): boolean {
  return (c >= 0x410 && c <= 0x44f) || c === 0x401 || c === 0x451;
}

/** UTF-16 units of the code point starting at `i`: 2 for a surrogate pair, else 1 (a lone half is one). */
export function unitsAt(s: string, i: number): number {
  return (s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** UTF-16 units of the code point ending just before `i`. */
export function unitsBefore(s: string, i: number): number {
  return (s.charCodeAt(i - 1) & 0xfc00) === 0xdc00 && i >= 2 && (s.charCodeAt(i - 2) & 0xfc00) === 0xd800
    ? 2
    : 1;
}
