import type { Localized } from '../diagnostics/diagnostic.js';
import { quoteCell } from '../validate/diagnostic-at.js';
import { cachedValue } from '../util/bounded-cache.js';

/** What a cell parser returns: a value (undefined = field absent) or why the cell cannot be read. */
export type CellResult =
  | { value?: unknown; error?: undefined }
  | { value?: undefined; error: Localized; hint?: Localized };

// Roster cells repeat («да», «ученик», «родитель»…): the normalised form of short words is
// remembered, bounded so a roster of distinct values cannot grow it without limit.
const NORMALIZED = new Map<string, string>();
const NORMALIZED_MAX = 4096;
const NORMALIZED_MAX_LENGTH = 64;

/** Lowercase, ё→е, punctuation and spacing collapsed: how headers and words are compared. */
export function normalizeWord(s: string): string {
  if (s.length > NORMALIZED_MAX_LENGTH) return normalizeUncached(s);
  return cachedValue(NORMALIZED, s, NORMALIZED_MAX, normalizeUncached);
}

function normalizeUncached(s: string): string {
  return s
    .normalize('NFC')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}+\-–—]+/gu, ' ')
    .replace(/(\p{L})[-–—]+(\p{L})/gu, '$1 $2')
    .trim();
}

function lookup<T>(table: Readonly<Record<string, readonly string[]>>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, words] of Object.entries(table)) {
    for (const w of [value, ...words]) map.set(normalizeWord(w), value as T);
  }
  return map;
}

const TRUE_WORDS = ['да', 'д', 'yes', 'y', 'true', 'истина', '1', '+', 'есть'];
const FALSE_WORDS = ['нет', 'н', 'no', 'n', 'false', 'ложь', '0', '-', '–', '—'];
const BOOLEANS = new Map<string, boolean>([
  ...TRUE_WORDS.map((w) => [normalizeWord(w) || w, true] as const),
  ...FALSE_WORDS.map((w) => [normalizeWord(w) || w, false] as const),
]);

/** Booleans as schools type them; an empty cell is «нет» for required columns and absent otherwise. */
export function parseBooleanCell(cell: string, required: boolean): CellResult {
  if (cell === '') return { value: required ? false : undefined };
  const value = BOOLEANS.get(normalizeWord(cell) || cell);
  if (value !== undefined) return { value };
  return {
    error: {
      ru: `«${quoteCell(cell)}» — не «да» и не «нет»`,
      en: `"${quoteCell(cell)}" is neither yes nor no`,
    },
    hint: {
      ru: 'допустимо: да, нет, yes, no, true, false, 1, 0, +, -, пустая ячейка',
      en: 'accepted: да, нет, yes, no, true, false, 1, 0, +, -, an empty cell',
    },
  };
}

export function parseTextCell(cell: string): CellResult {
  return { value: cell === '' ? undefined : cell };
}

