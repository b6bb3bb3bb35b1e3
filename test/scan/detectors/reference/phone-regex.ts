// The phone detector as it was with its patterns (commit 71862ee): the reference the hand-written
// matcher must agree with, detection for detection (test/scan/detectors/phone-matcher.test.ts).
import {
  NONE,
  type Detection,
  type Detector,
  type MessageView,
  matchAll,
  near,
} from '../../../../src/scan/detectors/detector.js';

const KEYWORD =
  /(тел|моб|(?<!\p{L})сот|номер|звон|пиши|whatsapp|ватсап|вацап|viber|вайбер|telegram|телеграм|(?<!\p{L})сбп(?!\p{L})|phone|call|contact)/u;
const KEYWORD_G = new RegExp(KEYWORD.source, 'gu');
/** Words that make a nearby number an order, parcel or document number rather than a phone. */
const NOT_PHONE =
  '(?:заказ|order|трек|track|накладн|артикул|штрих-?код|посылк|отправлени|(?<!\\p{L})чек(?!\\p{L})|договор|полис|№|#|(?<!\\p{L})id(?!\\p{L})|снилс|(?<!\\p{L})инн(?!\\p{L})|огрн|(?<!\\p{L})кпп(?!\\p{L})|(?<!\\p{L})бик(?!\\p{L})|(?<!\\p{L})[рл]\\/с|паспорт|серия)';
const NOT_PHONE_NEAR = new RegExp(`${NOT_PHONE}[^\\n]{0,30}$`, 'u');
const NOT_PHONE_G = new RegExp(NOT_PHONE, 'gu');

function lastIndex(re: RegExp, s: string): number {
  let last = -1;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    last = m.index;
    if (m[0].length === 0) re.lastIndex += 1;
  }
  return last;
}

const STRICT_TAIL = /^(?:\d{3}[ -]?\d{2}[ -]?\d{2})$/;

/** The area code without its brackets. */
function areaCode(group: string | undefined): string {
  if (group === undefined) return '';
  return group.charCodeAt(0) === 40 ? group.slice(1, -1) : group;
}

/**
 * The words of NOT_PHONE on the raw text, in any case, ё for е, looser (prefixes, no word
 * bounds): a number without any in the raw text before it skips the look-back and the
 * lower-cased copy.
 * Without the `u` flag (cheaper), so the Kelvin sign, which lower-cases to `k`, is listed.
 */
const ANY_NOT_PHONE =
  /заказ|order|тр[её]к|trac[k\u212A]|накладн|артикул|штрих|посылк|отправл[её]ни|ч[её]к|договор|полис|№|#|id|снилс|инн|огрн|кпп|бик|[рл]\/с|паспорт|с[её]рия/i;

/** «паспорт …, тел. 8 911 …»: another word before the number, closer than any phone word. */
function notPhoneBefore(view: MessageView, start: number): boolean {
  const before = view.lower.slice(Math.max(0, start - 40), start);
  return NOT_PHONE_NEAR.test(before) && lastIndex(KEYWORD_G, before) < lastIndex(NOT_PHONE_G, before);
}

/**
 * `+7 (912) 345-67-89`, `8 912 345 67 89`, `8-912-3456789`, `79123456789`, `(912) 345-67-89`,
 * `9123456789`. Groups: prefix, area code, then 3-2-2 digits.
 */
const PHONE =
  /(?<![\d\p{L}_+])(?:(\+ ?7|8|7)[ -]?)?(\(\d{3}\)|\d{3})[ -]?(\d{3})[ -]?(\d{2})[ -]?(\d{2})(?![\d])(?!-\d)/gu;

/** With a `+7`/`8` prefix and an area code, the last seven digits may be grouped any way (`25-14-989`). */
const PHONE_LOOSE = /(?<![\d\p{L}_+])(\+ ?7|8)[ -]?(\(\d{3}\)|\d{3})[ -]?((?:\d[ -]?){6}\d)(?![\d])(?!-\d)/gu;

function detect(view: MessageView): readonly Detection[] {
  if (view.digits < 10) return NONE;
  const out: Detection[] = [];
  // The look-back reads only the 40 characters before the number: the pre-check reads the same.
  const notPhone = (start: number): boolean =>
    (view.exhaustive || ANY_NOT_PHONE.test(view.text.slice(Math.max(0, start - 40), start))) &&
    notPhoneBefore(view, start);
  for (const m of matchAll(PHONE_LOOSE, view.norm)) {
    // Only layouts the strict pattern below does not read: it keeps its own confidence rules.
    // (Every test here only skips a match, so the cheapest come first.)
    if (STRICT_TAIL.test(m[3] ?? '')) continue;
    const code = areaCode(m[2]);
    if (!/^[3489]/.test(code)) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (notPhone(start)) continue;
    if (!code.startsWith('9') && !near(view, start, end, KEYWORD, 40, 0)) continue;
    out.push({
      kind: 'phone',
      start,
      end,
      value: view.text.slice(start, end),
      detector: 'phone:grouped',
      confidence: 'medium',
    });
  }
  for (const m of matchAll(PHONE, view.norm)) {
    const raw = m[0];
    const prefix = m[1]?.replace(' ', '');
    const code = areaCode(m[2]);
    // Russian area codes start with 3, 4, 8 (landlines) or 9 (mobile); 0, 1, 2, 5, 6, 7 are not used.
    if (!/^[34589]/.test(code)) continue;
    const start = m.index;
    const end = start + raw.length;
    if (notPhone(start)) continue;
    const formatted = /[ ()-]/.test(raw.slice(prefix ? prefix.length : 0).trim());
    // Looked up only when the confidence depends on it (never after `+7`).
    const hasKeyword = prefix !== '+7' && near(view, start, end, KEYWORD, 40, 0);
    const mobile = code.startsWith('9');
    let confidence: 'high' | 'medium' | undefined;
    let detector: string;
    if (prefix === '+7') {
      confidence = 'high';
      detector = 'phone:+7';
    } else if (prefix) {
      detector = `phone:${prefix}`;
      if (mobile || formatted) confidence = 'high';
      else if (hasKeyword) confidence = 'medium';
    } else {
      detector = 'phone:local';
      if (!mobile) {
        if (hasKeyword && formatted) confidence = 'medium';
      } else if (formatted || hasKeyword) confidence = 'high';
      else confidence = 'medium';
    }
    if (!confidence) continue;
    out.push({ kind: 'phone', start, end, value: view.text.slice(start, end), detector, confidence });
  }
  return out;
}

export const phoneDetector: Detector = { kind: 'phone', detect };
