import { isAsciiDigit } from '../../util/char-codes.js';

/** Invisible marks WhatsApp puts at line starts (LRM, RLM, embeddings) and a stray BOM. */
const LEADING_MARKS = /^[\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]+/;
export interface WhatsAppHeader {
  /** Date parts as written; which one is the day is decided per file. */
  parts: [number, number, number];
  /** `.` separators and a 4-digit first part settle the order by themselves. */
  separator: string;
  yearFirst: boolean;
  hour: number;
  minute: number;
  second: number;
  ampm?: 'AM' | 'PM';
  style: 'ios' | 'android';
  /** The rest of the line after the header: `Author: text` or a system text. */
  rest: string;
}

/** Whether a line may start with one of `LEADING_MARKS` (U+200E–U+2069 or the BOM). */
function mayHaveMark(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 0x200e && (c <= 0x2069 || c === 0xfeff);
}

export function stripMarks(s: string): string {
  return mayHaveMark(s) ? s.replace(LEADING_MARKS, '') : s;
}

/** A header starts with a digit or `[` (after invisible marks): other lines are not looked at. */
function mayBeHeader(c: number): boolean {
  return isAsciiDigit(c) || c === 91;
}

/** The spaces a header may use: space, no-break space, narrow no-break space (before AM/PM). */
function isSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f;
}

/** End of the run of digits starting at `i`. */
function digitsEnd(s: string, i: number): number {
  while (isAsciiDigit(s.charCodeAt(i))) i += 1;
  return i;
}

function numberAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i += 1) n = n * 10 + s.charCodeAt(i) - 48;
  return n;
}

/**
 * End of an AM/PM marker at `i` (an optional space, then `AM`, `a.m.`, `p. m.`, `ДП`, `ПП`,
 * lower case too), or -1.
 */
function markerEnd(s: string, i: number): number {
  if (isSpace(s.charCodeAt(i))) i += 1;
  const c = s.charCodeAt(i);
  // ДП, ПП, дп, пп: both letters in one case.
  if ((c === 0x414 || c === 0x41f) && s.charCodeAt(i + 1) === 0x41f) return i + 2;
  if ((c === 0x434 || c === 0x43f) && s.charCodeAt(i + 1) === 0x43f) return i + 2;
  if (c !== 65 && c !== 97 && c !== 80 && c !== 112) return -1;
  i += 1;
  if (s.charCodeAt(i) === 46) i += 1;
  if (isSpace(s.charCodeAt(i))) i += 1;
  const m = s.charCodeAt(i);
  if (m !== 77 && m !== 109) return -1;
  i += 1;
  return s.charCodeAt(i) === 46 ? i + 1 : i;
}

/** End of the header's closing part at `i`: iOS `]` and an optional space, Android ` - `; or -1. */
function closingEnd(s: string, i: number, ios: boolean): number {
  if (ios) {
    if (s.charCodeAt(i) !== 93) return -1;
    return isSpace(s.charCodeAt(i + 1)) ? i + 2 : i + 1;
  }
  const dash = s.charCodeAt(i + 1);
  return isSpace(s.charCodeAt(i)) && (dash === 45 || dash === 0x2013) && isSpace(s.charCodeAt(i + 2))
    ? i + 3
    : -1;
}

const SEPARATORS: Record<number, string> = { 46: '.', 47: '/', 45: '-' };

/**
 * Reads a message header: iOS `[01.09.2024, 10:15:32] Имя: текст`, `[9/1/24, 10:15:32 AM] Name:
 * text`; Android `01.09.2024, 10:15 - Имя: текст`, `9/1/24, 10:15 AM - Name: text`. Date
 * `d{1,4} sep d{1,2} sep d{1,4}` (one separator of `./-`), an optional comma, a space, time
 * `h{1,2}[:.]mm([:.]ss)?` and an optional AM/PM marker. Read character by character: it runs on
 * every line of an export, and a pattern with eight groups cost more than the rest of the scan.
 */
