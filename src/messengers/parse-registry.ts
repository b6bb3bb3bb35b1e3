import type { ErrorObject, ValidateFunction } from 'ajv';
import { LineCounter, parseDocument, type Document } from 'yaml';
import * as generated from './registry-validator.generated.js';
import type { Diagnostic, DiagnosticCode } from '../diagnostics/index.js';
import type { MessengerEntry, MessengerEntryData, MessengerRegistry } from './types.js';
import { materializeRegistry } from './registry-as-of.js';
import { registryHash } from './registry-hash.js';
import { compactAlias, normalizeHost } from './registry-index.js';
import { joinPointer } from '../diagnostics/json-pointer.js';
import { yamlPosition } from '../load/yaml-position.js';
import { yamlProblem } from '../load/yaml-problem.js';
import { schemaErrorsToDiagnostics } from '../validate/schema-diagnostics.js';

const REGISTRY = { ru: 'Реестр мессенджеров', en: 'Messenger registry' };

/**
 * schemas/messengers.schema.json, compiled at build time with `allErrors` (every problem of the
 * file at once, not one per run): scripts/gen-validators.mjs.
 */
function validate(): ValidateFunction {
  return generated.registry as unknown as ValidateFunction;
}

function diag(
  code: DiagnosticCode,
  ru: string,
  en: string,
  where: { file?: string; pointer?: string; line?: number; column?: number },
  hint?: { ru: string; en: string },
): Diagnostic {
  const d: Diagnostic = { code, severity: 'error', message: { ru, en } };
  if (hint) d.hint = hint;
  if (where.file !== undefined) d.file = where.file;
  if (where.pointer !== undefined) d.pointer = where.pointer;
  if (where.line !== undefined) d.line = where.line;
  if (where.column !== undefined) d.column = where.column;
  return d;
}

// What a pattern expects, by the property it guards: the raw regular expression helps nobody.
const PATTERN_HELP: Readonly<Record<string, { ru: string; en: string }>> = {
  id: {
    ru: 'ожидается латиница в нижнем регистре, цифры и дефисы (vk-messenger-edu)',
    en: 'expected lower-case Latin letters, digits and hyphens (vk-messenger-edu)',
  },
  family: {
    ru: 'ожидается латиница в нижнем регистре, цифры и дефисы (vk)',
    en: 'expected lower-case Latin letters, digits and hyphens (vk)',
  },
  domains: {
    ru: 'ожидается имя хоста в нижнем регистре без схемы и пути (t.me, chat.whatsapp.com)',
    en: 'expected a lower-case host name without scheme or path (t.me, chat.whatsapp.com)',
  },
  schemes: {
    ru: 'ожидается схема с двоеточием (tg:, mailto:)',
    en: 'expected a scheme with its colon (tg:, mailto:)',
  },
  linkPaths: {
    ru: 'ожидается путь, начинающийся с / (/joinchat)',
    en: 'expected a path starting with / (/joinchat)',
  },
  effectiveFrom: { ru: 'ожидается дата ГГГГ-ММ-ДД', en: 'expected a date YYYY-MM-DD' },
  version: { ru: 'ожидается версия вида 2026.11.1', en: 'expected a version like 2026.11.1' },
};

/** What a registry value means where the generic schema message would show a regular expression. */
function explainRegistryError(e: ErrorObject): { message: { ru: string; en: string } } | undefined {
  if (e.keyword === 'type' && e.instancePath === '/version') {
    // `version: 2026.11` is a number to YAML.
    return {
      message: {
        ru: 'версия должна быть строкой: заключите её в кавычки (version: "2026.11")',
        en: 'the version must be a string: quote it (version: "2026.11")',
      },
    };
  }
  if (e.keyword !== 'pattern') return undefined;
  const parts = e.instancePath.split('/').filter((p) => p !== '' && !/^\d+$/.test(p));
  const help = PATTERN_HELP[parts[parts.length - 1] ?? ''];
  return help ? { message: help } : undefined;
}

function schemaDiagnostics(
  errors: readonly ErrorObject[],
  data: unknown,
  doc: Document,
  lc: LineCounter,
  file: string | undefined,
): Diagnostic[] {
  return schemaErrorsToDiagnostics(errors, {
    code: 'REGISTRY_INVALID',
    file,
    locate: (pointer) => yamlPosition(doc, lc, pointer),
    locateKey: (pointer) => yamlPosition(doc, lc, pointer, { key: true }),
    data,
    subject: REGISTRY,
    missing: 'parent',
    explain: explainRegistryError,
    hint: {
      ru: 'Сверьте запись со схемой schemas/messengers.schema.json.',
      en: 'Check the entry against schemas/messengers.schema.json.',
    },
  });
}

