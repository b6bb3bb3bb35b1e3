import { maskValue } from '../../privacy/mask.js';
import { type Detection, type Detector, type MessageView, NONE, lazyPattern } from './detector.js';

/** GOST R 56042-2014: `ST0001` + encoding (1 cp1251, 2 UTF-8, 3 KOI8-R) + separator, then `Key=Value` pairs. */
const HEADER = lazyPattern(() => /ST0001([123])([^\p{L}\p{N}\s=])/gu);
const KEY = /^[A-Za-z][A-Za-z0-9]*=/;
/**
 * A QR code holds at most 2953 bytes, so a payment string is never longer: a longer run after a
 * header is not read past this, which keeps a line of repeated headers linear.
 */
const MAX_QR_CHARS = 3000;
const NUMERIC_KEYS = new Set([
  'personalacc',
  'bic',
  'correspacc',
  'payeeinn',
  'kpp',
  'sum',
  'payerinn',
  'persacc',
]);

function detect(view: MessageView): readonly Detection[] {
  if (!view.text.includes('ST0001')) return NONE;
  const out: Detection[] = [];
  const header = HEADER();
  header.lastIndex = 0;
  for (let m = header.exec(view.text); m; m = header.exec(view.text)) {
    const sep = m[2] ?? '|';
    const start = m.index;
    const bodyStart = start + m[0].length;
    const limit = Math.min(view.text.length, bodyStart + MAX_QR_CHARS);
    const fields = new Map<string, string>();
    let length = 0;
    // Parts are cut one at a time, never past the limit or the end of the line, and reading
    // stops at the first that is no `Key=`: a run of headers costs a few steps each.
    for (let from = bodyStart; ; ) {
      let end = view.text.indexOf(sep, from);
      if (end < 0 || end > limit) end = limit;
      let part = view.text.slice(from, end);
      const newline = part.indexOf('\n');
      if (newline >= 0) part = part.slice(0, newline);
      if (!KEY.test(part)) break;
      const eq = part.indexOf('=');
      const key = part.slice(0, eq).toLowerCase();
      let value = part.slice(eq + 1);
      // The last pair runs to the end of the line; a number ends at the first space.
      if (NUMERIC_KEYS.has(key)) {
        const space = value.search(/\s/);
        if (space >= 0) value = value.slice(0, space);
      }
      fields.set(key, value);
      length += (length > 0 ? sep.length : 0) + eq + 1 + value.length;
      if (value.length < part.length - eq - 1 || newline >= 0 || end >= limit) break;
      from = end + sep.length;
    }
    // The next header is looked for after what this one read: text is never read twice.
    header.lastIndex = Math.max(header.lastIndex, bodyStart + length);
    if (!fields.has('name') && !fields.has('personalacc')) continue;
    const acc = fields.get('personalacc');
    const masked = `ST0001${m[1]}${sep}${acc ? `PersonalAcc=${maskValue(acc, 4)}` : `Name=${maskValue(fields.get('name') ?? '')}`}${sep}…`;
    out.push({
      kind: 'payment-qr',
      start,
      end: bodyStart + length,
      value: view.text.slice(start, bodyStart + length),
      detector: 'payment-qr:st0001',
      confidence: 'high',
      masked,
    });
  }
  return out;
}

export const paymentQrDetector: Detector = { kind: 'payment-qr', detect };
