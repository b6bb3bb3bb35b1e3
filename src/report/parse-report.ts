import type { ValidateFunction } from 'ajv';
import { readYaml } from '../config/read-yaml.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { schemaErrorsToDiagnostics } from '../validate/schema-diagnostics.js';
import * as generated from './report-validator.generated.js';
import type { Report } from './types.js';

/** schemas/report.schema.json, compiled at build time (scripts/gen-validators.mjs). */
const validator = (): ValidateFunction => generated.report as unknown as ValidateFunction;

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
      diagnostics: schemaErrorsToDiagnostics(check.errors ?? [], {
        code: 'REPORT_INVALID',
        file,
        locate: doc.locate,
        locateKey: doc.locateKey,
        data: doc.value,
        subject: { ru: 'Отчёт', en: 'Report' },
        missing: 'parent',
      }),
    };
  }
  return { report: doc.value as Report, diagnostics: [] };
}
