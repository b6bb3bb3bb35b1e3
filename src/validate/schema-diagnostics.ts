import type { ErrorObject } from 'ajv';
import localizeRu from 'ajv-i18n/localize/ru/index.js';
import type { Diagnostic, DiagnosticCode, Localized } from '../diagnostics/diagnostic.js';
import { joinPointer, valueAtPointer } from '../diagnostics/json-pointer.js';
import { diagnosticAt, quoteValue } from './diagnostic-at.js';
import { suggestKey } from './suggest-key.js';

/** Where a pointer's value (or key) stands in the source; `file` when it lies in another file (a CSV row). */
export type Locate = (pointer: string) => { line: number; column: number; file?: string } | undefined;

/**
 * How a document's schema errors become diagnostics. Every schema-checked file (school, CSV rows,
 * config, waivers, rule packs, messenger registry, editions) goes through `schemaErrorsToDiagnostics`
 * with its own options; the wording per ajv keyword is written once, here.
 */
export interface SchemaDiagnosticOptions {
  /** Default `SCHEMA_VIOLATION`. */
  code?: DiagnosticCode;
  file?: string;
  /** Position of the value at a pointer. */
  locate?: Locate;
  /** Position of the key that holds the value at a pointer (for unknown keys); falls back to `locate`. */
  locateKey?: Locate;
  /**
   * The validated value, so a message can say what was found (`got a number`, `write 2024-08-30`)
   * when ajv ran without `verbose` and its errors carry no `data`.
   */
  data?: unknown;
  /** Names the document before the place in each message: «Настройки: /failOn: …». */
  subject?: Localized;
  /**
   * A missing property: `property` (default) points at the property itself; `parent` at the object
   * that lacks it, with every property missing there named in one diagnostic.
   */
  missing?: 'property' | 'parent';
  /** The schema's own words for an error (what a pattern means): replaces the generic message. */
  explain?: (error: ErrorObject) => { message: Localized; hint?: Localized } | undefined;
  /** The hint of an error that has none of its own (which schema or page to read). */
  hint?: Localized;
}

const TYPE_NAMES: Record<string, Localized> = {
  string: { ru: 'строкой (string)', en: 'a string' },
  number: { ru: 'числом (number)', en: 'a number' },
  integer: { ru: 'целым числом (integer)', en: 'an integer' },
  boolean: { ru: 'логическим значением true или false (boolean)', en: 'a boolean, true or false' },
  object: { ru: 'объектом с ключами (object)', en: 'an object with keys' },
  array: { ru: 'списком (array)', en: 'a list (array)' },
  null: { ru: 'пустым значением (null)', en: 'null' },
};

const TYPE_HINTS: Record<string, Localized> = {
  boolean: {
    ru: 'пишите true или false (без кавычек); «да» и «нет» в YAML — это текст',
    en: 'write true or false (unquoted)',
  },
  array: {
    ru: 'список пишется как [a, b] или строками «- a»',
    en: 'write a list as [a, b] or as "- a" lines',
  },
};

// Patterns the schemas share, by what they mean: the raw regular expression helps nobody.
const BLANK = '\\S';
const DATE_PATTERNS = new Set(['^\\d{4}-\\d{2}-\\d{2}$', '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$']);

function actualType(value: unknown): Localized {
  if (value === null || value === undefined) return { ru: 'пустое значение', en: 'an empty value' };
  if (Array.isArray(value)) return { ru: 'список', en: 'a list' };
  switch (typeof value) {
    case 'string':
      return { ru: 'строка', en: 'a string' };
    case 'number':
      return { ru: 'число', en: 'a number' };
    case 'boolean':
      return { ru: 'логическое значение', en: 'a boolean' };
    default:
      return { ru: 'объект', en: 'an object' };
  }
}

function list(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
}

