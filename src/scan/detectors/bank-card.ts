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
  () =>
    /(карт|(?<!\p{L})card|visa|(?<!\p{L})виза(?!\p{L})|master|мастеркард|(?<!\p{L})мир(?!\p{L})|(?<!\p{L})mir(?!\p{L})|сбер|тиньк|т-банк|(?<!\p{L})втб|альфа|озон банк|маэстро|maestro)/u,
);
/** Groups of four with one consistent separator (16–19 digits), or 4-6-5 (15 digits). */
const GROUPED = lazyPattern(
  () =>
    /(?<![\d\p{L}_])\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1?\d{1,3})?(?!\d)(?!\1\d{4}(?!\d))|(?<![\d\p{L}_])\d{4}([ -])\d{6}\2\d{5}(?![\d])/gu,
);
const CONTIGUOUS = lazyPattern(() => /(?<![\d\p{L}_])\d{13,19}(?![\d])/gu);
const NONE_MATCHED: readonly RegExpExecArray[] = [];

/** Luhn (mod 10) check used by every payment card number. */
export function luhnValid(value: string): boolean {
  const d = digitsOf(value);
  if (d.length < 2) return false;
  let sum = 0;
  for (let i = 0; i < d.length; i += 1) {
    let n = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}

/** Card schemes start with 2 (Мир, Mastercard), 3 (Amex, JCB), 4 (Visa), 5 (Mastercard, Maestro), 6. */
export function isPlausibleCard(value: string): boolean {
  const d = digitsOf(value);
  if (d.length < 13 || d.length > 19) return false;
  if (!/^[2-6]/.test(d)) return false;
  if (/^(\d)\1+$/.test(d)) return false;
  return luhnValid(d);
}

/** Gift certificates, policies, orders and parcels use card-like numbers too. */
const NOT_CARD =
  /(сертификат|полис|омс|заказ|трек|штрихкод|штрих-код|артикул|накладн|посылк|№|#)[^\n]{0,25}$/u;

function notCard(view: MessageView, start: number): boolean {
  const before = view.lower.slice(Math.max(0, start - 40), start);
  return NOT_CARD.test(before) && !/карт[^\n]{0,25}$/u.test(before);
}

function detect(view: MessageView): readonly Detection[] {
  if (view.digits < 13) return NONE;
  const out: Detection[] = [];
  // Grouped: runs of four (or six) digits, 15 or more joined by single separators; contiguous:
  // one run of 13 or more.
  for (const m of view.run >= 4 && view.linked >= 15 ? matchAll(GROUPED(), view.norm) : NONE_MATCHED) {
    // `1234 5678 9012 3456 500 р`: the tail may be an amount, so fall back to the 16 digits.
    const value = isPlausibleCard(m[0])
      ? m[0]
      : m[1] !== undefined && isPlausibleCard(m[0].slice(0, 19))
        ? m[0].slice(0, 19)
        : undefined;
    if (value === undefined || notCard(view, m.index)) continue;
    out.push({
      kind: 'bank-card',
      start: m.index,
      end: m.index + value.length,
      value,
      detector: 'bank-card:grouped',
      confidence: 'high',
      keep: 4,
    });
  }
  for (const m of view.run >= 13 ? matchAll(CONTIGUOUS(), view.norm) : NONE_MATCHED) {
    if (!isPlausibleCard(m[0]) || notCard(view, m.index)) continue;
    const start = m.index;
    const end = start + m[0].length;
    const hasKeyword = near(view, start, end, KEYWORD(), 40, 15);
    // 13–15 bare digits are more often an ОГРН, an order or a parcel: only next to a card word.
    if (!hasKeyword && m[0].length < 16) continue;
    out.push({
      kind: 'bank-card',
      start,
      end,
      value: m[0],
      detector: 'bank-card:contiguous',
      confidence: hasKeyword ? 'high' : 'medium',
      keep: 4,
    });
  }
  return out;
}

export const bankCardDetector: Detector = { kind: 'bank-card', detect };
