import {
  NONE,
  type Detection,
  type Detector,
  type MessageView,
  digitsOf,
  matchAll,
  near,
  lazyPattern,
} from './detector.js';

const KEYWORD = lazyPattern(
  () => /(огрн|огрнип|огрип|ogrn|осн\.? ?гос\.? ?рег|государственн\p{L}* регистрационн\p{L}* номер)/u,
);
const NUMBER = lazyPattern(() => /(?<![\d\p{L}_])(\d{15}|\d{13})(?![\d])/gu);

function mod(digits: string, m: number): number {
  let r = 0;
  for (const c of digits) r = (r * 10 + Number(c)) % m;
  return r;
}

/** ОГРН (13 digits: first 12 mod 11, then mod 10) and ОГРНИП (15 digits: first 14 mod 13, then mod 10). */
export function isValidOgrn(value: string): boolean {
  const d = digitsOf(value);
  if (d.length === 13) return mod(d.slice(0, 12), 11) % 10 === Number(d[12]);
  if (d.length === 15) return mod(d.slice(0, 14), 13) % 10 === Number(d[14]);
  return false;
}

function detect(view: MessageView): readonly Detection[] {
  // Both forms are one unbroken run of 13 or 15 digits.
  if (view.digits < 13 || view.run < 13) return NONE;
  const out: Detection[] = [];
  for (const m of matchAll(NUMBER(), view.norm)) {
    const value = m[0];
    const start = m.index;
    const end = start + value.length;
    // The check digit alone passes one number in ten, so the word is required.
    if (!near(view, start, end, KEYWORD(), 30, 12)) continue;
    // First digit: 1/5 an organisation's ОГРН, 3 an ИП's ОГРНИП (2/4/6/7/8/9 are other records).
    if (value.length === 13 && !/^[1-9]/.test(value)) continue;
    if (value.length === 15 && !value.startsWith('3')) continue;
    if (!isValidOgrn(value)) continue;
    out.push({
      kind: 'ogrn',
      start,
      end,
      value,
      detector: value.length === 13 ? 'ogrn:13' : 'ogrnip:15',
      confidence: 'high',
    });
  }
  return out;
}

export const ogrnDetector: Detector = { kind: 'ogrn', detect };
