const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** UTF-16 units of the character at `i`: 2 for a surrogate pair, else 1 (a lone half is one character). */
function unitsAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) return 1;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/**
 * Whether the character of `units` units at `i` is a letter or digit (any script). ASCII and the
 * basic Cyrillic letters, most of any value, are decided without the pattern.
 */
function isSignificantAt(s: string, i: number, units: number): boolean {
  const code = s.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  if ((code >= 0x410 && code <= 0x44f) || code === 0x401 || code === 0x451) return true;
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
