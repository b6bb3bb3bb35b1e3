import { NONE, SPACE_CHARS, type Detection, type Detector, type MessageView, matchAll } from './detector.js';

const MONTHS_RU =
  'январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья]';
const MONTHS_EN =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const DATE = `(?:\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}|\\d{1,2} (?:${MONTHS_RU}|${MONTHS_EN})\\.? \\d{4}|(?:${MONTHS_EN})\\.? \\d{1,2},? \\d{4})(?![\\d])`;
/** Markers that make a date a date of birth. Bare «др» is left out: it also means «другое». */
const MARKER =
  '(?<![\\p{L}])(?:д\\. ?р\\.?|др(?= ?[:\\d-])|д\\/р|дата рождения|даты рождения|дату рождения|дате рождения|день рождения|года? рождения|г\\. ?р\\.|рожден(?:а|ный|ная)?|родил(?:ся|ась|ись)|born|dob|d\\.o\\.b\\.|date of birth|birth ?date|birthday)(?![\\p{L}])';
/**
 * A literal pre-check on the raw text (any case, any space `norm` makes ' '): the full marker
 * pattern is slow to try at every position of every message.
 */
const ANY_MARKER = new RegExp(
  `рожд|родил|др|д\\.[ ${SPACE_CHARS}]?р|д\\/р|г\\.[ ${SPACE_CHARS}]?р|born|dob|d\\.o\\.b|birth`,
  'i',
);
const MARKER_THEN_DATE = new RegExp(`${MARKER}[^\\d\\n]{0,25}?(${DATE})`, 'giu');
const DATE_THEN_MARKER = new RegExp(
  `(?<![\\d.])(${DATE})(?: ?г\\.?| ?года?)? ?(?:г\\. ?р\\.|года рождения|рождения|\\(д\\. ?р\\.\\))`,
  'giu',
);

const RU_MONTH = ['янв', 'фев', 'мар', 'апр', 'ма', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];
const EN_MONTH = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthOf(word: string): number {
  const w = word.toLowerCase();
  const ru = RU_MONTH.findIndex((p) => w.startsWith(p));
  if (ru >= 0) return ru + 1;
  return EN_MONTH.findIndex((p) => w.startsWith(p)) + 1;
}

/** Parses the date forms above; years 1900–2030, real calendar days. */
export function parseBirthDate(s: string): { year: number; month: number; day: number } | undefined {
  let y: number;
  let mo: number;
  let d: number;
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})([./-])(\d{1,2})[./-](\d{2}|\d{4})$/.exec(s))) {
    [d, mo, y] = [Number(m[1]), Number(m[3]), Number(m[4])];
    if (m[4]?.length === 2) y += y <= 30 ? 2000 : 1900;
    // `03/14/2014`: a US-style month-first date, the only reading that is a real date (dots are always d.m.y).
    if (m[2] === '/' && mo > 12 && d <= 12) [d, mo] = [mo, d];
  } else if ((m = /^(\d{1,2}) (\p{L}+)\.? (\d{4})$/u.exec(s)))
    [d, mo, y] = [Number(m[1]), monthOf(m[2] ?? ''), Number(m[3])];
  else if ((m = /^(\p{L}+)\.? (\d{1,2}),? (\d{4})$/u.exec(s)))
    [mo, d, y] = [monthOf(m[1] ?? ''), Number(m[2]), Number(m[3])];
  else return undefined;
  if (y < 1900 || y > 2030 || mo < 1 || mo > 12 || d < 1) return undefined;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days ? { year: y, month: mo, day: d } : undefined;
}

function detect(view: MessageView): readonly Detection[] {
  if (view.digits < 4 || !(view.exhaustive || ANY_MARKER.test(view.text))) return NONE;
  const out: Detection[] = [];
  const push = (date: string, start: number, detector: string) => {
    if (!parseBirthDate(date)) return;
    out.push({
      kind: 'birth-date',
      start,
      end: start + date.length,
      value: view.text.slice(start, start + date.length),
      detector,
      confidence: 'high',
    });
  };
  for (const m of matchAll(MARKER_THEN_DATE, view.lower)) {
    const date = m[1] ?? '';
    push(date, m.index + m[0].length - date.length, 'birth-date:marker');
  }
  for (const m of matchAll(DATE_THEN_MARKER, view.lower)) {
    const date = m[1] ?? '';
    push(date, m.index, 'birth-date:suffix');
  }
  return out;
}

export const birthDateDetector: Detector = { kind: 'birth-date', detect };
