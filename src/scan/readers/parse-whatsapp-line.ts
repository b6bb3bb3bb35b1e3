/** Invisible marks WhatsApp puts at line starts (LRM, RLM, embeddings) and a stray BOM. */
const LEADING_MARKS = /^[\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]+/;
const S = '[ \\u00A0\\u202F]';
const DATE = '(\\d{1,4})([./-])(\\d{1,2})\\2(\\d{1,4})';
const TIME = `(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?(?:${S}?([AaPp]\\.?${S}?[Mm]\\.?|ДП|ПП|дп|пп))?`;
/** iOS: `[01.09.2024, 10:15:32] Имя: текст`, `[9/1/24, 10:15:32 AM] Name: text`. */
const IOS = new RegExp(`^\\[${DATE},?${S}${TIME}\\]${S}?`);
/** Android: `01.09.2024, 10:15 - Имя: текст`, `9/1/24, 10:15 AM - Name: text`. */
const ANDROID = new RegExp(`^${DATE},?${S}${TIME}${S}[-–]${S}`);

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

function stripMarks(s: string): string {
  return s.replace(LEADING_MARKS, '');
}

export function parseWhatsAppHeader(line: string): WhatsAppHeader | undefined {
  const clean = stripMarks(line);
  const m = IOS.exec(clean) ?? ANDROID.exec(clean);
  if (!m) return undefined;
  const [a, b, c] = [m[1] ?? '', m[3] ?? '', m[4] ?? ''];
  const yearFirst = a.length === 4;
  if (!yearFirst && c.length !== 2 && c.length !== 4) return undefined;
  if (a.length === 3 || b.length > 2) return undefined;
  const hour = Number(m[5]);
  const minute = Number(m[6]);
  const second = m[7] ? Number(m[7]) : 0;
  const marker = m[8]?.replace(/[.\s\u00A0\u202F]/g, '').toUpperCase();
  const ampm = marker === undefined ? undefined : marker === 'AM' || marker === 'ДП' ? 'AM' : 'PM';
  if (minute > 59 || second > 59 || hour > (ampm ? 12 : 23)) return undefined;
  const header: WhatsAppHeader = {
    parts: [Number(a), Number(b), Number(c)],
    separator: m[2] ?? '.',
    yearFirst,
    hour,
    minute,
    second,
    style: clean.startsWith('[') ? 'ios' : 'android',
    rest: clean.slice(m[0].length),
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

/** Local ISO date-time without a zone (the export has none); undefined for impossible dates. */
export function headerDate(h: WhatsAppHeader, order: DateOrder): string | undefined {
  let year: number;
  let month: number;
  let day: number;
  if (h.yearFirst) [year, month, day] = h.parts;
  else if (order === 'day-first') [day, month, year] = h.parts;
  else [month, day, year] = h.parts;
  if (year < 100) year += 2000;
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate())
    return undefined;
  let hour = h.hour;
  if (h.ampm === 'AM' && hour === 12) hour = 0;
  else if (h.ampm === 'PM' && hour < 12) hour += 12;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(h.minute)}:${pad(h.second)}`;
}

/** System texts (no human author): encryption notice, group changes, joins and leaves. */
const SYSTEM =
  /(end-to-end encrypted|сквозным шифрованием|created (the )?group|создал\(а\) группу|создала? группу|\badded\b|добавил|\bleft\b|вышел|вышла|покинул|\bremoved\b|удалил\(а\) |joined using|присоединил|changed the subject|changed this group|changed the group|изменил\(а\)|изменила? (тему|описание|изображение|настройки)|now an admin|теперь администратор|security code|код безопасности|номер телефона на|changed their phone number|disappearing messages|исчезающие сообщения)/i;
const ENCRYPTION = /(end-to-end encrypted|сквозным шифрованием)/i;

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
  const marked = /^[\u200E\u200F]/.test(text);
  const plain = stripMarks(text);
  if (ENCRYPTION.test(plain) || (marked && SYSTEM.test(plain) && !PLACEHOLDER.test(plain)))
    return { text: plain, system: true };
  return { author, text, system: false };
}
