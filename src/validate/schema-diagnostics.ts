import type { ErrorObject } from 'ajv/dist/2020.js';
import localizeRu from 'ajv-i18n/localize/ru/index.js';
import type { Diagnostic, Localized } from '../diagnostics/diagnostic.js';
import type { SourceLocation } from '../model/types.js';
import { type DiagnosticPlace, diagnosticAt, quoteValue } from './diagnostic-at.js';
import { joinPointer } from '../diagnostics/json-pointer.js';
import { suggestKey } from './suggest-key.js';

export type Locate = (pointer: string) => SourceLocation | undefined;

export interface SchemaDiagnosticContext {
  file?: string;
  /** Position of the value at a pointer. */
  locate?: Locate;
  /** Position of the key that holds the value at a pointer (for unknown keys); falls back to `locate`. */
  locateKey?: Locate;
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

/**
 * Turns ajv errors into diagnostics: Russian from ajv-i18n, English from ajv, with our own wording
 * where a bare ajv message would not tell a school what to type (unknown keys, enums, types, dates).
 */
export function schemaErrorsToDiagnostics(
  errors: readonly ErrorObject[],
  ctx: SchemaDiagnosticContext = {},
): Diagnostic[] {
  // `if` errors only summarise the `then`/`else` errors reported next to them.
  const relevant = errors.filter((e) => e.keyword !== 'if');
  const ruErrors = relevant.map((e) => ({ ...e }));
  localizeRu(ruErrors);
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  relevant.forEach((e, i) => {
    const ruBase = ruErrors[i]?.message ?? e.message ?? e.keyword;
    const enBase = e.message ?? e.keyword;
    const d = toDiagnostic(e, ruBase, enBase, ctx);
    const key = `${d.pointer}\u0000${d.message.en}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(d);
  });
  return out;
}

// long-function: one case per ajv keyword, each a short message; a switch reads as the table it is
function toDiagnostic(
  e: ErrorObject,
  ruBase: string,
  enBase: string,
  ctx: SchemaDiagnosticContext,
): Diagnostic {
  const at = (pointer: string, located: string = pointer, byKey = false): DiagnosticPlace => {
    const location = byKey ? (ctx.locateKey?.(located) ?? ctx.locate?.(located)) : ctx.locate?.(located);
    return { file: ctx.file, pointer, location };
  };
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
        : {
            ru: `неизвестный ключ «${shown}»; допустимые ключи: ${list(known)}`,
            en: `unknown key "${shown}"; allowed keys: ${list(known)}`,
          };
      return diagnosticAt('SCHEMA_VIOLATION', message, at(pointer, pointer, true), {
        hint: suggestion
          ? { ru: `переименуйте ключ в «${suggestion}»`, en: `rename the key to "${suggestion}"` }
          : { ru: 'удалите ключ или исправьте опечатку', en: 'remove the key or fix the typo' },
      });
    }
    case 'required': {
      const missing = String(params.missingProperty);
      const pointer = joinPointer(e.instancePath, missing);
      return diagnosticAt(
        'SCHEMA_VIOLATION',
        { ru: `нет обязательного поля «${missing}»`, en: `missing required property "${missing}"` },
        at(pointer, e.instancePath),
        { hint: { ru: `добавьте поле «${missing}»`, en: `add the property "${missing}"` } },
      );
    }
    case 'enum': {
      const allowed = list((params.allowedValues as unknown[]) ?? []);
      return diagnosticAt(
        'SCHEMA_VIOLATION',
        { ru: `${ruBase}: ${allowed}`, en: `${enBase}: ${allowed}` },
        at(e.instancePath),
      );
    }
    case 'const':
      return diagnosticAt(
        'SCHEMA_VIOLATION',
        { ru: `${ruBase}: ${list([params.allowedValue])}`, en: `${enBase}: ${list([params.allowedValue])}` },
        at(e.instancePath),
      );
    case 'type': {
      const expected = String(params.type)
        .split(',')
        .map((t) => TYPE_NAMES[t] ?? { ru: t, en: t });
      const got = actualType(e.data);
      const hint: Localized | undefined =
        params.type === 'boolean'
          ? {
              ru: 'пишите true или false (без кавычек); «да» и «нет» в YAML — это текст',
              en: 'write true or false (unquoted)',
            }
          : params.type === 'array'
            ? {
                ru: 'список пишется как [a, b] или строками «- a»',
                en: 'write a list as [a, b] or as "- a" lines',
              }
            : undefined;
      return diagnosticAt(
        'SCHEMA_VIOLATION',
        {
          ru: `должно быть ${expected.map((t) => t.ru).join(' или ')}, а здесь ${got.ru}`,
          en: `must be ${expected.map((t) => t.en).join(' or ')}, got ${got.en}`,
        },
        at(e.instancePath),
        { hint },
      );
    }
    case 'format': {
      if (params.format === 'date') {
        const dotted =
          typeof e.data === 'string' ? /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(e.data.trim()) : null;
        const iso = dotted
          ? `${dotted[3]}-${dotted[2]?.padStart(2, '0')}-${dotted[1]?.padStart(2, '0')}`
          : undefined;
        return diagnosticAt(
          'SCHEMA_VIOLATION',
          {
            ru: 'должно быть датой в формате ГГГГ-ММ-ДД (например, 2024-08-30)',
            en: 'must be a date in the format YYYY-MM-DD (e.g. 2024-08-30)',
          },
          at(e.instancePath),
          {
            hint: iso
              ? { ru: `напишите ${iso}`, en: `write ${iso}` }
              : { ru: 'проверьте год, месяц и день', en: 'check the year, month and day' },
          },
        );
      }
      return diagnosticAt('SCHEMA_VIOLATION', { ru: ruBase, en: enBase }, at(e.instancePath));
    }
    case 'pattern':
      // Every pattern in the input schemas is `\S`: the value is blank.
      return diagnosticAt(
        'SCHEMA_VIOLATION',
        { ru: 'не должно быть пустым', en: 'must not be blank' },
        at(e.instancePath),
      );
    default:
      return diagnosticAt('SCHEMA_VIOLATION', { ru: ruBase, en: enBase }, at(e.instancePath));
  }
}
