import { isAsciiDigit, isAsciiLetter, isBasicCyrillic, unitsAt } from '../util/char-codes.js';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether the character of `units` units at `i` is a letter or digit (any script). ASCII and the
 * basic Cyrillic letters, most of any value, are decided without the pattern.
 */
function isSignificantAt(s: string, i: number, units: number): boolean {
  const code = s.charCodeAt(i);
  if (code < 128) return isAsciiDigit(code) || isAsciiLetter(code);
  if (isBasicCyrillic(code)) return true;
  return LETTER_OR_DIGIT.test(units === 1 ? s.charAt(i) : s.slice(i, i + 2));
}

/**
 * Masks a value that may be personal data: keeps the last `keep` characters that are letters or
 * digits and replaces every other letter or digit with `•`, so the shape stays readable
 * (`+7 9•• •••-••-67`). Short values are masked whole: a reader must never recover them.
 * Characters are code points; the output is built from slices of the value between masked ones.
 */
export function maskValue(value: string, keep = 2): string {
  let significant = 0;
  for (let i = 0; i < value.length; ) {
    const units = unitsAt(value, i);
    if (isSignificantAt(value, i, units)) significant += 1;
    i += units;
  }
  const hidden = significant - (significant >= keep * 3 ? keep : 0);
  let seen = 0;
  let out = '';
  let from = 0;
  for (let i = 0; i < value.length && seen < hidden; ) {
    const units = unitsAt(value, i);
    if (isSignificantAt(value, i, units)) {
      seen += 1;
      out += `${value.slice(from, i)}•`;
      from = i + units;
    }
    i += units;
  }
  return out + value.slice(from);
}