// long-function: one left-to-right pass over the header's fields, each a few comparisons
export function parseWhatsAppHeader(line: string): WhatsAppHeader | undefined {
  if (!mayBeHeader(line.charCodeAt(0)) && !mayHaveMark(line)) return undefined;
  const s = stripMarks(line);
  const ios = s.charCodeAt(0) === 91;
  let i = ios ? 1 : 0;
  let j = digitsEnd(s, i);
  const aLen = j - i;
  if (aLen < 1 || aLen > 4 || aLen === 3) return undefined;
  const a = numberAt(s, i, j);
  const sep = s.charCodeAt(j);
  const separator = SEPARATORS[sep];
  if (separator === undefined) return undefined;
  i = j + 1;
  j = digitsEnd(s, i);
  if (j - i < 1 || j - i > 2 || s.charCodeAt(j) !== sep) return undefined;
  const b = numberAt(s, i, j);
  i = j + 1;
  j = digitsEnd(s, i);
  const cLen = j - i;
  if (cLen < 1 || cLen > 4) return undefined;
  const yearFirst = aLen === 4;
  if (!yearFirst && cLen !== 2 && cLen !== 4) return undefined;
  const c = numberAt(s, i, j);
  i = j;
  if (s.charCodeAt(i) === 44) i += 1;
  if (!isSpace(s.charCodeAt(i))) return undefined;
  i += 1;
  j = digitsEnd(s, i);
  if (j - i < 1 || j - i > 2) return undefined;
  const hour = numberAt(s, i, j);
  const colon = s.charCodeAt(j);
  if (colon !== 58 && colon !== 46) return undefined;
  i = j + 1;
  j = digitsEnd(s, i);
  if (j - i !== 2) return undefined;
  const minute = numberAt(s, i, j);
  i = j;
  let second = 0;
  const next = s.charCodeAt(i);
  if ((next === 58 || next === 46) && digitsEnd(s, i + 1) === i + 3) {
    second = numberAt(s, i + 1, i + 3);
    i += 3;
  }
  // With a marker if what follows it closes the header, else without (as a pattern would backtrack).
  let ampm: 'AM' | 'PM' | undefined;
  let end = -1;
  const marked = markerEnd(s, i);
  if (marked >= 0) end = closingEnd(s, marked, ios);
  if (end >= 0) {
    const letter = s.charCodeAt(isSpace(s.charCodeAt(i)) ? i + 1 : i);
    ampm = letter === 65 || letter === 97 || letter === 0x414 || letter === 0x434 ? 'AM' : 'PM';
  } else end = closingEnd(s, i, ios);
  if (end < 0) return undefined;
  if (minute > 59 || second > 59 || hour > (ampm ? 12 : 23)) return undefined;
  const header: WhatsAppHeader = {
    parts: [a, b, c],
    separator,
    yearFirst,
    hour,
    minute,
    second,
    style: ios ? 'ios' : 'android',
    rest: s.slice(end),
  };
  if (ampm) header.ampm = ampm;
  return header;
}

/** `day-first` when the file's dates are dd/mm, `month-first` for m/d (US locales). */
export type DateOrder = 'day-first' | 'month-first';

