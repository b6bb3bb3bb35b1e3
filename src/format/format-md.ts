import { editionLine, registryLine } from './provenance.js';
import { SEVERITIES } from '../model/vocabulary.js';
import type { Report } from '../report/types.js';
import { CLAUSE_STATUSES } from '../report/clause-statuses.js';
import { escapeMarkdown, escapeMarkdownCell } from './escape-markdown.js';
import { runSetupLines, runSetupTitle, runSetupWarningWord } from './run-setup-view.js';
import { labelsFor } from './labels.js';
import { engineName } from './localize.js';
import { attestationPrompts, attestationTitle } from './attestation-view.js';
import {
  attestationText,
  clausesWithRemarks,
  remarkLines,
  clauseTitle,
  formatSource,
  groupByClause,
  primarySource,
  subjectText,
  visibleFindings,
  waiverText,
} from './report-view.js';
import type { ResolvedFormatOptions } from './types.js';
import { append } from '../util/append.js';

function table(header: string[], align: ('l' | 'r')[], rows: string[][]): string[] {
  const sep = align.map((a) => (a === 'r' ? '---:' : '---'));
  return [header, sep, ...rows].map((cells) => `| ${cells.join(' | ')} |`);
}

/**
 * A Russian (or English) audit report in GitHub-flavoured Markdown, laid out to paste into an act
 * of inspection: requisites, summary, the full clause checklist, then findings clause by clause.
 * Every value from the report goes through `escapeMarkdown`: one line, Markdown punctuation
 * escaped, so no value can add a table cell, a heading, a link, an image or raw HTML.
 */
