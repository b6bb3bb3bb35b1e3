import { CsvError, parse } from 'csv-parse/sync';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { diagnosticAt } from '../validate/diagnostic-at.js';
import { decodeText, type TextEncodingName } from './decode-text.js';
import { LineIndex } from './line-index.js';

export interface CsvRecord {
  cells: string[];
  /** Offset of each cell's first character (its opening quote when quoted). */
  offsets: number[];
  start: number;
}

export interface CsvTable {
  file: string;
  text: string;
  encoding: TextEncodingName;
  delimiter: ';' | ',';
  header: CsvRecord;
  /** Data rows, blank rows (every cell empty) left out. */
  rows: CsvRecord[];
  position(offset: number): { line: number; column: number };
}

export interface ReadCsvOptions {
  delimiter?: ';' | ',';
  encoding?: TextEncodingName;
}

/** Finds record and cell starts the way csv-parse splits them (quotes open only at a cell start). */
function scanPositions(
  text: string,
  delimiter: string,
): { records: { start: number; fields: number[] }[]; unclosedQuote?: number } {
  const records: { start: number; fields: number[] }[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const rec = { start: i, fields: [] as number[] };
    for (;;) {
      rec.fields.push(i);
      if (text[i] === '"') {
        const open = i;
        i += 1;
        for (;;) {
          if (i >= n) return { records, unclosedQuote: open };
          if (text[i] === '"') {
            if (text[i + 1] === '"') {
              i += 2;
              continue;
            }
            i += 1;
            break;
          }
          i += 1;
        }
      }
      while (i < n && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') i += 1;
      if (i < n && text[i] === delimiter) {
        i += 1;
        continue;
      }
      break;
    }
    if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
    else if (i < n) i += 1;
    records.push(rec);
  }
  return { records };
}

function detectDelimiter(line: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === ';') semicolons += 1;
    else if (!quoted && c === ',') commas += 1;
  }
  return semicolons >= commas && semicolons > 0 ? ';' : commas > 0 ? ',' : ';';
}

const isBlank = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '');

/**
 * Decodes and splits a CSV file: UTF-8 with or without BOM, or Windows-1251; `;` or `,` detected
 * from the header line (or Excel's `sep=;` first line) unless given. Keeps each cell's position.
 */
// long-function: decoding, separator detection and splitting share the positions kept for every cell
export function readCsvTable(
  input: Uint8Array | string,
  file: string,
  options: ReadCsvOptions = {},
): { table?: CsvTable; diagnostics: Diagnostic[] } {
  let text: string;
  let encoding: TextEncodingName = 'utf-8';
  if (typeof input === 'string') text = input.replace(/^\uFEFF/, '');
  else {
    const decoded = decodeText(input, { encoding: options.encoding, allowCp1251: true });
    if (!decoded.ok) {
      return {
        diagnostics: [
          diagnosticAt(
            'ENCODING_INVALID',
            decoded.message,
            { file, line: decoded.line, column: decoded.column },
            {
              hint: {
                ru: 'сохраните файл как «CSV UTF-8» или в Windows-1251',
                en: 'save the file as "CSV UTF-8" or Windows-1251',
              },
            },
          ),
        ],
      };
    }
    text = decoded.text;
    encoding = decoded.encoding;
  }
  const lines = new LineIndex(text);
  const position = (offset: number) => lines.position(offset);
  if (text.trim() === '') {
    return {
      diagnostics: [
        diagnosticAt(
          'FILE_EMPTY',
          { ru: `файл «${file}» пуст`, en: `file "${file}" is empty` },
          { file },
          {
            hint: {
              ru: 'первая строка CSV — заголовки столбцов',
              en: 'the first CSV line holds the column headers',
            },
          },
        ),
      ],
    };
  }

  const firstLine = /^[^\r\n]*/.exec(text)?.[0] ?? '';
  const sep = /^sep=([;,])\s*$/i.exec(firstLine);
  const headerLine =
    (sep ? text.slice(firstLine.length).replace(/^\r?\n/, '') : text)
      .split(/\r\n|\n|\r/)
      .find((l) => l.trim() !== '') ?? '';
  const delimiter = options.delimiter ?? (sep?.[1] as ';' | ',' | undefined) ?? detectDelimiter(headerLine);

  const scanned = scanPositions(text, delimiter);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: false,
      bom: false,
    }) as string[][];
  } catch (error) {
    const quote = scanned.unclosedQuote;
    if (quote !== undefined || (error instanceof CsvError && error.code === 'CSV_QUOTE_NOT_CLOSED')) {
      const at = position(quote ?? 0);
      return {
        diagnostics: [
          diagnosticAt(
            'CSV_SYNTAX',
            { ru: 'кавычка открыта и не закрыта до конца файла', en: 'a quote is opened and never closed' },
            { file, line: at.line, column: at.column },
            {
              hint: {
                ru: 'закройте кавычку; кавычка внутри значения пишется двумя: ""',
                en: 'close the quote; a quote inside a value is written twice: ""',
              },
            },
          ),
        ],
      };
    }
    const line =
      error instanceof CsvError && typeof (error as { lines?: unknown }).lines === 'number'
        ? (error as unknown as { lines: number }).lines
        : undefined;
    return {
      diagnostics: [
        diagnosticAt(
          'CSV_SYNTAX',
          {
            ru: `ошибка разбора CSV: ${(error as Error).message}`,
            en: `CSV parse error: ${(error as Error).message}`,
          },
          { file, line, column: line === undefined ? undefined : 1 },
        ),
      ],
    };
  }

  const table: CsvRecord[] = records.map((cells, k) => {
    const pos = scanned.records[k];
    const aligned = pos !== undefined && pos.fields.length === cells.length;
    const start = pos?.start ?? 0;
    return { cells, offsets: aligned ? pos.fields : cells.map(() => start), start };
  });
  let first = 0;
  if (sep) first = 1;
  while (first < table.length && isBlank(table[first]?.cells ?? [])) first += 1;
  const header = table[first];
  if (!header) {
    return {
      diagnostics: [
        diagnosticAt(
          'FILE_EMPTY',
          { ru: `в файле «${file}» нет строки заголовков`, en: `file "${file}" has no header line` },
          { file },
        ),
      ],
    };
  }
  const rows = table.slice(first + 1).filter((r) => !isBlank(r.cells));
  return { table: { file, text, encoding, delimiter, header, rows, position }, diagnostics: [] };
}
