import type { ValidateFunction } from 'ajv';
import { LineCounter, parseDocument } from 'yaml';
import * as generated from './editions-validator.generated.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { yamlPosition } from '../load/yaml-position.js';
import { yamlProblem } from '../load/yaml-problem.js';
import { schemaErrorsToDiagnostics } from '../validate/schema-diagnostics.js';
import type { Edition } from './types.js';

/** schemas/editions.schema.json, compiled at build time (scripts/gen-validators.mjs). */
const validator = generated.editions as unknown as ValidateFunction;

/**
 * Parses a region's editions file (the shape of rules/data/editions.yaml). Problems come back as
 * `EDITION_INVALID` diagnostics with a JSON pointer and line:col; never throws.
 */
export function parseEditions(
  text: string,
  file?: string,
): { editions?: Edition[]; diagnostics: Diagnostic[] } {
  const subject = { ru: 'Файл редакций', en: 'Editions file' };
  const hint = {
    ru: 'Сверьте файл со схемой schemas/editions.schema.json (docs/editions.md).',
    en: 'Check the file against schemas/editions.schema.json (docs/editions.md).',
  };
  const aliasLimit = (ru: string, en: string): { diagnostics: Diagnostic[] } => ({
    diagnostics: [
      {
        code: 'YAML_ALIAS_LIMIT',
        severity: 'error',
        message: { ru: `${subject.ru}: ${ru}`, en: `${subject.en}: ${en}` },
        ...(file !== undefined ? { file } : {}),
        hint,
      },
    ],
  });
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: true, lineCounter, prettyErrors: false });
  if (doc.errors.length > 0)
    return { diagnostics: doc.errors.map((e) => yamlProblem(e, { text, lineCounter, file, subject })) };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    return aliasLimit(
      `слишком много раскрытий псевдонимов YAML (${String(err).split('\n')[0]})`,
      `too many YAML alias expansions (${String(err).split('\n')[0]})`,
    );
  }
  if (!validator(data)) {
    const diagnostics = schemaErrorsToDiagnostics(validator.errors ?? [], {
      code: 'EDITION_INVALID',
      file,
      locate: (pointer) => yamlPosition(doc, lineCounter, pointer),
      locateKey: (pointer) => yamlPosition(doc, lineCounter, pointer, { key: true }),
      data,
      subject,
      missing: 'parent',
      hint,
    });
    return { diagnostics };
  }
  return { editions: (data as { editions: Edition[] }).editions, diagnostics: [] };
}
