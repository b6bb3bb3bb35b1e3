import {
  type Detection,
  type Detector,
  type MessageView,
  NONE,
  digitArray,
  digitsOf,
  matchAll,
  near,
  lazyPattern,
} from './detector.js';

const KEYWORD = lazyPattern(
  () => /(снилс|страхов\p{L}* номер|страховое свидетельство|пенсионн\p{L}* (свидетельство|номер)|snils)/u,
);
const FORMATTED = lazyPattern(
  () =>
    /(?<![\d\p{L}_-])(\d{3})-(\d{3})-(\d{3})[ -](\d{2})(?![\d-])|(?<![\d\p{L}_-])(\d{3}) (\d{3}) (\d{3}) (\d{2})(?![\d]| \d)/gu,
);
const BARE = lazyPattern(() => /(?<![\d\p{L}_])\d{11}(?!\d)/gu);

/** Numbers up to 001-001-998 were issued before the check number existed. */
const UNCHECKED_MAX = 1001998;
const NONE_MATCHED: readonly RegExpExecArray[] = [];

/** СНИЛС control number: Σ dᵢ·(9−i+1) over the first 9 digits; <100 as is, 100/101 → 00, else mod 101. */
export function snilsCheckDigits(first9: string): number {
  const d = digitArray(first9);
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += (d[i] ?? 0) * (9 - i);
  if (sum < 100) return sum;
  if (sum === 100 || sum === 101) return 0;
  const r = sum % 101;
  return r === 100 ? 0 : r;
}

export type SnilsCheck = 'valid' | 'unchecked' | 'invalid';

export function checkSnils(value: string): SnilsCheck {
  const digits = digitsOf(value);
  if (digits.length !== 11) return 'invalid';
  if (/^(\d)\1{8}/.test(digits)) return 'invalid';
  if (Number(digits.slice(0, 9)) <= UNCHECKED_MAX) return 'unchecked';
  return snilsCheckDigits(digits.slice(0, 9)) === Number(digits.slice(9)) ? 'valid' : 'invalid';
}

function detect(view: MessageView): readonly Detection[] {
  if (view.digits < 11) return NONE;
  const out: Detection[] = [];
  const keyword = (start: number, end: number) => near(view, start, end, KEYWORD(), 50, 20);
  // The formatted forms are three runs of three digits and one of two, joined by single separators.
  for (const m of view.linked >= 11 && view.triples >= 3 ? matchAll(FORMATTED(), view.norm) : NONE_MATCHED) {
    const start = m.index;
    const end = start + m[0].length;
    const check = checkSnils(m[0]);
    if (check === 'invalid') continue;
    // A space-grouped number could be anything; the dashed form is the document's own layout.
    const dashed = m[1] !== undefined;
    const hasKeyword = keyword(start, end);
    if (check === 'unchecked' && !hasKeyword) continue;
    if (!dashed && !hasKeyword) continue;
    out.push({
      kind: 'snils',
      start,
      end,
      value: view.text.slice(start, end),
      detector: dashed ? 'snils:formatted' : 'snils:spaced',
      confidence: check === 'valid' ? 'high' : 'medium',
    });
  }
  // The bare form is one unbroken run of 11 digits.
  for (const m of view.run >= 11 ? matchAll(BARE(), view.norm) : NONE_MATCHED) {
    const start = m.index;
    const end = start + 11;
    const check = checkSnils(m[0]);
    if (check === 'invalid') continue;
    const hasKeyword = keyword(start, end);
    // Eleven bare digits starting with 7 or 8 are far more often a phone number.
    if (!hasKeyword && (check === 'unchecked' || /^[78]/.test(m[0]))) continue;
    out.push({
      kind: 'snils',
      start,
      end,
      value: m[0],
      detector: 'snils:bare',
      confidence: hasKeyword && check === 'valid' ? 'high' : 'medium',
    });
  }
  return out;
}

export const snilsDetector: Detector = { kind: 'snils', detect };
