import { capDiagnostics } from '../diagnostics/cap-diagnostics.js';
import { type Diagnostic, hasErrors } from '../diagnostics/diagnostic.js';
import type { SchoolFile, SourceLocation, SourceMap } from '../model/types.js';
import { getValidators } from '../validate/ajv-instance.js';
import { normalizeRoleWords } from './normalize-role-words.js';
import { validateChecked } from '../validate/validate.js';
import {
  DEFAULT_MAX_FILE_BYTES,
  type FileReader,
  type LoadCounts,
  type LoadOptions,
  type LoadResult,
} from './file-reader.js';
import type { CsvParseResult } from './parse-csv-records.js';
import { parseAttestationsFile } from './parse-attestations-file.js';
import { parseChannelsCsv } from './parse-channels-csv.js';
import { parsePeopleCsv } from './parse-people-csv.js';
import { parseSchoolDocumentChecked } from './parse-school-document.js';
import { outside, readInputFile, sha256Hex, withoutFolder } from './read-input-file.js';
import { isAbsolutePath, isInsidePath } from './resolve-path.js';
import { quoteValue } from '../validate/diagnostic-at.js';
import { toAuditInput } from './to-audit-input.js';
import { isUnder, type ParseCsvOptions } from './validate-csv-rows.js';
import { append } from '../util/append.js';

type Section = 'people' | 'channels';
const SECTIONS: readonly Section[] = ['people', 'channels'];

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Loads a school file (YAML or JSON) and the CSV files it references, validates the whole input,
 * and returns it with positions for every value. `input` is present only when nothing is an error.
 */
