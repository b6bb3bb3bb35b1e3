import { maskValue } from '../../privacy/mask.js';
import {
  NONE,
  SPACE_CHARS,
  type Detection,
  type Detector,
  type MessageView,
  lazyPattern,
  matchAll,
} from './detector.js';

/**
 * Wording that asks for or documents a payment. Each needs an amount nearby: «переведите текст»,
 * «счет матча 2:1», «реквизиты урока» carry none and stay silent.
 *
 * Each pattern comes with `hints`: words every match contains, looked for in the lower-cased
 * text first. A pattern none of whose hints is there cannot match and is not run, so it is not
 * built or compiled either: building and compiling one of these `\p{L}` patterns costs V8 about
 * 0.3–1 ms, a large part of a short export's scan (test/scan/detectors/shortcuts.test.ts: same
 * findings with the hints off).
 */
interface Wording {
  /** Built on first use: constructing one of these patterns costs V8 ~0.3 ms, a message without the hints none. */
  re: () => RegExp;
  label: string;
  hints: readonly string[];
}
const STRONG: readonly Wording[] = [
  { re: lazyPattern(() => /квитанци\p{L}{0,20}/gu), label: 'квитанция', hints: ['квитанци'] },
  { re: lazyPattern(() => /счет\p{L}{0,20} на оплату/gu), label: 'счёт на оплату', hints: [' на оплату'] },
  {
    re: lazyPattern(
      () => /реквизит\p{L}{0,20}(?!\p{L})(?! (?:урока|занятия|текста|произведения|документа|сказки))/gu,
    ),
    label: 'реквизиты',
    hints: ['реквизит'],
  },
  {
    re: lazyPattern(() => /платежк\p{L}{0,20}|платежн\p{L}{0,20} поручени\p{L}{0,20}/gu),
    label: 'платёжка',
    hints: ['платеж'],
  },
  {
    re: lazyPattern(
      () =>
        /перев(?:од|одом|едите|ести|еди|одите|одим|одить)\p{L}{0,20}(?: [\p{L}\d]{1,30}){0,3}? (?:по номеру|на карт\p{L}{0,20}|на сбер\p{L}{0,20}|на тиньк\p{L}{0,20}|на т-банк|на номер|по сбп|через сбп)/gu,
    ),
    label: 'перевод на карту или по номеру',
    hints: ['перев'],
  },
  {
    re: lazyPattern(
      () =>
        /(?:скин|скид|кин|перечисл|отправ|закин)\p{L}{0,20}(?: [\p{L}\d]{1,30}){0,3}? (?:на карт\p{L}{0,20}|по номеру|на номер|на сбер\p{L}{0,20}|на тиньк\p{L}{0,20}|на счет|по сбп|через сбп)/gu,
    ),
    label: 'перевод на карту или по номеру',
    // «скин» and «закин» contain «кин».
    hints: ['кин', 'скид', 'перечисл', 'отправ'],
  },
  {
    re: lazyPattern(
      () =>
        /(?:оплат\p{L}{0,20}|платеж\p{L}{0,20}) (?:по|через) (?:qr|куар|ссылке|сбп|реквизит\p{L}{0,20})/gu,
    ),
    label: 'оплата по QR, ссылке или реквизитам',
    hints: ['оплат', 'платеж'],
  },
];
const WEAK: readonly Wording[] = [
  {
    re: lazyPattern(
      () =>
        /(?<!\p{L})(?:сбор\p{L}{0,20}|сда(?:ем|ём|ем|ть|ют|ете|ите)|собира(?:ем|ют|ете|ть)|скидыва(?:емся|ться|емся)|с каждого|взнос\p{L}{0,20})(?!\p{L})/gu,
    ),
    label: 'сбор денег',
    hints: ['сбор', 'сда', 'собира', 'скидыва', 'с каждого', 'взнос'],
  },
  {
    re: lazyPattern(
      () =>
        /(?<!\p{L})(?:оплат(?:а|у|ы|ить|ите|им|ил|ила|или)|доплат\p{L}{0,20}|долг\p{L}{0,20} по оплате|перевод(?:ы|ом)?|переведите|перевела|перевел|перечислите|скиньте|скидываем)(?!\p{L})/gu,
    ),
    label: 'оплата или перевод',
    // «доплат…» and «… по оплате» contain «оплат»; every «перев…» form starts so.
    hints: ['оплат', 'перев', 'перечислите', 'скиньте', 'скидываем'],
  },
];

