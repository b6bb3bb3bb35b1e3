import type { SourceLocation } from '../model/types.js';
import { diagnosticAt, quoteValue } from '../validate/diagnostic-at.js';
import { joinPointer, parsePointer } from '../diagnostics/json-pointer.js';
import { editDistance } from '../validate/suggest-key.js';
import { type CellResult, normalizeWord } from './csv-values.js';
import type { ParseResult } from './file-reader.js';
import { type CsvRecord, type ReadCsvOptions, readCsvTable } from './read-csv-table.js';

/** One accepted CSV column: where its value goes in the record and which headers name it. */
export interface CsvColumn {
  /** Path of the field in the loaded record, e.g. `['profile', 'created']`. */
  path: readonly string[];
  /** The Russian header a template uses. */
  ru: string;
  /** The English header a template uses (snake_case). */
  en: string;
  /** Other accepted spellings; comparison ignores case, spacing, punctuation and ё/е. */
  aliases: readonly string[];
  /** The file is refused when the column is missing. */
  required?: boolean;
  parse(cell: string): CellResult;
}

export interface CsvParseResult<T> extends ParseResult<T[]> {
  /** Data rows read (blank rows are not rows); equals value.length unless the header is unusable. */
  rowCount: number;
  /** Pointers (into `value`) of cells and rows already reported; schema errors under them are noise. */
  reportedPointers: ReadonlySet<string>;
}

export interface ParseCsvRecordsOptions extends ReadCsvOptions {
  /** Fills values that the row does not give (e.g. a generated id). */
  complete?: (record: Record<string, unknown>, rowIndex: number) => void;
}

const cleanCell = (cell: string): string => cell.replace(/^[\s\u00a0\uFEFF]+|[\s\u00a0]+$/g, '');

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let obj = target;
  for (const seg of path.slice(0, -1)) {
    let next = obj[seg];
    if (typeof next !== 'object' || next === null) {
      next = {};
      obj[seg] = next;
    }
    obj = next as Record<string, unknown>;
  }
  const last = path[path.length - 1];
  if (last !== undefined) obj[last] = value;
}

const columnNames = (c: CsvColumn): string => `«${c.ru}» / «${c.en}»`;