// long-function: the loading pipeline in order (entry file, referenced CSVs, validation, assembly), each step a call
export async function loadSchool(
  entryPath: string,
  reader: FileReader,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const diagnostics: Diagnostic[] = [];
  const files: { path: string; sha256: string }[] = [];
  const counts: LoadCounts = { people: 0, channels: 0, documents: 0, admins: 0, classes: 0 };
  const done = (): LoadResult => ({
    diagnostics: capDiagnostics(sortDiagnostics(diagnostics, files)),
    counts,
  });

  const shownEntry = options.displayPath ?? entryPath;
  const entry = await readInputFile(reader, entryPath, {
    maxFileBytes,
    given: shownEntry,
    shown: shownEntry,
  });
  append(diagnostics, entry.diagnostics);
  if (!entry.bytes) return done();
  files.push({ path: shownEntry, sha256: (reader.sha256 ?? sha256Hex)(entry.bytes) });

  const { parsed, schemaValid } = parseSchoolDocumentChecked(entry.bytes, shownEntry, options);
  // The schema accepted the parsed value: it is not run again unless the value changes below.
  let unchanged = schemaValid;
  append(diagnostics, parsed.diagnostics);
  if (hasErrors(parsed.diagnostics) || parsed.value === undefined) return done();
  const doc: unknown = parsed.value;

  const root = options.root ?? reader.resolve(entryPath, '.');
  const csv: Partial<Record<Section, { file: string; result: CsvParseResult<unknown> }>> = {};
  if (isObject(doc)) {
    for (const section of SECTIONS) {
      const override = section === 'people' ? options.peoplePath : options.channelsPath;
      const ref = doc[section];
      let path: string;
      let shown: string;
      let read: Awaited<ReturnType<typeof readInputFile>>;
      let csvOptions: ParseCsvOptions = { validate: false };
      if (override !== undefined) {
        // Given on the command line: replaces whatever the school file says, named as given.
        path = override;
        shown = override;
        read = await readInputFile(reader, path, { maxFileBytes, given: override });
      } else {
        // A malformed reference is left in place for schema validation to report.
        if (!isObject(ref) || !getValidators().fileReference(ref)) continue;
        const given = ref.file as string;
        path = reader.resolve(entryPath, given);
        shown = reader.resolve(shownEntry, given);
        const pointer = `/${section}/file`;
        const referencedAt = { file: shownEntry, pointer, location: parsed.locate(pointer) };
        if (options.entryHasNoFolder) {
          read = withoutFolder(referencedAt, { ru: `«${quoteValue(given)}»`, en: `"${quoteValue(given)}"` });
        } else if (isAbsolutePath(given) || !(reader.contains ?? isInsidePath)(root, path)) {
          // Refused before the file is touched: nothing of it can reach an output.
          read = outside(referencedAt, { ru: `«${quoteValue(given)}»`, en: `"${quoteValue(given)}"` });
        } else {
          read = await readInputFile(reader, path, {
            maxFileBytes,
            given,
            shown,
            referencedAt,
            within: root,
          });
        }
        csvOptions = {
          delimiter: ref.delimiter as ';' | ',' | undefined,
          encoding: ref.encoding as 'utf-8' | 'windows-1251' | undefined,
          validate: false,
        };
      }
      append(diagnostics, read.diagnostics);
      if (!read.bytes) {
        // Leaves a reference in place, so references into the unread file are not reported as unknown.
        if (override !== undefined) {
          doc[section] = { file: override };
          unchanged = false;
        }
        continue;
      }
      files.push({ path: shown, sha256: (reader.sha256 ?? sha256Hex)(read.bytes) });
      const result =
        section === 'people'
          ? parsePeopleCsv(read.bytes, shown, csvOptions)
          : parseChannelsCsv(read.bytes, shown, csvOptions);
      append(
        diagnostics,
        result.diagnostics.map((d) =>
          d.pointer === undefined ? d : { ...d, pointer: `/${section}${d.pointer}` },
        ),
      );
      counts[section] = result.rowCount;
      if (result.value === undefined) continue;
      doc[section] = result.value;
      unchanged = false;
      csv[section] = { file: shown, result };
    }
  }

  // The answers file (`attest`): given on the command line, or referenced as `attestations: { file }`.
  let answers: { file: string; locate: (pointer: string) => SourceLocation | undefined } | undefined;
  if (isObject(doc)) {
    const ref = doc.attestations;
    const override = options.attestationsPath;
    const referenced = isObject(ref) && getValidators().fileReference(ref);
    if (override !== undefined || referenced) {
      const given = override ?? ((ref as Record<string, unknown>).file as string);
      const path = override ?? reader.resolve(entryPath, given);
      const shown = override ?? reader.resolve(shownEntry, given);
      const pointer = '/attestations/file';
      const referencedAt = { file: shownEntry, pointer, location: parsed.locate(pointer) };
      const read =
        override === undefined && options.entryHasNoFolder
          ? withoutFolder(referencedAt, { ru: `«${quoteValue(given)}»`, en: `"${quoteValue(given)}"` })
          : await readInputFile(reader, path, {
              maxFileBytes,
              given,
              shown,
              ...(override === undefined ? { referencedAt } : {}),
            });
      append(diagnostics, read.diagnostics);
      if (read.bytes) {
        files.push({ path: shown, sha256: sha256Hex(read.bytes) });
        const file = parseAttestationsFile(read.bytes, shown, options);
        append(diagnostics, file.diagnostics);
        if (file.value) {
          doc.attestations = file.value;
          answers = { file: shown, locate: file.locate };
        } else {
          doc.attestations = [];
        }
      } else {
        doc.attestations = [];
      }
      unchanged = false;
    }
  }

  // Chat exports are read later (src/node), relative to the school's folder: without one, none can be.
  if (options.entryHasNoFolder && isObject(doc) && Array.isArray(doc.exports)) {
    doc.exports.forEach((e: unknown, i) => {
      if (!isObject(e) || typeof e.file !== 'string') return;
      const pointer = `/exports/${i}/file`;
      const named = { ru: `«${quoteValue(e.file)}»`, en: `"${quoteValue(e.file)}"` };
      append(
        diagnostics,
        withoutFolder({ file: shownEntry, pointer, location: parsed.locate(pointer) }, named).diagnostics,
      );
    });
  }

  const locate = (pointer: string): SourceLocation | undefined => {
    if (answers && (pointer === '/attestations' || pointer.startsWith('/attestations/')))
      return answers.locate(pointer.slice('/attestations'.length));
    for (const section of SECTIONS) {
      const prefix = `/${section}/`;
      const entryCsv = csv[section];
      if (entryCsv && pointer.startsWith(prefix))
        return entryCsv.result.locate(pointer.slice(prefix.length - 1));
    }
    return parsed.locate(pointer);
  };
  const locateKey = (pointer: string): SourceLocation | undefined =>
    SECTIONS.some((s) => csv[s] && pointer.startsWith(`/${s}/`)) ||
    (answers && pointer.startsWith('/attestations/'))
      ? locate(pointer)
      : parsed.locateKey(pointer);

  const reported = new Set<string>();
  for (const section of SECTIONS) {
    for (const p of csv[section]?.result.reportedPointers ?? []) reported.add(`/${section}${p}`);
  }
  // Role words («учитель») in inline people become roles here, as CSV cells do (normalizeRoleWords).
  const normalized = normalizeRoleWords(doc);
  const found = validateChecked(
    normalized,
    { file: shownEntry, locate, locateKey, knownClauses: options.knownClauses },
    unchanged && normalized === doc,
  );
  append(
    diagnostics,
    found.filter((d) => !(d.code === 'SCHEMA_VIOLATION' && isUnder(d.pointer, reported))),
  );

  if (isObject(normalized)) {
    for (const section of SECTIONS)
      if (!csv[section] && Array.isArray(normalized[section]))
        counts[section] = (normalized[section] as unknown[]).length;
    counts.documents = Array.isArray(normalized.documents) ? normalized.documents.length : 0;
    counts.admins = Array.isArray(normalized.admins) ? normalized.admins.length : 0;
    counts.classes = countClasses(normalized);
  }
  const result = done();
  if (!hasErrors(result.diagnostics)) {
    const sources: SourceMap = { locate, files };
    result.input = toAuditInput(normalized as SchoolFile, sources);
  }
  return result;
}

/** Declared classes, or when none are declared the distinct classes of students in the roster. */
function countClasses(doc: Record<string, unknown>): number {
  if (Array.isArray(doc.classes) && doc.classes.length > 0) return doc.classes.length;
  const classes = new Set<string>();
  for (const p of Array.isArray(doc.people) ? doc.people : []) {
    if (isObject(p) && typeof p.class === 'string' && Array.isArray(p.roles) && p.roles.includes('student'))
      classes.add(p.class);
  }
  return classes.size;
}

/** File order (as read), then line and column; stable, so equal places keep their stage order. */
function sortDiagnostics(diagnostics: Diagnostic[], files: readonly { path: string }[]): Diagnostic[] {
  const order = new Map(files.map((f, i) => [f.path, i]));
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        (order.get(a.d.file ?? '') ?? files.length) - (order.get(b.d.file ?? '') ?? files.length) ||
        (a.d.line ?? 0) - (b.d.line ?? 0) ||
        (a.d.column ?? 0) - (b.d.column ?? 0) ||
        a.i - b.i,
    )
    .map(({ d }) => d);
}