function duplicateDiagnostics(
  entries: readonly MessengerEntry[],
  doc: Document,
  lc: LineCounter,
  file: string | undefined,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const check = (
    what: { ru: string; en: string },
    field: 'aliases' | 'domains' | 'schemes' | null,
    keyOf: (v: string) => string,
  ): void => {
    const owner = new Map<string, number>();
    entries.forEach((entry, i) => {
      const values = field === null ? [entry.id] : (entry[field] ?? []);
      const own = new Set<string>();
      values.forEach((v, j) => {
        const key = keyOf(v);
        if (key === '' || own.has(key)) return;
        own.add(key);
        const first = owner.get(key);
        if (first === undefined) {
          owner.set(key, i);
          return;
        }
        const path: (string | number)[] = field === null ? ['entries', i, 'id'] : ['entries', i, field, j];
        const firstId = entries[first]?.id ?? String(first);
        const [ru, en] =
          field === null
            ? [
                `Реестр мессенджеров: идентификатор «${v}» повторяется (уже занят записью № ${first + 1}).`,
                `Messenger registry: id "${v}" is repeated (already taken by entry #${first + 1}).`,
              ]
            : [
                `Реестр мессенджеров: ${what.ru} «${v}» у записи «${entry.id}» уже есть у записи «${firstId}».`,
                `Messenger registry: ${what.en} "${v}" of entry "${entry.id}" already belongs to entry "${firstId}".`,
              ];
        out.push(
          diag(
            'REGISTRY_INVALID',
            ru,
            en,
            { file, pointer: joinPointer('', ...path), ...yamlPosition(doc, lc, joinPointer('', ...path)) },
            {
              ru: 'Одно написание, домен или идентификатор должен указывать на один сервис: удалите повтор.',
              en: 'A spelling, domain or id must point to one service: remove the repetition.',
            },
          ),
        );
      });
    });
  };
  check({ ru: 'идентификатор', en: 'id' }, null, (v) => v.toLowerCase());
  // Aliases clash when they normalise alike: «Whats App» and «whatsapp» are one spelling.
  check({ ru: 'псевдоним', en: 'alias' }, 'aliases', compactAlias);
  check({ ru: 'домен', en: 'domain' }, 'domains', normalizeHost);
  check({ ru: 'схема', en: 'scheme' }, 'schemes', (v) => v.toLowerCase());
  return out;
}

/**
 * An entry in the old format (a status without dates or source address) still loads, so existing
 * overlays keep working; a warning says how to date it.
 */
function legacyDiagnostics(
  entries: readonly MessengerEntryData[],
  doc: Document,
  lc: LineCounter,
  file: string | undefined,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  entries.forEach((e, i) => {
    if (e.history) return;
    const d = diag(
      'REGISTRY_LEGACY_FORMAT',
      `Реестр мессенджеров: запись «${e.id}» в старом формате (status без истории): статус действует без дат и без адреса источника.`,
      `Messenger registry: entry "${e.id}" is in the old format (status without history): the status applies undated and without a source address.`,
      {
        file,
        pointer: joinPointer('', 'entries', i, 'status'),
        ...yamlPosition(doc, lc, joinPointer('', 'entries', i, 'status')),
      },
      {
        ru: 'Замените status на history: [{ kind: region, status: …, from: ГГГГ-ММ-ДД, source: { title, url, read } }] (docs/registry.md).',
        en: 'Replace status with history: [{ kind: region, status: …, from: YYYY-MM-DD, source: { title, url, read } }] (docs/registry.md).',
      },
    );
    d.severity = 'warning';
    out.push(d);
  });
  return out;
}

/**
 * Parses and validates a messenger registry (YAML or JSON text). Problems come back as
 * positioned diagnostics (`YAML_SYNTAX`, `YAML_DUPLICATE_KEY`, `REGISTRY_INVALID`); the registry
 * is returned only when there are no errors (an entry in the old undated format is a
 * `REGISTRY_LEGACY_FORMAT` warning). Never throws.
 */
export function parseRegistry(
  yamlText: string,
  file?: string,
): { registry?: MessengerRegistry; diagnostics: Diagnostic[] } {
  const lc = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(yamlText, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
  } catch (err) {
    return {
      diagnostics: [
        diag(
          'YAML_SYNTAX',
          `Реестр мессенджеров не читается как YAML: ${String(err)}`,
          `Messenger registry is not readable YAML: ${String(err)}`,
          { file },
        ),
      ],
    };
  }
  if (doc.errors.length > 0) {
    return {
      diagnostics: doc.errors.map((e) =>
        yamlProblem(e, { text: yamlText, lineCounter: lc, file, subject: REGISTRY }),
      ),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    return {
      diagnostics: [
        diag(
          'YAML_ALIAS_LIMIT',
          `Реестр мессенджеров: слишком много YAML-ссылок (${String(err)})`,
          `Messenger registry: too many YAML aliases (${String(err)})`,
          { file },
        ),
      ],
    };
  }
  const v = validate();
  if (!v(data)) return { diagnostics: schemaDiagnostics(v.errors ?? [], data, doc, lc, file) };
  const raw = data as { version: string; source: string; entries: MessengerEntryData[] };
  const dups = duplicateDiagnostics(raw.entries as MessengerEntry[], doc, lc, file);
  if (dups.length > 0) return { diagnostics: dups };
  const registry = materializeRegistry({
    version: raw.version,
    source: raw.source,
    hash: registryHash(raw.version, raw.entries),
    entries: raw.entries,
  });
  return { registry, diagnostics: legacyDiagnostics(raw.entries, doc, lc, file) };
}
