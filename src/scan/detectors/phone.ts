import { NONE, type Detection, type Detector, type MessageView, near } from './detector.js';
import { append } from '../../util/append.js';
import { isAsciiDigit } from '../../util/char-codes.js';
import { newPhoneMatch, type PhoneMatch, scanPhones } from './phone-matcher.js';

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

/**
 * The loose layout's last seven digits are grouped as the strict layout groups them
 * (`^\d{3}[ -]?\d{2}[ -]?\d{2}$`): separators only after the third and the fifth digit.
 */
function groupedAsStrict(s: string, from: number, to: number): boolean {
  let digits = 0;
  for (let i = from; i < to; i += 1) {
    const c = s.charCodeAt(i);
    if (isAsciiDigit(c)) digits += 1;
    else if (digits !== 3 && digits !== 5) return false;
  }
  return true;
}

/** The first digit of the area code (after its bracket). */
function areaDigit(s: string, m: PhoneMatch): number {
  return s.charCodeAt(s.charCodeAt(m.codeStart) === 40 ? m.codeStart + 1 : m.codeStart);
}

/**
 * Whether the strict match reads as formatted: a space, bracket or dash after its prefix, as
 * `/[ ()-]/.test(raw.slice(prefix.length).trim())` with `prefix` the group without its space
 * (so `+ 7` skips two characters, `+7` too).
 */
function formatted(s: string, m: PhoneMatch): boolean {
  let i = m.prefixEnd > m.start ? m.start + (s.charCodeAt(m.start) === 43 ? 2 : 1) : m.start;
  while (i < m.end && s.charCodeAt(i) === 32) i += 1;
  for (; i < m.end; i += 1) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 40 || c === 41 || c === 45) return true;
  }
  return false;
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
 * `9123456789`: prefix, area code, then 3-2-2 digits (the strict layout of phone-matcher.ts).
 * With a `+7`/`8` prefix and an area code, the last seven digits may be grouped any way
 * (`25-14-989`: the loose layout).
 */
const match = newPhoneMatch();

/** The look-back reads only the 40 characters before the number: the pre-check reads the same. */
function notPhone(view: MessageView, start: number): boolean {
  return (
    (view.exhaustive || ANY_NOT_PHONE.test(view.text.slice(Math.max(0, start - 40), start))) &&
    notPhoneBefore(view, start)
  );
}

/** A loose match as a detection, or undefined when it is not one. */
function looseDetection(view: MessageView, s: string, m: PhoneMatch): Detection | undefined {
  // Only layouts the strict pattern does not read: it keeps its own confidence rules.
  // (Every test here only skips a match, so the cheapest come first.)
  if (groupedAsStrict(s, m.restStart, m.end)) return undefined;
  const code = areaDigit(s, m);
  // 3, 4, 8 or 9.
  if (code !== 51 && code !== 52 && code !== 56 && code !== 57) return undefined;
  const { start, end } = m;
  if (notPhone(view, start)) return undefined;
  if (code !== 57 && !near(view, start, end, KEYWORD, 40, 0)) return undefined;
  return {
    kind: 'phone',
    start,
    end,
    value: view.text.slice(start, end),
    detector: 'phone:grouped',
    confidence: 'medium',
  };
}

/** A strict match as a detection, or undefined when it is not one. */
function strictDetection(view: MessageView, s: string, m: PhoneMatch): Detection | undefined {
  const { start, end } = m;
  const prefix = m.prefixEnd === start ? '' : s.charCodeAt(start) === 43 ? '+7' : s[start]!;
  const code = areaDigit(s, m);
  // Russian area codes start with 3, 4, 8 (landlines) or 9 (mobile); 0, 1, 2, 5, 6, 7 are not used.
  if (code !== 51 && code !== 52 && code !== 53 && code !== 56 && code !== 57) return undefined;
  if (notPhone(view, start)) return undefined;
  // Looked up only when the confidence depends on it (never after `+7`).
  const hasKeyword = prefix !== '+7' && near(view, start, end, KEYWORD, 40, 0);
  const mobile = code === 57;
  let confidence: 'high' | 'medium' | undefined;
  let detector: string;
  if (prefix === '+7') {
    confidence = 'high';
    detector = 'phone:+7';
  } else if (prefix) {
    detector = `phone:${prefix}`;
    if (mobile || formatted(s, m)) confidence = 'high';
    else if (hasKeyword) confidence = 'medium';
  } else {
    detector = 'phone:local';
    if (!mobile) {
      if (hasKeyword && formatted(s, m)) confidence = 'medium';
    } else if (formatted(s, m) || hasKeyword) confidence = 'high';
    else confidence = 'medium';
  }
  if (!confidence) return undefined;
  return { kind: 'phone', start, end, value: view.text.slice(start, end), detector, confidence };
}

/** The loose layout's detections, then the strict layout's (the order the two patterns gave). */
function detect(view: MessageView): readonly Detection[] {
  if (view.digits < 10) return NONE;
  const s = view.norm;
  let loose: Detection[] | undefined;
  let strict: Detection[] | undefined;
  scanPhones(
    s,
    (isLoose, m) => {
      if (isLoose) {
        const d = looseDetection(view, s, m);
        if (d) (loose ??= []).push(d);
      } else {
        const d = strictDetection(view, s, m);
        if (d) (strict ??= []).push(d);
      }
    },
    match,
  );
  if (!strict) return loose ?? NONE;
  return loose ? append(loose, strict) : strict;
}

export const phoneDetector: Detector = { kind: 'phone', detect };