/** Reads a CSV table into records described by `columns`, reporting every unreadable header and cell. */
// long-function: header matching and per-cell conversion share the column map and the diagnostics of one table
export function parseCsvRecords(
  input: Uint8Array | string,
  file: string,
  columns: readonly CsvColumn[],
  options: ParseCsvRecordsOptions,
): CsvParseResult<Record<string, unknown>> {
  const { table, diagnostics } = readCsvTable(input, file, options);
  const reported = new Set<string>();
  if (!table)
    return {
      value: undefined,
      diagnostics,
      locate: () => undefined,
      rowCount: 0,
      reportedPointers: reported,
    };

  const at = (offset: number): SourceLocation => ({ file, ...table.position(offset) });
  const byName = new Map<string, number>();
  columns.forEach((c, i) => {
    for (const name of [c.ru, c.en, ...c.aliases]) byName.set(normalizeWord(name), i);
  });
  const acceptedList = columns.map(columnNames).join(', ');

  // header → column spec
  const mapping: (number | undefined)[] = [];
  const seen = new Map<number, number>();
  table.header.cells.forEach((raw, h) => {
    const name = cleanCell(raw);
    const offset = table.header.offsets[h] ?? table.header.start;
    if (name === '') {
      // Excel leaves unnamed empty columns behind; only a column that holds data needs a header.
      if (table.rows.every((r) => cleanCell(r.cells[h] ?? '') === '')) return;
      diagnostics.push(
        diagnosticAt(
          'CSV_HEADER_UNKNOWN',
          {
            ru: `у столбца ${h + 1} нет заголовка, но в нём есть данные`,
            en: `column ${h + 1} has data but no header`,
          },
          { location: at(offset) },
          { hint: { ru: `допустимые заголовки: ${acceptedList}`, en: `accepted headers: ${acceptedList}` } },
        ),
      );
      return;
    }
    const index = byName.get(normalizeWord(name));
    if (index === undefined) {
      const norm = normalizeWord(name);
      let best: CsvColumn | undefined;
      let bestDistance = Infinity;
      for (const c of norm.length > 100 ? [] : columns) {
        for (const alias of [c.ru, c.en, ...c.aliases]) {
          const d = editDistance(norm, normalizeWord(alias));
          if (d < bestDistance) {
            bestDistance = d;
            best = c;
          }
        }
      }
      const close = best && bestDistance <= Math.max(1, Math.floor(norm.length / 3)) ? best : undefined;
      diagnostics.push(
        diagnosticAt(
          'CSV_HEADER_UNKNOWN',
          close
            ? {
                ru: `неизвестный столбец «${quoteValue(name)}»; возможно, имелось в виду ${columnNames(close)}`,
                en: `unknown column "${quoteValue(name)}"; did you mean "${close.en}" ("${close.ru}")?`,
              }
            : { ru: `неизвестный столбец «${quoteValue(name)}»`, en: `unknown column "${quoteValue(name)}"` },
          { location: at(offset) },
          { hint: { ru: `допустимые заголовки: ${acceptedList}`, en: `accepted headers: ${acceptedList}` } },
        ),
      );
      return;
    }
    const earlier = seen.get(index);
    if (earlier !== undefined) {
      diagnostics.push(
        diagnosticAt(
          'CSV_HEADER_DUPLICATE',
          {
            ru: `столбец «${quoteValue(name)}» повторяет столбец ${earlier + 1} («${cleanCell(table.header.cells[earlier] ?? '')}»)`,
            en: `column "${quoteValue(name)}" repeats column ${earlier + 1} ("${cleanCell(table.header.cells[earlier] ?? '')}")`,
          },
          { location: at(offset) },
          { hint: { ru: 'оставьте один столбец', en: 'keep one of the columns' } },
        ),
      );
      return;
    }
    seen.set(index, h);
    mapping[h] = index;
  });
  const missing = columns.filter((c, i) => c.required && !seen.has(i));
  for (const c of missing) {
    diagnostics.push(
      diagnosticAt(
        'CSV_HEADER_MISSING',
        {
          ru: `нет обязательного столбца ${columnNames(c)}`,
          en: `the required column "${c.en}" ("${c.ru}") is missing`,
        },
        { location: at(table.header.start) },
        {
          hint: {
            ru: `добавьте столбец с заголовком «${c.ru}»`,
            en: `add a column with the header "${c.en}"`,
          },
        },
      ),
    );
  }
  const headerLine = table.position(table.header.start).line;
  const rowCount = table.rows.length;
  // Without a required column every row would fail the same way; one header error says it all.
  if (missing.length > 0) {
    return {
      value: [],
      diagnostics,
      locate: () => ({ file, line: headerLine, column: 1 }),
      rowCount,
      reportedPointers: reported,
    };
  }

  const width = table.header.cells.length;
  const records: Record<string, unknown>[] = table.rows.map((row: CsvRecord, i) => {
    const record: Record<string, unknown> = {};
    if (row.cells.length !== width) {
      const extra = row.cells.length > width;
      const offset = extra
        ? (row.offsets[width] ?? row.start)
        : (row.offsets[row.cells.length - 1] ?? row.start);
      reported.add(`/${i}`);
      diagnostics.push(
        diagnosticAt(
          'CSV_ROW_LENGTH',
          {
            ru: `в строке ${row.cells.length} ячеек, а в заголовке ${width}`,
            en: `the row has ${row.cells.length} cells, the header has ${width}`,
          },
          { pointer: `/${i}`, location: at(offset) },
          {
            hint: extra
              ? {
                  ru: `лишний разделитель «${table.delimiter}»? Значение с разделителем заключите в кавычки`,
                  en: `a stray "${table.delimiter}"? Quote values that contain the delimiter`,
                }
              : {
                  ru: 'не хватает ячеек: проверьте разделители',
                  en: 'cells are missing: check the delimiters',
                },
          },
        ),
      );
    }
    mapping.forEach((index, h) => {
      if (index === undefined) return;
      const column = columns[index] as CsvColumn;
      const result = column.parse(cleanCell(row.cells[h] ?? ''));
      if (result.error) {
        const pointer = joinPointer(`/${i}`, ...column.path);
        reported.add(pointer);
        diagnostics.push(
          diagnosticAt(
            'CSV_VALUE_INVALID',
            {
              ru: `столбец «${cleanCell(table.header.cells[h] ?? '')}»: ${result.error.ru}`,
              en: `column "${cleanCell(table.header.cells[h] ?? '')}": ${result.error.en}`,
            },
            { pointer, location: at(row.offsets[h] ?? row.start) },
            { hint: result.hint },
          ),
        );
        return;
      }
      if (result.value !== undefined) setPath(record, column.path, result.value);
    });
    options.complete?.(record, i);
    return record;
  });

  const columnOfHeader = new Map<number, number>();
  mapping.forEach((index, h) => {
    if (index !== undefined) columnOfHeader.set(index, h);
  });
  const locate = (pointer: string): SourceLocation | undefined => {
    const [first, ...rest] = parsePointer(pointer);
    if (first === undefined || !/^\d+$/.test(first)) return { file, line: headerLine, column: 1 };
    const row = table.rows[Number(first)];
    if (!row) return { file, line: headerLine, column: 1 };
    // The column whose field holds the pointer, or the first column under the pointed-to object.
    let best: number | undefined;
    columns.forEach((c, index) => {
      const h = columnOfHeader.get(index);
      if (h === undefined || best !== undefined) return;
      const n = Math.min(c.path.length, rest.length);
      if (rest.length > 0 && c.path.slice(0, n).every((seg, k) => seg === rest[k])) best = h;
    });
    return at(best === undefined ? row.start : (row.offsets[best] ?? row.start));
  };

  return { value: records, diagnostics, locate, rowCount, reportedPointers: reported };
}
