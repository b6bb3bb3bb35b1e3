import type { ClauseResult, Finding, Report } from '../report/types.js';
import { cleanLine } from './clean-text.js';
import { escapeXmlAttr as a, escapeXmlText as t } from './escape-xml.js';
import { labelsFor, type Labels } from './labels.js';
import {
  clauseTitle,
  formatSource,
  primarySource,
  remarkLines,
  sectionOf,
  subjectText,
  visibleFindings,
  waiverText,
} from './report-view.js';
import { runSetupProperties } from './run-setup-view.js';
import type { ResolvedFormatOptions } from './types.js';
import { append } from '../util/append.js';

/**
 * JUnit XML for CI: one `<testsuite>` per section of the regulation, one `<testcase>` per clause
 * (classname `regulation.<section>`, name «clause id — gist»).
 *
 * - `compliant`, `attested` → passed.
 * - `violated` → `<failure type="violated">`, the message counts the findings, the body lists them.
 * - `attestation-required` → `<failure type="attestation-required">`. A clause nobody has vouched
 *   for is an unmet obligation, not a test that did not apply: `<skipped>` is ignored by most CI
 *   gates and would let «nobody checked» pass silently. The distinct `type` lets a pipeline that
 *   wants to tolerate it filter on it.
 * - `undetermined` → `<skipped>` whose message says what is missing: the data decide nothing, and
 *   failing on it is a policy (`--fail-on-undetermined`), not the default.
 * - `not-applicable`, `informational` → `<skipped>` with the reason.
 *
 * What an undetermined clause lacks and its notes (an expired attestation) go to `<system-out>`.
 * Waived findings are listed in `<system-out>` (when `includeWaived`), never as failures.
 */
export function formatJunit(report: Report, opts: ResolvedFormatOptions): string {
  const L = labelsFor(opts.language);
  const findings = visibleFindings(report, opts);
  const byClause = new Map<string, Finding[]>();
  for (const f of findings) {
    for (const c of new Set(f.clauses)) {
      const list = byClause.get(c);
      if (list) list.push(f);
      else byClause.set(c, [f]);
    }
  }

  // Sections in order of first appearance (document order).
  const sections = new Map<string, ClauseResult[]>();
  for (const cl of report.clauses) {
    const key = sectionOf(cl.id);
    const list = sections.get(key);
    if (list) list.push(cl);
    else sections.set(key, [cl]);
  }

  const total = tally(report.clauses);
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(
    `<testsuites name="${a(report.tool.name)}" tests="${total.tests}" failures="${total.failures}" errors="0" skipped="${total.skipped}" time="0">`,
  );
  for (const [section, clauses] of sections) {
    const n = tally(clauses);
    const name = L.section[section] ?? section;
    out.push(
      `  <testsuite name="${a(name)}" tests="${n.tests}" failures="${n.failures}" errors="0" skipped="${n.skipped}" time="0">`,
      '    <properties>',
      `      <property name="school" value="${a(report.school.name)}"/>`,
      `      <property name="asOf" value="${a(report.asOf)}"/>`,
      `      <property name="tool" value="${a(`${report.tool.name} ${report.tool.version}`)}"/>`,
      `      <property name="catalog" value="${a(report.catalog.version)}"/>`,
      `      <property name="score" value="${a(report.summary.score)}"/>`,
      ...renderRunSetup(report, a),
      '    </properties>',
    );
    for (const cl of clauses) append(out, testcase(cl, section, byClause.get(cl.id) ?? [], L, opts));
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}

function tally(clauses: readonly ClauseResult[]): { tests: number; failures: number; skipped: number } {
  let failures = 0;
  let skipped = 0;
  for (const c of clauses) {
    if (c.status === 'violated' || c.status === 'attestation-required') failures += 1;
    else if (c.status === 'not-applicable' || c.status === 'informational' || c.status === 'undetermined')
      skipped += 1;
  }
  return { tests: clauses.length, failures, skipped };
}

function findingLine(f: Finding, L: Labels): string {
  const where = formatSource(primarySource(f));
  const parts = [
    `[${L.severity[f.severity] ?? f.severity}]`,
    f.ruleId,
    subjectText(f, L),
    '—',
    f.message || f.title,
  ];
  let line = parts.map(cleanLine).join(' ');
  if (where) line += ` (${cleanLine(where)})`;
  if (f.remediation) line += `\n    ${L.words.remediationArrow} ${cleanLine(f.remediation)}`;
  const waiver = waiverText(f, L);
  if (waiver) line += `\n    [${cleanLine(waiver)}]`;
  if (f.note) line += `\n    ${cleanLine(f.note)}`;
  return line;
}

function testcase(
  cl: ClauseResult,
  section: string,
  findings: Finding[],
  L: Labels,
  opts: ResolvedFormatOptions,
): string[] {
  const title = clauseTitle(cl, opts.language);
  const name = title ? `${cl.id} — ${title}` : cl.id;
  const open = `    <testcase classname="${a(`regulation.${section}`)}" name="${a(cleanLine(name))}" time="0">`;
  const active = findings.filter((f) => !f.waived);
  const waived = findings.filter((f) => f.waived);
  const body: string[] = [];
  const status = L.status[cl.status] ?? cl.status;

  if (cl.status === 'violated') {
    const message = active.length > 0 ? `${L.fields.unwaived}: ${active.length}` : status;
    const detail =
      active.length > 0
        ? active.map((f) => findingLine(f, L)).join('\n')
        : cl.attestation
          ? `${L.words.attestedOn} ${cl.attestation.date}: ${cl.attestation.answer}`
          : status;
    body.push(`      <failure type="violated" message="${a(message)}">${t(detail)}</failure>`);
  } else if (cl.status === 'attestation-required') {
    body.push(
      `      <failure type="attestation-required" message="${a(status)}">${t(`${cl.id}: ${status}`)}</failure>`,
    );
  } else if (
    cl.status === 'not-applicable' ||
    cl.status === 'informational' ||
    cl.status === 'undetermined'
  ) {
    body.push(`      <skipped message="${a(status)}"/>`);
  }
  const out: string[] = [];
  const remarks = remarkLines(cl, L).map(cleanLine);
  const systemOut = [...remarks, ...waived.map((f) => findingLine(f, L))];
  if (systemOut.length > 0) out.push(`      <system-out>${t(systemOut.join('\n'))}</system-out>`);
  if (body.length === 0 && out.length === 0) return [open.replace(/>$/, '/>')];
  return [open, ...body, ...out, '    </testcase>'];
}

/** The run setup as `setup.*` properties of every suite. */
function renderRunSetup(report: Report, a: (value: unknown) => string): string[] {
  return runSetupProperties(report.setup).map(
    ([name, value]) => `      <property name="${a(name)}" value="${a(value)}"/>`,
  );
}
