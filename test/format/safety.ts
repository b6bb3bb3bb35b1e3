import { readFileSync } from 'node:fs';
import { runSetupTitle } from '../../src/format/run-setup-view.js';
import { attestationTitle } from '../../src/format/attestation-view.js';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { expect } from 'vitest';
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
 * (via expect) on the first problem; `options` as given to `formatReport`.
 */
export function expectSafe(format: FormatName, report: Report, options: FormatOptions = {}): void {
  const out = formatReport(report, format, options);
  const visible =
    options.includeWaived === false ? report.findings.filter((f) => !f.waived) : report.findings;
  switch (format) {
    case 'text': {
      const plain = options.color ? out.replace(/\u001b\[\d+(?:;\d+)*m/g, '') : out;
      expect(TERMINAL_UNSAFE.test(plain), 'control or bidi character in text output').toBe(false);
      break;
    }
    case 'json':
      expect(JSON.parse(out)).toEqual(report);
      break;
    case 'md': {
      expect(markdownTableShapeErrors(out)).toEqual([]);
      // Offences are collected per line and asserted once: an expect() per line and character was
      // most of this check's time in the property tests.
      const offences: string[] = [];
      for (const line of out.split('\n')) {
        if (line.startsWith('#') && !isOwnHeading(line)) offences.push(`foreign heading: ${line}`);
        for (const ch of ['<', '[', '`'])
          if (unescapedIndexes(line, ch).length > 0) offences.push(`${ch} in ${line.slice(0, 80)}`);
      }
      expect(offences).toEqual([]);
      expect(TERMINAL_UNSAFE.test(out)).toBe(false);
      break;
    }
    case 'html': {
      expect(htmlOffences(out)).toEqual([]);
      expect(readHtml(out).elements.filter((e) => e.tag === 'script')).toHaveLength(0);
      break;
    }
    case 'csv': {
      const delimiter = options.csvDelimiter ?? ';';
      const rows = readCsv(out, delimiter);
      // One row per finding, then one per clause with remarks (undetermined, notes), after the header.
      const remarked = report.clauses.filter(
        (c) => (c.missing?.length ?? 0) > 0 || (c.notes?.length ?? 0) > 0,
      );
      expect(rows).toHaveLength(visible.length + remarked.length + 1);
      const width = rows[0]!.length;
      expect(rows.filter((row) => row.length !== width)).toEqual([]);
      expect(rows.flat().filter((cell) => isFormulaLike(cell))).toEqual([]);
      break;
    }
    case 'junit': {
      expect(validateXml(out)).toBe(true);
      const doc = readJunit(out);
      expect(doc.suites.flatMap((s) => s.cases)).toHaveLength(report.clauses.length);
      break;
    }
    case 'sarif': {
      const log = JSON.parse(out) as { runs: { results: unknown[] }[] };
      const ok = validateSarif(log);
      expect(validateSarif.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
      expect(log.runs[0]!.results).toHaveLength(visible.length);
      break;
    }
  }
}
