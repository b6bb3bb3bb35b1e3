/**
 * Masks a value that may be personal data: keeps the last `keep` characters that are letters or
 * digits and replaces every other letter or digit with `•`, so the shape stays readable
 * (`+7 9•• •••-••-67`). Short values are masked whole: a reader must never recover them.
 */
export function maskValue(value: string, keep = 2): string {
  const chars = [...value];
  const significant = chars.filter((c) => /[\p{L}\p{N}]/u.test(c)).length;
  const visible = significant >= keep * 3 ? keep : 0;
  let seen = 0;
  return chars
    .map((c) => {
      if (!/[\p{L}\p{N}]/u.test(c)) return c;
      seen += 1;
      return seen > significant - visible ? c : '•';
    })
    .join('');
}
