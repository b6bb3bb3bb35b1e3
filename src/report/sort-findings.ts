import { SEVERITIES, SUBJECT_TYPES } from '../model/vocabulary.js';
import { compareStrings } from '../model/compare-strings.js';
import type { Finding } from './types.js';

/**
 * Report order: severity (critical first), the finding's first clause in catalog order, rule id,
 * subject type, subject id. Total on (rule, subject), so the order never depends on input order.
 */
export function sortFindings(findings: readonly Finding[], clauseOrder: readonly string[]): Finding[] {
  const clauseRank = new Map(clauseOrder.map((id, i) => [id, i]));
  const firstClause = (f: Finding) =>
    Math.min(Number.MAX_SAFE_INTEGER, ...f.clauses.map((c) => clauseRank.get(c) ?? Number.MAX_SAFE_INTEGER));
  return [...findings].sort(
    (a, b) =>
      SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
      firstClause(a) - firstClause(b) ||
      compareStrings(a.ruleId, b.ruleId) ||
      SUBJECT_TYPES.indexOf(a.subject.type) - SUBJECT_TYPES.indexOf(b.subject.type) ||
      compareStrings(a.subject.id, b.subject.id),
  );
}