/** A list inside one cell, separated by `,`, `;` or `|`. */
function splitList(cell: string): string[] {
  return cell
    .split(/[,;|]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function parseListCell(cell: string): CellResult {
  const items = splitList(cell);
  return { value: items.length > 0 ? items : undefined };
}

/** `YYYY-MM-DD` or `ДД.ММ.ГГГГ`, normalised to ISO; the day must exist. */
export function parseDateCell(cell: string): CellResult {
  if (cell === '') return {};
  const iso = toIsoDate(cell);
  if (iso) return { value: iso };
  return {
    error: { ru: `«${quoteCell(cell)}» — не дата`, en: `"${quoteCell(cell)}" is not a date` },
    hint: {
      ru: 'пишите дату как 2024-08-30 или 30.08.2024',
      en: 'write the date as 2024-08-30 or 30.08.2024',
    },
  };
}

function toIsoDate(text: string): string | undefined {
  let y: number;
  let m: number;
  let d: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const ru = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (ru) [y, m, d] = [Number(ru[3]), Number(ru[2]), Number(ru[1])];
  else return undefined;
  const days = [
    31,
    y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  if (m < 1 || m > 12 || d < 1 || d > (days[m - 1] ?? 0)) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function parseCountCell(cell: string): CellResult {
  if (cell === '') return {};
  const compact = cell.replace(/[\s\u00a0]/g, '');
  if (/^\d{1,9}$/.test(compact)) return { value: Number(compact) };
  return {
    error: {
      ru: `«${quoteCell(cell)}» — не целое неотрицательное число`,
      en: `"${quoteCell(cell)}" is not a non-negative whole number`,
    },
  };
}

/** Builds a parser for a closed set of values with Russian and English spellings. */
export function enumCell<T extends string>(
  table: Readonly<Record<T, readonly string[]>>,
  what: Localized,
): { parse: (cell: string) => CellResult; parseOne: (word: string) => T | undefined; accepted: string } {
  const map = lookup<T>(table);
  const accepted = Object.entries<readonly string[]>(table)
    .map(([value, words]) => [value, ...words.slice(0, 2)].join('/'))
    .join(', ');
  const parseOne = (word: string): T | undefined => map.get(normalizeWord(word));
  return {
    parseOne,
    accepted,
    parse: (cell) => {
      if (cell === '') return {};
      const value = parseOne(cell);
      if (value !== undefined) return { value };
      return {
        error: {
          ru: `«${quoteCell(cell)}» — неизвестное значение (${what.ru})`,
          en: `"${quoteCell(cell)}" is not a known ${what.en}`,
        },
        hint: { ru: `допустимо: ${accepted}`, en: `accepted: ${accepted}` },
      };
    },
  };
}

const ROLE_WORDS = {
  administration: [
    'администрация',
    'администратор',
    'руководство',
    'администрация школы',
    'admin',
    'administrator',
    'management',
  ],
  teacher: ['учитель', 'педагог', 'преподаватель', 'педагогический работник', 'pedagogue'],
  'class-teacher': [
    'классный руководитель',
    'кл. руководитель',
    'классрук',
    'class teacher',
    'homeroom teacher',
  ],
  student: ['ученик', 'обучающийся', 'учащийся', 'ученица', 'обучающаяся', 'учащаяся', 'pupil'],
  parent: [
    'родитель',
    'законный представитель',
    'родитель (законный представитель)',
    'опекун',
    'legal representative',
    'guardian',
  ],
} as const;

const roleEnum = enumCell(ROLE_WORDS, { ru: 'роль', en: 'role' });

/** One role word, Russian or English («учитель», «Ученица», `teacher`), as its canonical role. */
export function parseRoleWord(word: string): keyof typeof ROLE_WORDS | undefined {
  return roleEnum.parseOne(word);
}

/** A list of roles in Russian or English; every word must be recognised. */
export function parseRolesCell(cell: string): CellResult {
  const words = splitList(cell);
  if (words.length === 0) {
    return {
      error: { ru: 'не указаны роли', en: 'no roles given' },
      hint: { ru: `допустимо: ${roleEnum.accepted}`, en: `accepted: ${roleEnum.accepted}` },
    };
  }
  const roles: string[] = [];
  for (const w of words) {
    const role = roleEnum.parseOne(w);
    if (role === undefined) {
      return {
        error: { ru: `«${quoteCell(w)}» — неизвестная роль`, en: `"${quoteCell(w)}" is not a known role` },
        hint: { ru: `допустимо: ${roleEnum.accepted}`, en: `accepted: ${roleEnum.accepted}` },
      };
    }
    if (!roles.includes(role)) roles.push(role);
  }
  return { value: roles };
}

export const CHANNEL_KIND_WORDS = {
  chat: ['чат', 'беседа', 'групповой чат'],
  channel: ['канал'],
  call: ['звонок', 'созвон', 'видеозвонок', 'конференция', 'видеоконференция'],
  group: ['группа', 'сообщество', 'community'],
} as const;

export const CHANNEL_PURPOSE_WORDS = {
  class: ['класс', 'классный', 'чат класса', 'классный чат'],
  parents: ['родители', 'родительский', 'родительский чат'],
  subject: ['предмет', 'предметный'],
  educational: ['учебный', 'образовательный', 'обучение'],
  administrative: ['административный', 'управленческий', 'администрация'],
  staff: ['педагоги', 'педколлектив', 'коллектив', 'сотрудники', 'педагогический'],
  official: ['официальный', 'официальный канал'],
  other: ['другое', 'прочее', 'иное'],
} as const;
