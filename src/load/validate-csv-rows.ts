import type { ValidateFunction } from 'ajv/dist/2020.js';
import { schemaErrorsToDiagnostics } from '../validate/schema-diagnostics.js';
import type { ReadCsvOptions } from './read-csv-table.js';
import type { CsvParseResult } from './parse-csv-records.js';
import { append } from '../util/append.js';

export interface ParseCsvOptions extends ReadCsvOptions {
  /** Check each row against the person/channel schema (default true; loadSchool validates the whole input instead). */
  validate?: boolean;
}

/** True when `pointer` is one of `reported` or lies under one of them. */
export function isUnder(pointer: string | undefined, reported: ReadonlySet<string>): boolean {
  if (pointer === undefined || reported.size === 0) return false;
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    if (reported.has(p)) return true;
    if (p === '') return false;
  }
}

/** Schema-checks each record, dropping errors under cells the CSV reader already reported. */
export function validateCsvRows<T>(
  result: CsvParseResult<T>,
  validator: ValidateFunction,
  file: string,
): void {
  (result.value ?? []).forEach((record, i) => {
    if (validator(record)) return;
    const found = schemaErrorsToDiagnostics(
      (validator.errors ?? []).map((e) => ({ ...e, instancePath: `/${i}${e.instancePath}` })),
      { file, locate: result.locate },
    );
    append(
      result.diagnostics,
      found.filter((d) => !isUnder(d.pointer, result.reportedPointers)),
    );
  });
}
