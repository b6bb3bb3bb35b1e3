const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A letter or digit (any script); ASCII is decided without the pattern, since it is most of any value. */
function isSignificant(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return LETTER_OR_DIGIT.test(c);
}

/**
 * Masks a value that may be personal data: keeps the last `keep` characters that are letters or
 * digits and replaces every other letter or digit with `•`, so the shape stays readable
 * (`+7 9•• •••-••-67`). Short values are masked whole: a reader must never recover them.
 */
export function maskValue(value: string, keep = 2): string {
  const chars = [...value];
  let significant = 0;
  for (const c of chars) if (isSignificant(c)) significant += 1;
  const visible = significant >= keep * 3 ? keep : 0;
  let seen = 0;
  let out = '';
  for (const c of chars) {
    if (!isSignificant(c)) out += c;
    else {
      seen += 1;
      out += seen > significant - visible ? c : '•';
    }
  }
  return out;
}
