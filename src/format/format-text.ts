import { editionLine, registryLine } from './provenance.js';
import picocolors from 'picocolors';
import { SEVERITIES, type Severity } from '../model/vocabulary.js';
import type { ClauseStatus, Finding, Report } from '../report/types.js';
import { CLAUSE_STATUSES } from '../report/clause-statuses.js';
import { escapeTerminal } from '../diagnostics/escape-terminal.js';
import { cleanLine as cleanPlainLine, cleanText as cleanPlainText, toText } from './clean-text.js';
import { actLabelsFor } from './act-labels.js';
import { labelsFor } from './labels.js';
import { engineName } from './localize.js';
import { attestationPrompts, attestationTitle } from './attestation-view.js';
import { runSetupLines, runSetupTitle, runSetupWarningWord } from './run-setup-view.js';
import {
  clausesWithRemarks,
  clauseTitle,
  formatSource,
  remarkLines,
  groupByClause,
  primarySource,
  subjectText,
  visibleFindings,
  waiverText,
} from './report-view.js';
import type { ResolvedFormatOptions } from './types.js';
import { append } from '../util/append.js';

// The text report is read on a terminal: a control or bidi character from the data is shown as
// `\x1b` / `\u202e` (the reader sees it is there; nothing acts on it) instead of silently dropped.
// Line breaks are normalised first, so a CRLF in a school's text is not shown as an escape.
const visible = (value: unknown): string => escapeTerminal(toText(value).replace(/\r\n?/g, '\n'));
const cleanText = (value: unknown): string => cleanPlainText(visible(value));
const cleanLine = (value: unknown): string => cleanPlainLine(visible(value));

type Colors = ReturnType<typeof picocolors.createColors>;

/** Width in terminal columns, counted in code points (Cyrillic is one column; no emoji here). */
function width(s: string): number {
  return [...s].length;
}

function padEnd(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - width(s)));
}

function padStart(s: string, w: number): string {
  return ' '.repeat(Math.max(0, w - width(s))) + s;
}

function severityColor(c: Colors, severity: Severity): (s: string) => string {
  switch (severity) {
    case 'critical':
      return (s) => c.bold(c.red(s));
    case 'high':
      return c.red;
    case 'medium':
      return c.yellow;
    case 'low':
      return c.cyan;
    default:
      return c.gray;
  }
}

function statusColor(c: Colors, status: ClauseStatus): (s: string) => string {
  switch (status) {
    case 'violated':
      return c.red;
    case 'attestation-required':
    case 'undetermined':
      return c.yellow;
    case 'compliant':
    case 'attested':
      return c.green;
    default:
      return c.gray;
  }
}

/** Continuation lines of a multi-line value, indented under its first line. */
function indentLines(value: unknown, indent: string): string {
  // Tabs would break the column layout.
  return cleanText(value)
    .replace(/\t/g, ' ')
    .split('\n')
    .map((line, i) => (i === 0 ? line : indent + line))
    .join('\n');
}

/**
 * A terminal report in the manner of ESLint's «stylish»: header, summary tables, findings grouped
 * by clause, one totals line. Colours only when `color` is set; every value from the report is
 * cleaned of control characters first, so a report can never drive the terminal.
 */
