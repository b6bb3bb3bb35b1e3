import {
  DASH_CHARS,
  NONE,
  type Detection,
  type Detector,
  type MessageView,
  matchAll,
  near,
} from './detector.js';

const KEYWORD =
  /(паспорт|(?<!\p{L})пасп\.|(?<!\p{L})п-т(?!\p{L})|(?<!\p{L})серия(?!\p{L})|(?<!\p{L})серии(?!\p{L})|(?<!\p{L})сер\.|passport)/u;
/**
 * A pre-check on the raw text (any case, ё for е, any dash `norm` makes '-') for the words above:
 * most messages stop here, before the lower-cased copy is made.
 */
const ANY_WORD = new RegExp(`пасп|п[-${DASH_CHARS}]т|с[её]р|passport|выдан|подразд[её]лени`, 'i');
/** «… 4506 123456 выдан ОВД …»: the words after a number say passport too. */
const ISSUED = /^[ ,.;:-]*(выдан|код подразделения|к\/п)/u;
/** `45 06 123456`, `4506 123456`, `4506123456`, `45 06 № 123456`. */
const COMPACT = /(?<![\d\p{L}_])(\d{2}) ?(\d{2}) ?(?:(?:№|n|no\.?) ?)?(\d{6})(?![\d])/gu;
/** `серия 4506 номер 123456`, `серия 45 06, № 123456`. */
const WORDED = /(?:серия|серии|сер\.)[: ]*(\d{2}) ?(\d{2})[ ,;]*(?:номер|ном\.|№|n)[: ]*(\d{6})(?!\d)/g;

/**
 * Series: two digits of the region (ОКАТО, never 00) and two of the year of the form. Forms have
 * been issued since 1997; years past 30 are not plausible yet (no clock: output must not depend on
 * the day the scan runs).
 */
export function isPlausiblePassport(series: string, number: string): boolean {
  if (!/^\d{4}$/.test(series) || !/^\d{6}$/.test(number)) return false;
  if (series.startsWith('00') || number === '000000') return false;
  const year = Number(series.slice(2));
  return year >= 97 || year <= 30;
}

function detect(view: MessageView): readonly Detection[] {
  if (
    view.digits < 10 ||
    !(view.exhaustive || ANY_WORD.test(view.text)) ||
    !(KEYWORD.test(view.lower) || view.lower.includes('выдан') || view.lower.includes('подразделени'))
  )
    return NONE;
  const out: Detection[] = [];
  for (const m of matchAll(WORDED, view.lower)) {
    const series = `${m[1]}${m[2]}`;
    const number = m[3] ?? '';
    if (!isPlausiblePassport(series, number)) continue;
    const start = m.index + m[0].search(/\d/);
    const end = m.index + m[0].length;
    out.push({
      kind: 'passport',
      start,
      end,
      value: `${m[1]} ${m[2]} ${number}`,
      detector: 'passport:worded',
      confidence: 'high',
    });
  }
  for (const m of matchAll(COMPACT, view.lower)) {
    const series = `${m[1]}${m[2]}`;
    const number = m[3] ?? '';
    if (!isPlausiblePassport(series, number)) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (!near(view, start, end, KEYWORD, 40, 0) && !near(view, start, end, ISSUED, 0, 12)) continue;
    out.push({
      kind: 'passport',
      start,
      end,
      value: `${m[1]} ${m[2]} ${number}`,
      detector: 'passport:keyword',
      confidence: 'high',
    });
  }
  return out;
}

export const passportDetector: Detector = { kind: 'passport', detect };
