/** Test helpers: write CSV the way Excel does, in UTF-8 (with or without BOM) or Windows-1251. */

const CP1251: Map<string, number> = (() => {
  const decoder = new TextDecoder('windows-1251');
  const map = new Map<string, number>();
  for (let b = 0; b < 256; b += 1) map.set(decoder.decode(new Uint8Array([b])), b);
  return map;
})();

export function encodeCp1251(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  [...text].forEach((ch, i) => {
    const b = CP1251.get(ch);
    if (b === undefined) throw new Error(`not representable in windows-1251: ${ch}`);
    out[i] = b;
  });
  return out;
}

export function csvLine(cells: readonly string[], delimiter: string): string {
  return cells
    .map((c) =>
      /["\r\n]/.test(c) || c.includes(delimiter) || c !== c.trim() ? `"${c.replace(/"/g, '""')}"` : c,
    )
    .join(delimiter);
}

export function encodeCsv(
  rows: readonly (readonly string[])[],
  options: {
    delimiter: ';' | ',';
    encoding: 'utf-8' | 'utf-8-bom' | 'windows-1251';
    newline?: '\n' | '\r\n';
  },
): Uint8Array {
  const text =
    rows.map((r) => csvLine(r, options.delimiter)).join(options.newline ?? '\r\n') +
    (options.newline ?? '\r\n');
  if (options.encoding === 'windows-1251') return encodeCp1251(text);
  const body = new TextEncoder().encode(text);
  if (options.encoding === 'utf-8') return body;
  const withBom = new Uint8Array(body.length + 3);
  withBom.set([0xef, 0xbb, 0xbf]);
  withBom.set(body, 3);
  return withBom;
}
