import type { ClauseResult, Finding, Report } from '../report/types.js';
import { cleanLine } from './clean-text.js';
import { escapeCsvCell } from './escape-csv.js';
import { labelsFor } from './labels.js';
import {
  clausesWithRemarks,
  formatSource,
  missingText,
  primarySource,
  visibleFindings,
} from './report-view.js';
import { isDefaultSetup } from '../config/run-setup.js';
import { runSetupLines, runSetupTitle, runSetupWarningWord } from './run-setup-view.js';
import type { ResolvedFormatOptions } from './types.js';

/**
 * One row per finding for spreadsheets: header in the chosen language, `;` (Russian Excel) or `,`,
 * CRLF between records (RFC 4180), UTF-8 with a BOM by default so Excel reads Cyrillic, every
 * cell guarded against formula injection (see `escapeCsvCell`).
 */
export function formatCsv(report: Report, opts: ResolvedFormatOptions): string {
  const L = labelsFor(opts.language);
  const d = opts.csvDelimiter;
  const header = [
    L.columns.ruleId,
    L.columns.clauses,
    L.columns.severity,
    L.columns.subjectType,
    L.columns.subjectId,
    L.columns.subjectLabel,
    L.columns.title,
    L.columns.message,
    L.columns.remediation,
    L.columns.waived,
    L.columns.waiverId,
    L.columns.waiverExpires,
    L.columns.note,
    L.columns.source,
    L.columns.fingerprint,
  ];
  const row = (f: Finding): unknown[] => [
    f.ruleId,
    f.clauses.join(', '),
    L.severity[f.severity] ?? f.severity,
    L.subjectType[f.subject.type] ?? f.subject.type,
    f.subject.id,
    f.subject.label,
    f.title,
    f.message,
    f.remediation,
    f.waived ? L.words.yes : L.words.no,
    f.waiver?.id ?? '',
    f.waiver?.expires ?? '',
    f.note ?? (f.waiver?.expired ? L.words.expiredWaiver : ''),
    formatSource(primarySource(f)),
    f.fingerprint,
  ];
  // Clauses the data cannot decide (and clause notes, such as an expired attestation) follow the
  // findings as rows with no rule: the status in the title column, what is missing in the message.
  const remark = (cl: ClauseResult): unknown[] => [
    '',
    cl.id,
    '',
    '',
    '',
    '',
    L.status[cl.status] ?? cl.status,
    (cl.missing ?? []).map((m) => missingText(m, L)).join('; '),
    '',
    '',
    '',
    '',
    (cl.notes ?? []).join('; '),
    '',
    '',
  ];
  const lines = [
    header,
    ...visibleFindings(report, opts).map(row),
    ...clausesWithRemarks(report).map(remark),
  ].map((cells) => cells.map((cell) => escapeCsvCell(cell, d)).join(d));
  return `${opts.csvBom ? '\uFEFF' : ''}${renderRunSetup(report, opts)}${lines.join('\r\n')}\r\n`;
}

/**
 * A changed run setup as `#` comment lines before the header (read them with csv-parse's
 * `comment: '#'`; a spreadsheet shows them as the first rows, where the reader sees them). Nothing
 * for a run with the default catalog (waivers alone do not count), so ordinary reports stay plain RFC 4180.
 */
function renderRunSetup(report: Report, opts: ResolvedFormatOptions): string {
  // Waivers beside the school are the ordinary case and the CSV's own column says what each
  // waived: only a changed catalog (config, rules, packs, overlays) is worth breaking plain RFC 4180 for.
  if (!report.setup || isDefaultSetup({ ...report.setup, waiverFiles: [] })) return '';
  const title = runSetupTitle(opts.language);
  return (
    runSetupLines(report.setup, opts.language)
      .map(
        (l) =>
          `# ${l.warning ? `${runSetupWarningWord(opts.language)}: ` : ''}${l.label === title ? '' : `${l.label}: `}${l.value}`,
      )
      // A comment line is not a cell: not quoted (the `#` must stay first), only kept on one line.
      .map((line) => `${cleanLine(line)}\r\n`)
      .join('')
  );
}