function knownKeys(parentSchema: unknown): string[] {
  const props = (parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return props ? Object.keys(props) : [];
}

/** What one error says and where: `pointer` is reported, `located` positioned (by its key when `byKey`). */
interface Described {
  pointer: string;
  located: string;
  byKey?: boolean;
  message: Localized;
  hint?: Localized;
}

/**
 * Only what a user fixes: `if` errors summarise the `then`/`else` errors beside them, and an
 * `anyOf`/`oneOf` summary goes when a more precise error stands at or under its place.
 */
function preciseErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  return errors.filter(
    (e) =>
      e.keyword !== 'if' &&
      !(
        (e.keyword === 'anyOf' || e.keyword === 'oneOf') &&
        errors.some(
          (o) => o !== e && o.keyword !== 'if' && (o.instancePath + '/').startsWith(e.instancePath + '/'),
        )
      ),
  );
}

/**
 * Turns ajv errors into positioned diagnostics: Russian from ajv-i18n, English from ajv, with our
 * own wording where a bare ajv message would not tell a school what to type (unknown keys, enums,
 * types, dates, blanks).
 */
export function schemaErrorsToDiagnostics(
  errors: readonly ErrorObject[],
  options: SchemaDiagnosticOptions = {},
): Diagnostic[] {
  const relevant = preciseErrors(errors);
  const ruErrors = relevant.map((e) => ({ ...e }));
  localizeRu(ruErrors);
  const missingByParent = new Map<string, string[]>();
  if (options.missing === 'parent') {
    for (const e of relevant) {
      if (e.keyword !== 'required') continue;
      const names = missingByParent.get(e.instancePath) ?? [];
      names.push(String((e.params as { missingProperty?: unknown }).missingProperty));
      missingByParent.set(e.instancePath, names);
    }
  }
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  relevant.forEach((e, i) => {
    const base: Localized = {
      ru: ruErrors[i]?.message ?? e.message ?? e.keyword,
      en: e.message ?? e.keyword,
    };
    const explained = options.explain?.(e);
    const described: Described =
      e.keyword === 'required' && options.missing === 'parent'
        ? missingInParent(e, missingByParent.get(e.instancePath) ?? [])
        : explained
          ? { pointer: e.instancePath, located: e.instancePath, ...explained }
          : describe(e, base, options);
    const message = withSubject(described.message, described.pointer, options.subject);
    const key = `${described.pointer}\u0000${message.en}`;
    if (seen.has(key)) return;
    seen.add(key);
    const at =
      (described.byKey ? options.locateKey?.(described.located) : undefined) ??
      options.locate?.(described.located);
    out.push(
      diagnosticAt(
        options.code ?? 'SCHEMA_VIOLATION',
        message,
        { file: at?.file ?? options.file, pointer: described.pointer, line: at?.line, column: at?.column },
        { hint: described.hint ?? options.hint },
      ),
    );
  });
  return out;
}

function withSubject(message: Localized, pointer: string, subject: Localized | undefined): Localized {
  if (!subject) return message;
  const at = pointer === '' ? '' : ` ${pointer}:`;
  return { ru: `${subject.ru}:${at} ${message.ru}`, en: `${subject.en}:${at} ${message.en}` };
}

function missingInParent(e: ErrorObject, names: readonly string[]): Described {
  const one = names.length <= 1;
  const ru = names.map((n) => `«${n}»`).join(', ');
  const en = names.map((n) => `"${n}"`).join(', ');
  return {
    pointer: e.instancePath,
    located: e.instancePath,
    message: one
      ? { ru: `нет обязательного поля ${ru}`, en: `missing required property ${en}` }
      : { ru: `нет обязательных полей: ${ru}`, en: `missing required properties: ${en}` },
    hint: one
      ? { ru: `добавьте поле ${ru}`, en: `add the property ${en}` }
      : { ru: `добавьте поля ${ru}`, en: `add the properties ${en}` },
  };
}

/** The value an error is about: ajv's own (`verbose`) or looked up in the validated data. */
function erroneousValue(
  e: ErrorObject,
  options: SchemaDiagnosticOptions,
): { known: boolean; value?: unknown } {
  if ('data' in e) return { known: true, value: e.data };
  if (options.data === undefined) return { known: false };
  return { known: true, value: valueAtPointer(options.data, e.instancePath) };
}

