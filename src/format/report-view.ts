import { SEVERITIES, type Severity, type Language } from '../model/vocabulary.js';
import { compareStrings } from '../model/compare-strings.js';
import type { ClauseResult, Evidence, Finding, MissingData, Report } from '../report/types.js';
import type { Labels } from './labels.js';
import type { FormatOptions, ResolvedFormatOptions } from './types.js';

/** What every formatter shares: defaults, grouping by clause, locations, subject text. */

export function resolveOptions(report: Report, options: FormatOptions = {}): ResolvedFormatOptions {
  const language = options.language ?? (report.language === 'en' ? 'en' : 'ru');
  return {
    language,
    color: options.color === true,
    csvDelimiter: options.csvDelimiter === ',' ? ',' : ';',
    csvBom: options.csvBom !== false,
    includeWaived: options.includeWaived !== false,
    act: { ...options.act },
  };
}

/** Findings the format shows: all, or only those without a waiver in effect. */
export function visibleFindings(report: Report, opts: ResolvedFormatOptions): Finding[] {
  return opts.includeWaived ? report.findings : report.findings.filter((f) => !f.waived);
}

export function severityRank(severity: Severity): number {
  const i = SEVERITIES.indexOf(severity);
  return i < 0 ? SEVERITIES.length : i;
}

export interface ClauseGroup {
  clauseId: string;
  /** Absent when a finding names a clause the report's clause list lacks. */
  clause?: ClauseResult;
  findings: Finding[];
}

/**
 * Findings under each clause they cite, clauses in report (document) order, findings in report
 * order within a clause (the report already sorts them by severity). A finding citing two clauses
 * appears under both, as an auditor reads clause by clause; clauses the report does not list come
 * last, by id, so no finding is ever dropped. Only clauses with findings are returned.
 */
export function groupByClause(report: Report, findings: readonly Finding[]): ClauseGroup[] {
  const byId = new Map<string, Finding[]>();
  for (const f of findings) {
    const ids = f.clauses.length > 0 ? f.clauses : [''];
    for (const id of new Set(ids)) {
      const list = byId.get(id);
      if (list) list.push(f);
      else byId.set(id, [f]);
    }
  }
  const groups: ClauseGroup[] = [];
  const seen = new Set<string>();
  for (const clause of report.clauses) {
    if (seen.has(clause.id)) continue;
    seen.add(clause.id);
    const list = byId.get(clause.id);
    if (list) groups.push({ clauseId: clause.id, clause, findings: list });
  }
  const orphans = [...byId.keys()].filter((id) => !seen.has(id)).sort(compareStrings);
  for (const id of orphans) groups.push({ clauseId: id, findings: byId.get(id) ?? [] });
  return groups;
}

/** Section of the regulation a clause belongs to: `header`, or the number before the first dot. */
export function sectionOf(clauseId: string): string {
  if (clauseId === 'header') return 'header';
  const head = clauseId.split('.')[0] ?? '';
  return head === '' ? 'other' : head;
}

export function clauseTitle(clause: ClauseResult | undefined, language: Language): string {
  if (!clause) return '';
  return (language === 'en' ? clause.title.en : clause.title.ru) || clause.title.ru || clause.title.en || '';
}

/** The first evidence item that says where in the input it came from. */
export function primarySource(finding: Finding): NonNullable<Evidence['source']> | undefined {
  for (const e of finding.evidence) {
    if (e.source && typeof e.source.file === 'string' && e.source.file !== '') return e.source;
  }
  return undefined;
}

/** `file:line:column` like compilers print it; line/column left out when unknown. */
export function formatSource(source: Evidence['source'] | undefined): string {
  if (!source) return '';
  const line = positiveInt(source.line);
  const column = positiveInt(source.column);
  if (line === undefined) return source.file;
  return column === undefined ? `${source.file}:${line}` : `${source.file}:${line}:${column}`;
}

export function positiveInt(n: unknown): number | undefined {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 ? n : undefined;
}

/** «участник: ученик 5А (p-0012)» — the type word, the label (no personal data), the id. */
export function subjectText(finding: Finding, labels: Labels): string {
  const type = labels.subjectType[finding.subject.type] ?? finding.subject.type;
  const label = finding.subject.label;
  const id = finding.subject.id;
  if (label && id && label !== id) return `${type}: ${label} (${id})`;
  return `${type}: ${label || id}`;
}

/** A short waiver mark: «исключение W-3 до 2025-12-31», or the expiry note for an expired one. */
export function waiverText(finding: Finding, labels: Labels): string {
  const w = finding.waiver;
  if (finding.waived) {
    return w ? `${labels.words.waivedBy} ${w.id} ${labels.words.until} ${w.expires}` : labels.words.waivedBy;
  }
  // An expired waiver usually comes with a note saying so; say it once.
  if (w?.expired && !finding.note) return `${labels.words.expiredWaiver}: ${w.id} (${w.expires})`;
  return '';
}

/** Clauses with something to add beside their status: data missing, or notes (an expired attestation). */
export function clausesWithRemarks(report: Report): ClauseResult[] {
  return report.clauses.filter((c) => (c.missing?.length ?? 0) > 0 || (c.notes?.length ?? 0) > 0);
}

/** «участник · profileSecured: без данных 3 — записать people[].profile.secured…». */
export function missingText(m: MissingData, labels: Labels): string {
  const type = labels.subjectType[m.subjectType] ?? m.subjectType;
  const where = m.record ? ` — ${labels.words.recordIn}: ${m.record}` : '';
  return `${type} · ${m.fact}: ${labels.words.subjectsLacking} ${m.subjects}${where}`;
}

/** Every line of remarks for one clause: what is missing, then the notes. */
export function remarkLines(clause: ClauseResult, labels: Labels): string[] {
  return [...(clause.missing ?? []).map((m) => missingText(m, labels)), ...(clause.notes ?? [])];
}

/** «подтверждено 2025-01-10: yes», with the expiry mark: the attestation shown beside the data's verdict. */
export function attestationText(clause: ClauseResult, labels: Labels): string {
  const a = clause.attestation;
  if (!a) return '';
  return `${labels.words.attestedOn} ${a.date}: ${a.answer}${a.expired ? ` (${labels.words.expired})` : ''}`;
}
