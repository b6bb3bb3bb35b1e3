import Ajv2020 from 'ajv/dist/2020.js';
import reportSchema from '../../schemas/report.schema.json';
import { readYaml } from '../config/read-yaml.js';
import { schemaDiagnostics } from '../config/schema-diagnostics.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Report } from './types.js';

let validate: ReturnType<Ajv2020['compile']> | undefined;
function validator() {
  validate ??= new Ajv2020({ allErrors: true, strict: false }).compile(reportSchema);
  return validate;
}

/**
 * Reads a report saved with `--format json` back, checked against `schemas/report.schema.json`,
 * so it can be rendered again in another format (`render`). Problems come back as positioned
 * `REPORT_INVALID` diagnostics; `report` is absent when there are any.
 */
export function parseReport(text: string, file: string): { report?: Report; diagnostics: Diagnostic[] } {
  const doc = readYaml(text, file);
  if (doc.diagnostics.length > 0) return { diagnostics: doc.diagnostics };
  const check = validator();
  if (!check(doc.value)) {
    return {
      diagnostics: schemaDiagnostics(check.errors ?? [], 'REPORT_INVALID', file, doc, {
        ru: 'Отчёт',
        en: 'Report',
      }),
    };
  }
  return { report: doc.value as Report, diagnostics: [] };
}
