import type { Channel } from '../model/types.js';
import { getValidators } from '../validate/ajv-instance.js';
import { CHANNEL_CSV_COLUMNS } from './csv-columns.js';
import { type CsvParseResult, parseCsvRecords } from './parse-csv-records.js';
import { type ParseCsvOptions, validateCsvRows } from './validate-csv-rows.js';

/** Reads a channel inventory CSV. Rows without an id get `ch-<N>` (N = 1-based data row). */
export function parseChannelsCsv(
  bytes: Uint8Array | string,
  file: string,
  options: ParseCsvOptions = {},
): CsvParseResult<Channel> {
  const result = parseCsvRecords(bytes, file, CHANNEL_CSV_COLUMNS, {
    ...options,
    complete: (record, i) => {
      record.id ??= `ch-${i + 1}`;
    },
  }) as unknown as CsvParseResult<Channel>;
  if (options.validate !== false) validateCsvRows(result, getValidators().channel, file);
  return result;
}