// long-function: the text report's sections in output order; splitting would scatter one template
export function formatText(report: Report, opts: ResolvedFormatOptions): string {
  const c = picocolors.createColors(opts.color);
  const L = labelsFor(opts.language);
  const out: string[] = [];

  out.push(c.bold(L.titles.report));
  const header: [string, string][] = [
    [L.fields.school, cleanLine(report.school.name)],
    [
      L.fields.region,
      [report.school.region, report.school.municipality].map(cleanLine).filter(Boolean).join(', '),
    ],
    [L.fields.asOf, cleanLine(report.asOf)],
    [
      L.fields.tool,
      `${cleanLine(report.tool.name)} ${cleanLine(report.tool.version)} (${L.fields.engine.toLowerCase()}: ${engineName(report.engine, opts.language)})`,
    ],
    [
      L.fields.catalog,
      `${cleanLine(report.catalog.version)} (${cleanLine(report.catalog.hash).slice(0, 12)})`,
    ],
    [L.fields.registry, registryLine(report, L, cleanLine, opts.language)],
    ...(report.edition ? [[L.fields.edition, editionLine(report, L, cleanLine)] as [string, string]] : []),
  ];
  const headerWidth = Math.max(...header.map(([k]) => width(k) + 1));
  for (const [k, v] of header) out.push(`  ${padEnd(`${k}:`, headerWidth)}  ${v}`);
  out.push('');
  append(out, renderRunSetup(report, opts, c));

  // Summary: two small aligned tables and the score.
  out.push(c.bold(L.titles.summary));
  const sevRows = SEVERITIES.map(
    (s) => [L.severity[s], String(report.summary.findings.bySeverity[s] ?? 0), s] as const,
  );
  const sevW = Math.max(width(L.columns.severity), ...sevRows.map((r) => width(r[0])));
  const numW = Math.max(width(L.columns.findings), ...sevRows.map((r) => width(r[1])));
  out.push(`  ${c.dim(padEnd(L.columns.severity, sevW))}  ${c.dim(padStart(L.columns.findings, numW))}`);
  for (const [label, n, s] of sevRows) {
    out.push(`  ${severityColor(c, s)(padEnd(label, sevW))}  ${padStart(n, numW)}`);
  }
  out.push('');
  const stRows = CLAUSE_STATUSES.map(
    (s) => [L.status[s], String(report.summary.clauses[s] ?? 0), s] as const,
  );
  const stW = Math.max(width(L.columns.status), ...stRows.map((r) => width(r[0])));
  const stN = Math.max(width(L.fields.clauses), ...stRows.map((r) => width(r[1])));
  out.push(`  ${c.dim(padEnd(L.columns.status, stW))}  ${c.dim(padStart(L.fields.clauses, stN))}`);
  for (const [label, n, s] of stRows) {
    out.push(`  ${statusColor(c, s)(padEnd(label, stW))}  ${padStart(n, stN)}`);
  }
  out.push('');
  out.push(`  ${L.fields.score}: ${c.bold(String(report.summary.score))} ${L.words.outOf} 100`);
  if (report.summary.coverage !== undefined) out.push(`  ${L.fields.coverage}: ${report.summary.coverage}`);
  for (const status of ['violated', 'attestation-required', 'undetermined'] as const) {
    const ids = report.clauses.filter((cl) => cl.status === status).map((cl) => cleanLine(cl.id));
    if (ids.length > 0) out.push(`  ${statusColor(c, status)(L.status[status])}: ${ids.join(', ')}`);
  }
  // Which recorded answer decided a clause, and where it is written down.
  const answered = report.clauses.filter(
    (cl) => cl.decidedBy === 'attestation' && cl.attestation && !cl.attestation.expired,
  );
  if (answered.length > 0) {
    const A = actLabelsFor(opts.language);
    const items = answered.map((cl) => {
      const a = cl.attestation!;
      const where = formatSource(a.source);
      const answer = A.answers[a.answer as keyof typeof A.answers] ?? a.answer;
      return `${cleanLine(cl.id)} — ${cleanLine(answer)}${where ? ` (${cleanLine(where)})` : ''}`;
    });
    out.push(`  ${A.decidedByAnswer}: ${items.join(', ')}`);
  }
  out.push('');

  append(out, renderAttestationPrompts(report, opts, c));

  const remarked = clausesWithRemarks(report);
  if (remarked.length > 0) {
    out.push(c.bold(L.titles.clauseRemarks));
    for (const cl of remarked) {
      out.push(`  ${c.bold(cleanLine(cl.id))}  ${statusColor(c, cl.status)(L.status[cl.status])}`);
      for (const line of remarkLines(cl, L)) out.push(`    ${indentLines(line, '      ')}`);
    }
    out.push('');
  }

  // Findings by clause.
  const findings = visibleFindings(report, opts);
  const groups = groupByClause(report, findings);
  const sevColW = Math.max(...SEVERITIES.map((s) => width(L.severity[s])));
  const bodyIndent = ' '.repeat(2 + sevColW + 2);
  for (const group of groups) {
    const title = clauseTitle(group.clause, opts.language);
    const status = group.clause?.status;
    const statusText = status ? statusColor(c, status)(L.status[status]) : '';
    const id = cleanLine(group.clauseId) || '—';
    out.push(
      `${c.bold(c.underline(id))}  ${cleanLine(title)}${statusText ? `  ${c.dim('[')}${statusText}${c.dim(']')}` : ''}`,
    );
    for (const f of group.findings) append(out, findingLines(f, c, L, sevColW, bodyIndent));
    out.push('');
  }
  if (groups.length === 0) {
    out.push(c.green(L.words.noFindings));
    out.push('');
  }

  // Waivers and diagnostics, when there is something to say.
  if (report.waivers.unused.length > 0 || report.waivers.expired.length > 0) {
    out.push(c.bold(L.titles.waivers));
    if (report.waivers.unused.length > 0)
      out.push(`  ${L.fields.unusedWaivers}: ${report.waivers.unused.map(cleanLine).join(', ')}`);
    if (report.waivers.expired.length > 0)
      out.push(`  ${L.fields.expiredWaivers}: ${report.waivers.expired.map(cleanLine).join(', ')}`);
    out.push('');
  }
  if (report.diagnostics.length > 0) {
    out.push(c.bold(L.titles.diagnostics));
    for (const d of report.diagnostics) {
      const where = formatSource(
        d.file ? { file: d.file, line: d.line ?? 0, column: d.column ?? 0 } : undefined,
      );
      const sevLabel = L.diagnosticSeverity[d.severity] ?? d.severity;
      const sev = d.severity === 'error' ? c.red(sevLabel) : c.yellow(sevLabel);
      const msg = opts.language === 'en' ? d.message.en || d.message.ru : d.message.ru || d.message.en;
      out.push(
        `  ${sev}  ${cleanLine(d.code)}  ${cleanLine(where)}${where ? '  ' : ''}${indentLines(msg, '    ')}`,
      );
    }
    out.push('');
  }

  // Totals line.
  const s = report.summary.findings;
  const bySev = SEVERITIES.filter((sv) => (s.bySeverity[sv] ?? 0) > 0)
    .map((sv) => `${L.severity[sv]}: ${s.bySeverity[sv]}`)
    .join(', ');
  const mark = s.unwaived > 0 ? c.red(c.bold('✖')) : c.green(c.bold('✔'));
  const totals = `${L.fields.unwaived}: ${s.unwaived}${bySev ? ` (${bySev})` : ''} · ${L.fields.waived.toLowerCase()}: ${s.waived} · ${L.fields.score.toLowerCase()}: ${report.summary.score} ${L.words.outOf} 100`;
  out.push(`${mark} ${s.unwaived > 0 ? c.bold(totals) : totals}`);
  return `${out.join('\n')}\n`;
}

