import type { Person } from '../model/types.js';
import { getValidators } from '../validate/ajv-instance.js';
import { PEOPLE_CSV_COLUMNS } from './csv-columns.js';
import { type CsvParseResult, parseCsvRecords } from './parse-csv-records.js';
import { type ParseCsvOptions, validateCsvRows } from './validate-csv-rows.js';

/** Reads a roster CSV (Russian or English headers, `;` or `,`, UTF-8 or Windows-1251). */
export function parsePeopleCsv(
  bytes: Uint8Array | string,
  file: string,
  options: ParseCsvOptions = {},
): CsvParseResult<Person> {
  const result = parseCsvRecords(bytes, file, PEOPLE_CSV_COLUMNS, {
    ...options,
    complete: (record) => {
      // Required objects exist even when their cells were unreadable, so errors point at cells.
      record.profile ??= { created: false };
      record.eschool ??= { linked: false };
    },
  }) as unknown as CsvParseResult<Person>;
  if (options.validate !== false) validateCsvRows(result, getValidators().person, file);
  return result;
}