// long-function: one case per ajv keyword, each a short message; a switch reads as the table it is
function describe(e: ErrorObject, base: Localized, options: SchemaDiagnosticOptions): Described {
  const here = { pointer: e.instancePath, located: e.instancePath };
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const shown = quoteValue(key);
      const pointer = joinPointer(e.instancePath, key);
      const known = knownKeys(e.parentSchema);
      const suggestion = suggestKey(key, known);
      const message: Localized = suggestion
        ? {
            ru: `неизвестный ключ «${shown}»; возможно, имелось в виду «${suggestion}»`,
            en: `unknown key "${shown}"; did you mean "${suggestion}"?`,
          }
        : known.length > 0
          ? {
              ru: `неизвестный ключ «${shown}»; допустимые ключи: ${list(known)}`,
              en: `unknown key "${shown}"; allowed keys: ${list(known)}`,
            }
          : { ru: `неизвестный ключ «${shown}»`, en: `unknown key "${shown}"` };
      return {
        pointer,
        located: pointer,
        byKey: true,
        message,
        hint: suggestion
          ? { ru: `переименуйте ключ в «${suggestion}»`, en: `rename the key to "${suggestion}"` }
          : { ru: 'удалите ключ или исправьте опечатку', en: 'remove the key or fix the typo' },
      };
    }
    case 'required': {
      const missing = String(params.missingProperty);
      return {
        pointer: joinPointer(e.instancePath, missing),
        located: e.instancePath,
        message: { ru: `нет обязательного поля «${missing}»`, en: `missing required property "${missing}"` },
        hint: { ru: `добавьте поле «${missing}»`, en: `add the property "${missing}"` },
      };
    }
    case 'enum': {
      const allowed = list((params.allowedValues as unknown[]) ?? []);
      return { ...here, message: { ru: `${base.ru}: ${allowed}`, en: `${base.en}: ${allowed}` } };
    }
    case 'const': {
      const allowed = list([params.allowedValue]);
      return { ...here, message: { ru: `${base.ru}: ${allowed}`, en: `${base.en}: ${allowed}` } };
    }
    case 'type': {
      const expected = String(params.type)
        .split(',')
        .map((t) => TYPE_NAMES[t] ?? { ru: t, en: t });
      const found = erroneousValue(e, options);
      const got = found.known ? actualType(found.value) : undefined;
      return {
        ...here,
        message: {
          ru: `должно быть ${expected.map((t) => t.ru).join(' или ')}${got ? `, а здесь ${got.ru}` : ''}`,
          en: `must be ${expected.map((t) => t.en).join(' or ')}${got ? `, got ${got.en}` : ''}`,
        },
        hint: TYPE_HINTS[String(params.type)],
      };
    }
    case 'format':
      return params.format === 'date'
        ? { ...here, ...dateMessage(erroneousValue(e, options).value) }
        : { ...here, message: base };
    case 'pattern':
      if (params.pattern === BLANK)
        return { ...here, message: { ru: 'не должно быть пустым', en: 'must not be blank' } };
      if (DATE_PATTERNS.has(String(params.pattern)))
        return { ...here, ...dateMessage(erroneousValue(e, options).value) };
      return { ...here, message: base };
    case 'minLength':
      return params.limit === 1
        ? { ...here, message: { ru: 'не должно быть пустым', en: 'must not be empty' } }
        : { ...here, message: base };
    default:
      return { ...here, message: base };
  }
}

/** A date in the wrong shape; a dotted Russian date (30.08.2024) gets its ISO spelling as the hint. */
function dateMessage(value: unknown): { message: Localized; hint: Localized } {
  const dotted = typeof value === 'string' ? /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value.trim()) : null;
  const iso = dotted
    ? `${dotted[3]}-${dotted[2]?.padStart(2, '0')}-${dotted[1]?.padStart(2, '0')}`
    : undefined;
  return {
    message: {
      ru: 'должно быть датой в формате ГГГГ-ММ-ДД (например, 2024-08-30)',
      en: 'must be a date in the format YYYY-MM-DD (e.g. 2024-08-30)',
    },
    hint: iso
      ? { ru: `напишите ${iso}`, en: `write ${iso}` }
      : { ru: 'проверьте год, месяц и день', en: 'check the year, month and day' },
  };
}