/** Whether `wording` can match `view.lower`: one of its hints is there (always, in the exhaustive view). */
function mayMatch(view: MessageView, wording: Wording): boolean {
  if (view.exhaustive) return true;
  const lower = view.lower;
  for (const hint of wording.hints) if (lower.includes(hint)) return true;
  return false;
}
const AMOUNT =
  /(?<![\d\p{L}_])\d{1,3}(?:[ .]\d{3}){0,5}(?:[.,]\d{1,2})?(?: ?тыс\.?)? ?(?:₽|руб(?:\.|лей|ля|ль)?|р\.|р(?!\p{L})|rub|rur)(?!\p{L})|(?<![\d\p{L}_])\d{1,6}(?:[.,]\d{1,2})? ?(?:₽|руб(?:\.|лей|ля|ль)?|р\.|р(?!\p{L})|rub|rur)(?!\p{L})/gu;
/** «сдаем по 500», «по 300 с каждого»: the amount without a currency, right after the wording. */
const PER_PERSON = lazyPattern(() => /(?<!\p{L})по (\d{2,6})(?![\d.,:/-]|\p{L})/gu);
const WINDOW = 160;
/**
 * Both tried on the raw text, any case, any space `norm` would turn into ' ': most messages stop
 * here, before the lower-cased copy is made.
 */
const CURRENCY = new RegExp(`₽|руб|rub|rur|\\d[ ${SPACE_CHARS}]?р`, 'i');
const PER_PERSON_HINT = new RegExp(`по[ ${SPACE_CHARS}]\\d`, 'i');

/** Cheap test first: no digit, no amount, no payment document. */
function detect(view: MessageView): readonly Detection[] {
  if (view.digits === 0) return NONE;
  const perPerson = view.exhaustive || PER_PERSON_HINT.test(view.text);
  if (!perPerson && !CURRENCY.test(view.text)) return NONE;
  const amounts = [...matchAll(AMOUNT, view.lower)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
  }));
  if (amounts.length === 0 && !perPerson) return NONE;
  const out: Detection[] = [];
  const emit = (
    trigger: RegExpExecArray,
    label: string,
    amount: { start: number; end: number; text: string },
    confidence: 'high' | 'medium',
    detector: string,
  ) => {
    const tStart = trigger.index;
    const tEnd = tStart + trigger[0].length;
    out.push({
      kind: 'payment-document',
      start: Math.min(tStart, amount.start),
      end: Math.max(tEnd, amount.end),
      value: view.text.slice(Math.min(tStart, amount.start), Math.max(tEnd, amount.end)),
      detector,
      confidence,
      // A fixed label, never the matched words: they may hold a name («переведите Ивановой на карту»).
      masked: `${label}: ${maskValue(amount.text)}`,
    });
  };
  const closest = (tStart: number, tEnd: number, sameLine = false) => {
    let best: (typeof amounts)[number] | undefined;
    let bestGap = Infinity;
    // Amounts are in text order and do not overlap: only those within the window are looked at,
    // so a message of many triggers and many amounts stays linear.
    let lo = 0;
    let hi = amounts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (amounts[mid]!.end < tStart - WINDOW) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < amounts.length && amounts[i]!.start <= tEnd + WINDOW; i++) {
      const a = amounts[i]!;
      const gap = a.start >= tEnd ? a.start - tEnd : tStart >= a.end ? tStart - a.end : 0;
      if (sameLine && view.lower.slice(Math.min(tEnd, a.end), Math.max(tStart, a.start)).includes('\n'))
        continue;
      if (gap <= WINDOW && gap < bestGap) [best, bestGap] = [a, gap];
    }
    return best;
  };
  for (const wording of STRONG) {
    if (!mayMatch(view, wording)) continue;
    const { label } = wording;
    for (const m of matchAll(wording.re(), view.lower)) {
      const a = closest(m.index, m.index + m[0].length);
      if (a) emit(m, label, a, 'high', 'payment-document:wording');
    }
  }
  for (const wording of WEAK) {
    if (!mayMatch(view, wording)) continue;
    const { label } = wording;
    for (const m of matchAll(wording.re(), view.lower)) {
      const tEnd = m.index + m[0].length;
      // Weak wording («сдаём», «оплата») counts only with an amount on the same line.
      let a = closest(m.index, tEnd, true);
      if (!a) {
        // Only the next 40 characters: a search to the end of the message for every trigger
        // would be quadratic. The trigger ends before a non-letter, so the slice loses no context.
        const perPersonRe = PER_PERSON();
        perPersonRe.lastIndex = 0;
        const p = perPersonRe.exec(view.lower.slice(tEnd, tEnd + 40));
        if (p && p.index <= 25) a = { start: tEnd + p.index, end: tEnd + p.index + p[0].length, text: p[0] };
      }
      if (a) emit(m, label, a, 'medium', 'payment-document:collection');
    }
  }
  return out;
}

export const paymentDocumentDetector: Detector = { kind: 'payment-document', detect };