function findingLines(
  f: Finding,
  c: Colors,
  L: ReturnType<typeof labelsFor>,
  sevColW: number,
  bodyIndent: string,
): string[] {
  const lines: string[] = [];
  const badge = severityColor(c, f.severity)(padEnd(L.severity[f.severity] ?? f.severity, sevColW));
  const where = formatSource(primarySource(f));
  const waiver = waiverText(f, L);
  const head = `  ${badge}  ${cleanLine(subjectText(f, L))}${where ? `  ${c.dim(cleanLine(where))}` : ''}  ${c.dim(cleanLine(f.ruleId))}`;
  lines.push(head);
  lines.push(`${bodyIndent}${indentLines(f.message || f.title, bodyIndent)}`);
  if (f.remediation) {
    lines.push(
      `${bodyIndent}${c.green(L.words.remediationArrow)} ${indentLines(f.remediation, `${bodyIndent}  `)}`,
    );
  }
  if (waiver) lines.push(`${bodyIndent}${c.magenta(`[${cleanLine(waiver)}]`)}`);
  if (f.note) lines.push(`${bodyIndent}${c.dim(indentLines(f.note, bodyIndent))}`);
  // A waived finding is set aside, not gone: shown whole, dimmed.
  return f.waived ? lines.map((l) => c.dim(l)) : lines;
}

/** The run setup block (config, changed rules, packs, overlays, waivers); a switched-off core rule in red. */
function renderRunSetup(report: Report, opts: ResolvedFormatOptions, c: Colors): string[] {
  const lines = runSetupLines(report.setup, opts.language);
  if (lines.length === 0) return [];
  const out = [c.bold(runSetupTitle(opts.language))];
  for (const l of lines) {
    if (l.label === runSetupTitle(opts.language)) out.push(`  ${cleanLine(l.value)}`);
    else if (l.warning)
      out.push(
        `  ${c.red(c.bold(`⚠ ${runSetupWarningWord(opts.language)}: ${l.label}: ${cleanLine(l.value)}`))}`,
      );
    else out.push(`  ${l.label}: ${cleanLine(l.value)}`);
  }
  out.push('');
  return out;
}

/** Clauses awaiting an answer: the question and where to record it. */
function renderAttestationPrompts(report: Report, opts: ResolvedFormatOptions, c: Colors): string[] {
  const prompts = attestationPrompts(report, opts.language);
  if (prompts.length === 0) return [];
  const out = [c.bold(attestationTitle(opts.language))];
  for (const p of prompts) {
    out.push(`  ${c.yellow(cleanLine(p.clauseId))}  ${cleanLine(p.question)}`);
    out.push(`  ${' '.repeat([...p.clauseId].length)}  ${c.dim(p.recordIn)}`);
  }
  out.push('');
  return out;
}
