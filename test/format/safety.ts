import { readFileSync } from 'node:fs';
import { runSetupTitle } from '../../src/format/run-setup-view.js';
import { attestationTitle } from '../../src/format/attestation-view.js';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';
import { append } from '../../src/util/append.js';
import { expectEqual } from '../expect-equal.js';
import { isFormulaLike } from '../../src/format/escape-csv.js';
import { escapeMarkdown } from '../../src/format/escape-markdown.js';
import { LABELS } from '../../src/format/labels.js';
import { formatReport, type FormatName, type FormatOptions } from '../../src/format/index.js';
import type { Report } from '../../src/report/types.js';
import {
  htmlOffences,
  markdownTableShapeErrors,
  readCsv,
  readHtml,
  readJunit,
  unescapedIndexes,
  validateXml,
} from './helpers.js';

export const sarifSchema = JSON.parse(
  readFileSync(new URL('../fixtures/schemas/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
) as object;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
export const validateSarif = ajv.compile(sarifSchema);

const TERMINAL_UNSAFE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** Headings the Markdown formatter writes itself, in both languages; any other came from input. */
function isOwnHeading(line: string): boolean {
  return Object.values(LABELS).some((L) => {
    const t = L.titles;
    if (line === `# ${escapeMarkdown(t.report)}`) return true;
    if (
      [t.summary, t.checklist, t.clauseRemarks, t.findingsByClause, t.waivers, t.diagnostics].some(
        (x) => line === `## ${x}`,
      )
    )
      return true;
    if (
      (['ru', 'en'] as const).some(
        (lang) => line === `## ${runSetupTitle(lang)}` || line === `## ${attestationTitle(lang)}`,
      )
    )
      return true;
    return line.startsWith(`### ${L.columns.clause} `);
  });
}

/**
 * What «renders safely» means per format, checked with a parser where there is one. Throws
 * (via expect) listing the problems found; `options` as given to `formatReport`. The checks are
 * gathered as problems and asserted once: the property tests call this ~1,200 times, and an
 * expect() per check was a good part of their time.
 */
export function expectSafe(format: FormatName, report: Report, options: FormatOptions = {}): void {
  const out = formatReport(report, format, options);
  if (format === 'json') {
    expectEqual(JSON.parse(out), report);
    return;
  }
  const problems = safetyProblems(format, out, report, options);
  if (problems.length > 0) expect(problems, `${format} ${JSON.stringify(options)}`).toEqual([]);
}

/** Says `what` unless `ok`. */
function check(problems: string[], ok: boolean, what: string): void {
  if (!ok) problems.push(what);
}

// long-function: one case per format, each a short list of checks
function safetyProblems(format: FormatName, out: string, report: Report, options: FormatOptions): string[] {
  const problems: string[] = [];
  const visible =
    options.includeWaived === false ? report.findings.filter((f) => !f.waived) : report.findings;
  switch (format) {
    case 'text': {
      const plain = options.color ? out.replace(/\u001b\[\d+(?:;\d+)*m/g, '') : out;
      check(problems, !TERMINAL_UNSAFE.test(plain), 'control or bidi character in text output');
      break;
    }
    case 'md': {
      for (const e of markdownTableShapeErrors(out)) problems.push(`table shape: ${e}`);
      for (const line of out.split('\n')) {
        if (line.startsWith('#') && !isOwnHeading(line)) problems.push(`foreign heading: ${line}`);
        for (const ch of ['<', '[', '`'])
          if (unescapedIndexes(line, ch).length > 0) problems.push(`${ch} in ${line.slice(0, 80)}`);
      }
      check(problems, !TERMINAL_UNSAFE.test(out), 'control or bidi character in Markdown output');
      break;
    }
    case 'html': {
      // One parse for both checks.
      const parsed = readHtml(out);
      append(problems, htmlOffences(parsed));
      const scripts = parsed.elements.filter((e) => e.tag === 'script').length;
      check(problems, scripts === 0, `${scripts} <script> elements`);
      break;
    }
    case 'csv': {
      const delimiter = options.csvDelimiter ?? ';';
      const rows = readCsv(out, delimiter);
      // One row per finding, then one per clause with remarks (undetermined, notes), after the header.
      const remarked = report.clauses.filter(
        (c) => (c.missing?.length ?? 0) > 0 || (c.notes?.length ?? 0) > 0,
      );
      const expectedRows = visible.length + remarked.length + 1;
      check(problems, rows.length === expectedRows, `${rows.length} rows, expected ${expectedRows}`);
      const width = rows[0]!.length;
      for (const row of rows.filter((r) => r.length !== width))
        problems.push(`row of ${row.length} cells, the header has ${width}: ${JSON.stringify(row)}`);
      for (const cell of rows.flat().filter((c) => isFormulaLike(c)))
        problems.push(`formula-like cell ${JSON.stringify(cell)}`);
      break;
    }
    case 'junit': {
      const valid = validateXml(out);
      if (valid !== true) {
        problems.push(`not well-formed XML: ${valid}`);
        break;
      }
      const cases = readJunit(out).suites.flatMap((s) => s.cases).length;
      check(
        problems,
        cases === report.clauses.length,
        `${cases} test cases, expected ${report.clauses.length}`,
      );
      break;
    }
    case 'sarif': {
      const log = JSON.parse(out) as { runs: { results: unknown[] }[] };
      const ok = validateSarif(log);
      for (const e of validateSarif.errors ?? [])
        problems.push(`SARIF schema: ${e.instancePath} ${e.message}`);
      check(problems, ok === true, 'SARIF schema: invalid');
      const results = log.runs[0]!.results.length;
      check(problems, results === visible.length, `${results} SARIF results, expected ${visible.length}`);
      break;
    }
  }
  return problems;
}