/** What one header says about the order: undefined when both readings are possible. */
export function orderHint(h: WhatsAppHeader): DateOrder | undefined {
  if (h.yearFirst || h.separator === '.') return 'day-first';
  const [a, b] = h.parts;
  if (a > 12 && b <= 12) return 'day-first';
  if (b > 12 && a <= 12) return 'month-first';
  return undefined;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the Gregorian calendar (the one WhatsApp writes). */
function daysIn(year: number, month: number): number {
  if (month !== 2) return DAYS[month - 1] ?? 0;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** Local ISO date-time without a zone (the export has none); undefined for impossible dates. */
export function headerDate(h: WhatsAppHeader, order: DateOrder): string | undefined {
  let year: number;
  let month: number;
  let day: number;
  if (h.yearFirst) [year, month, day] = h.parts;
  else if (order === 'day-first') [day, month, year] = h.parts;
  else [month, day, year] = h.parts;
  if (year < 100) year += 2000;
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  let hour = h.hour;
  if (h.ampm === 'AM' && hour === 12) hour = 0;
  else if (h.ampm === 'PM' && hour < 12) hour += 12;
  return `${pad(year, 4)}-${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(h.minute)}:${pad2(h.second)}`;
}

/** System texts (no human author): encryption notice, group changes, joins and leaves. */
const SYSTEM =
  /(end-to-end encrypted|сквозным шифрованием|created (the )?group|создал\(а\) группу|создала? группу|\badded\b|добавил|\bleft\b|вышел|вышла|покинул|\bremoved\b|удалил\(а\) |joined using|присоединил|changed the subject|changed this group|changed the group|изменил\(а\)|изменила? (тему|описание|изображение|настройки)|now an admin|теперь администратор|security code|код безопасности|номер телефона на|changed their phone number|disappearing messages|исчезающие сообщения)/i;
const ENCRYPTION = /(end-to-end encrypted|сквозным шифрованием)/i;

/** Literal pre-check for `ENCRYPTION`: `includes` is far cheaper than a case-blind pattern. */
function mayMentionEncryption(s: string): boolean {
  return s.includes('ncrypt') || s.includes('NCRYPT') || s.includes('ифрован') || s.includes('ИФРОВАН');
}

/** Media placeholders and attachment names: not text anyone wrote, never scanned. */
const PLACEHOLDERS =
  /<Без медиафайлов>|<Media omitted>|<attached: [^>\n]*>|<прикреплено: [^>\n]*>|\b(?:image|video|audio|sticker|GIF|document|Contact card) omitted\b|(?:изображение|видео|аудиофайл|аудио|стикер|GIF|документ|карточка контакта) отсутствует|\S+\.\w{2,5} \((?:файл добавлен|file attached)\)|Это сообщение удалено|This message was deleted|Вы удалили это сообщение|You deleted this message|<Это сообщение было изменено>|<This message was edited>/gi;

const PLACEHOLDER = new RegExp(PLACEHOLDERS.source, 'i');
/** Texts a system line can carry after `: ` (a quoted subject or description). */
const SYSTEM_BEFORE_COLON = /(изменил|changed|создал|created|«|"|“)/i;

/** Words every placeholder contains: most messages skip the long pattern. */
const PLACEHOLDER_HINT =
  /[<\u200E\u200F]|omitted|отсутствует|\((?:файл добавлен|file attached)\)|удален|deleted/i;

export function stripPlaceholders(text: string): string {
  if (!PLACEHOLDER_HINT.test(text)) return text;
  return text.replace(PLACEHOLDERS, ' ').replace(/[\u200E\u200F]/g, '');
}

export interface SplitRest {
  author?: string;
  text: string;
  system: boolean;
}

/** Splits `Author: text`; a line without `: ` or with a system text has no author. */
export function splitAuthor(rest: string): SplitRest {
  const colon = rest.indexOf(': ');
  const bare = rest.endsWith(':') && !rest.includes(': ') ? rest.length - 1 : -1;
  const at = colon >= 0 ? colon : bare;
  if (at <= 0) return { text: rest, system: true };
  const author = rest.slice(0, at);
  const text = rest.slice(at + 2);
  // Android system lines have no author, but can hold `: ` in a quoted subject.
  if (author.length > 80 || SYSTEM_BEFORE_COLON.test(author)) return { text: rest, system: true };
  // iOS attributes system lines to the group and marks them with U+200E.
  const first = text.charCodeAt(0);
  const marked = first === 0x200e || first === 0x200f;
  const plain = stripMarks(text);
  if (
    (mayMentionEncryption(plain) && ENCRYPTION.test(plain)) ||
    (marked && SYSTEM.test(plain) && !PLACEHOLDER.test(plain))
  )
    return { text: plain, system: true };
  return { author, text, system: false };
}