// long-function: the Markdown document's sections in output order; splitting would scatter one template
export function formatMarkdown(report: Report, opts: ResolvedFormatOptions): string {
  const L = labelsFor(opts.language);
  const e = escapeMarkdownCell;
  const out: string[] = [];

  out.push(`# ${escapeMarkdown(L.titles.report)}`, '');
  out.push(
    ...table(
      [L.columns.parameter, L.columns.value],
      ['l', 'l'],
      [
        [L.fields.school, e(report.school.name)],
        [L.fields.region, e(report.school.region)],
        [L.fields.municipality, e(report.school.municipality)],
        [L.fields.asOf, e(report.asOf)],
        [L.fields.tool, e(`${report.tool.name} ${report.tool.version}`)],
        [L.fields.catalog, e(`${report.catalog.version} (${report.catalog.hash.slice(0, 12)})`)],
        [L.fields.registry, e(registryLine(report, L, (x) => x, opts.language))],
        ...(report.edition
          ? [[L.fields.edition, e(editionLine(report, L, (x) => x))] as [string, string]]
          : []),
        [L.fields.engine, e(engineName(report.engine, opts.language))],
      ],
    ),
    '',
  );

  append(out, renderRunSetup(report, opts));
  out.push(`## ${L.titles.summary}`, '');
  const s = report.summary;
  out.push(
    ...table(
      [L.columns.severity, L.columns.findings],
      ['l', 'r'],
      SEVERITIES.map((sv) => [L.severity[sv], String(s.findings.bySeverity[sv] ?? 0)]),
    ),
    '',
  );
  out.push(
    ...table(
      [L.columns.status, L.fields.clauses],
      ['l', 'r'],
      CLAUSE_STATUSES.map((st) => [L.status[st], String(s.clauses[st] ?? 0)]),
    ),
    '',
  );
  out.push(
    `**${L.fields.score}:** ${s.score} ${L.words.outOf} 100. ` +
      (s.coverage !== undefined ? `**${L.fields.coverage}:** ${s.coverage}. ` : '') +
      `${L.fields.unwaived}: ${s.findings.unwaived}; ${L.fields.waived.toLowerCase()}: ${s.findings.waived}.`,
    '',
  );

  out.push(`## ${L.titles.checklist}`, '');
  out.push(
    ...table(
      [L.columns.clause, L.columns.gist, L.columns.status, L.columns.findings],
      ['l', 'l', 'l', 'r'],
      report.clauses.map((cl) => {
        let status = L.status[cl.status] ?? cl.status;
        // Data and attestation together: the verdict, then the answer on record (expired or not) and where it is recorded.
        if (cl.attestation) {
          const where = formatSource(cl.attestation.source);
          status += ` (${attestationText(cl, L)}${where ? `, ${where}` : ''})`;
        }
        return [e(cl.id), e(clauseTitle(cl, opts.language)), e(status), String(cl.findings)];
      }),
    ),
    '',
  );

  append(out, renderAttestationPrompts(report, opts));

  const remarked = clausesWithRemarks(report);
  if (remarked.length > 0) {
    out.push(`## ${L.titles.clauseRemarks}`, '');
    for (const cl of remarked) {
      out.push(`- ${escapeMarkdown(cl.id)}: ${escapeMarkdown(L.status[cl.status])}`);
      for (const line of remarkLines(cl, L)) out.push(`  - ${escapeMarkdown(line)}`);
    }
    out.push('');
  }

  out.push(`## ${L.titles.findingsByClause}`, '');
  const groups = groupByClause(report, visibleFindings(report, opts));
  if (groups.length === 0) out.push(L.words.noFindings, '');
  for (const group of groups) {
    const title = clauseTitle(group.clause, opts.language);
    out.push(
      `### ${L.columns.clause} ${escapeMarkdown(group.clauseId)}${title ? `. ${escapeMarkdown(title)}` : ''}`,
      '',
    );
    if (group.clause) out.push(`${L.columns.status}: ${escapeMarkdown(L.status[group.clause.status])}.`, '');
    out.push(
      ...table(
        [
          L.columns.number,
          L.columns.severity,
          L.columns.subject,
          L.columns.message,
          L.columns.remediation,
          L.columns.ruleId,
          L.columns.note,
        ],
        ['r', 'l', 'l', 'l', 'l', 'l', 'l'],
        group.findings.map((f, i) => {
          const notes = [waiverText(f, L), f.note ?? '', formatSource(primarySource(f))]
            .filter(Boolean)
            .join('; ');
          return [
            String(i + 1),
            e(L.severity[f.severity] ?? f.severity),
            e(subjectText(f, L)),
            e(f.message || f.title),
            e(f.remediation),
            e(f.ruleId),
            e(notes),
          ];
        }),
      ),
      '',
    );
  }

  if (report.waivers.unused.length > 0 || report.waivers.expired.length > 0) {
    out.push(`## ${L.titles.waivers}`, '');
    if (report.waivers.unused.length > 0)
      out.push(
        `- ${L.fields.unusedWaivers}: ${report.waivers.unused.map((w) => escapeMarkdown(w)).join(', ')}`,
      );
    if (report.waivers.expired.length > 0)
      out.push(
        `- ${L.fields.expiredWaivers}: ${report.waivers.expired.map((w) => escapeMarkdown(w)).join(', ')}`,
      );
    out.push('');
  }
  if (report.diagnostics.length > 0) {
    out.push(`## ${L.titles.diagnostics}`, '');
    for (const d of report.diagnostics) {
      const msg = opts.language === 'en' ? d.message.en || d.message.ru : d.message.ru || d.message.en;
      const where = d.file ? formatSource({ file: d.file, line: d.line ?? 0, column: d.column ?? 0 }) : '';
      out.push(
        `- ${escapeMarkdown(L.diagnosticSeverity[d.severity] ?? d.severity)} ${escapeMarkdown(d.code)}${where ? ` (${escapeMarkdown(where)})` : ''}: ${escapeMarkdown(msg)}`,
      );
    }
    out.push('');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

/** The run setup section; a switched-off core rule is a bold warning. */
function renderRunSetup(report: Report, opts: ResolvedFormatOptions): string[] {
  const lines = runSetupLines(report.setup, opts.language);
  if (lines.length === 0) return [];
  const title = runSetupTitle(opts.language);
  const out = [`## ${escapeMarkdown(title)}`, ''];
  for (const l of lines) {
    if (l.label === title) out.push(`- ${escapeMarkdown(l.value)}`);
    else if (l.warning)
      out.push(
        `- **⚠ ${escapeMarkdown(runSetupWarningWord(opts.language))}: ${escapeMarkdown(l.label)}: ${escapeMarkdown(l.value)}**`,
      );
    else out.push(`- ${escapeMarkdown(l.label)}: ${escapeMarkdown(l.value)}`);
  }
  out.push('');
  return out;
}

/** Clauses awaiting an answer: the question and where to record it. */
function renderAttestationPrompts(report: Report, opts: ResolvedFormatOptions): string[] {
  const prompts = attestationPrompts(report, opts.language);
  if (prompts.length === 0) return [];
  const out = [`## ${escapeMarkdown(attestationTitle(opts.language))}`, ''];
  for (const p of prompts)
    out.push(`- ${escapeMarkdown(p.clauseId)}: ${escapeMarkdown(p.question)} ${escapeMarkdown(p.recordIn)}`);
  out.push('');
  return out;
}
