import type { ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import * as generated from './editions-validator.generated.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Edition } from './types.js';

/** schemas/editions.schema.json, compiled at build time (scripts/gen-validators.mjs). */
const validator = generated.editions as unknown as ValidateFunction;

/**
 * Parses a region's editions file (the shape of rules/data/editions.yaml). Problems come back as
 * `EDITION_INVALID` diagnostics with a JSON pointer; never throws.
 */
export function parseEditions(
  text: string,
  file?: string,
): { editions?: Edition[]; diagnostics: Diagnostic[] } {
  const fail = (ru: string, en: string, pointer?: string): { diagnostics: Diagnostic[] } => ({
    diagnostics: [
      {
        code: 'EDITION_INVALID',
        severity: 'error',
        message: { ru: `Файл редакций: ${ru}`, en: `Editions file: ${en}` },
        ...(file !== undefined ? { file } : {}),
        ...(pointer !== undefined ? { pointer } : {}),
        hint: {
          ru: 'Сверьте файл со схемой schemas/editions.schema.json (docs/editions.md).',
          en: 'Check the file against schemas/editions.schema.json (docs/editions.md).',
        },
      },
    ],
  });
  let data: unknown;
  try {
    data = parse(text, { uniqueKeys: true, maxAliasCount: 100 });
  } catch (err) {
    return fail(
      `не читается как YAML: ${String(err).split('\n')[0]}`,
      `not readable YAML: ${String(err).split('\n')[0]}`,
    );
  }
  if (!validator(data)) {
    const e = validator.errors?.[0];
    const where = e?.instancePath || '/';
    return fail(
      `${where}: ${e?.message ?? 'не соответствует схеме'}`,
      `${where}: ${e?.message ?? 'does not match the schema'}`,
      e?.instancePath,
    );
  }
  return { editions: (data as { editions: Edition[] }).editions, diagnostics: [] };
}
