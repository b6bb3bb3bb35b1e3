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
    /((?<!\p{L})р\/с|(?<!\p{L})р\/сч|(?<!\p{L})рс(?!\p{L})|расч\.|расчетн|(?<!\p{L})сч[её]т|(?<!\p{L})сч\.|(?<!\p{L})л\/с|лицев\p{L}* сч|(?<!\p{L})к\/с|корр?\.? ?сч|корреспондент|(?<!\p{L})acc(ount)?(?!\p{L})|получател)/u,
);
/** Contiguous, or in the printed groupings 5-3-1-4-7, 5-5-5-5, 4-4-4-4-4. */
const NUMBER = lazyPattern(
  () =>
    /(?<![\d\p{L}_])(?:\d{20}|\d{5}([ .-])\d{3}\1\d\1\d{4}\1\d{7}|\d{5}([ .-])\d{5}\2\d{5}\2\d{5}|\d{4}([ .-])\d{4}\3\d{4}\3\d{4}\3\d{4})(?![\d])/gu,
);
const BIK = lazyPattern(() => /(?<![\d\p{L}_])04\d{7}(?![\d])/gu);

const WEIGHTS = [7, 1, 3];

/**
 * Control key of an account against the bank's БИК (Bank of Russia rules): 23 digits — three from
 * the БИК then the 20 of the account — weighted 7,1,3,…; the sum must end in 0. For a
 * correspondent account (301…) the three digits are `0` + БИК digits 5–6 (the settlement centre),
 * for any other account the last three digits of the БИК.
 */
export function isValidAccountForBik(account: string, bik: string): boolean {
  const acc = digitsOf(account);
  const b = digitsOf(bik);
  if (acc.length !== 20 || b.length !== 9) return false;
  const prefix = acc.startsWith('301') ? `0${b.slice(4, 6)}` : b.slice(6, 9);
  const all = prefix + acc;
  let sum = 0;
  for (let i = 0; i < all.length; i += 1) sum += (Number(all[i]) * (WEIGHTS[i % 3] ?? 0)) % 10;
  return sum % 10 === 0;
}

/** Balance accounts start with 3 (interbank) or 4 (clients): anything else is not an account. */
function plausible(acc: string): boolean {
  return /^[34]/.test(acc) && !/^(\d)\1+$/.test(acc);
}

function detect(view: MessageView): readonly Detection[] {
  if (view.digits < 20) return NONE;
  const out: Detection[] = [];
  const biks = [...matchAll(BIK(), view.norm)].map((m) => m[0]);
  for (const m of matchAll(NUMBER(), view.norm)) {
    const acc = digitsOf(m[0]);
    if (!plausible(acc)) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (biks.length > 0) {
      // With a БИК in the message the key decides: a wrong key is a wrong number, not an account.
      if (!biks.some((bik) => isValidAccountForBik(acc, bik))) continue;
      out.push({
        kind: 'bank-account',
        start,
        end,
        value: m[0],
        detector: 'bank-account:bik',
        confidence: 'high',
        keep: 4,
      });
      continue;
    }
    if (!near(view, start, end, KEYWORD(), 40, 0)) continue;
    out.push({
      kind: 'bank-account',
      start,
      end,
      value: m[0],
      detector: 'bank-account:keyword',
      confidence: 'medium',
      keep: 4,
    });
  }
  return out;
}

export const bankAccountDetector: Detector = { kind: 'bank-account', detect };
