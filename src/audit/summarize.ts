import { SEVERITIES, SUBJECT_TYPES, type Severity, type SubjectType } from '../model/vocabulary.js';
import type { Subjects } from '../normalize/types.js';
import type { ClauseResult, ClauseStatus, Finding, ReportSummary } from '../report/types.js';
import { CLAUSE_STATUSES } from '../report/clause-statuses.js';
import { zeroCounts } from '../report/zero-counts.js';
import { computeCoverage, computeScore } from './compute-score.js';
import type { RuleStat } from './rule-stats.js';

/** Counts are of unwaived findings (what needs fixing); `waived` says how many are set aside. */
export function summarize(
  findings: readonly Finding[],
  clauses: readonly ClauseResult[],
  subjects: Subjects,
  stats: ReadonlyMap<string, RuleStat>,
): ReportSummary {
  const bySeverity = zeroCounts<Severity>(SEVERITIES);
  const bySubjectType = zeroCounts<SubjectType>(SUBJECT_TYPES);
  const clauseCounts = new Map<string, number>();
  let unwaived = 0;
  for (const f of findings) {
    if (f.waived) continue;
    unwaived += 1;
    bySeverity[f.severity] += 1;
    bySubjectType[f.subject.type] += 1;
    for (const c of f.clauses) clauseCounts.set(c, (clauseCounts.get(c) ?? 0) + 1);
  }
  // Catalog order, only clauses with findings: the clause list carries the zeros.
  const byClause: Record<string, number> = {};
  for (const c of clauses) {
    const n = clauseCounts.get(c.id);
    if (n) byClause[c.id] = n;
  }
  const subjectCounts = zeroCounts<SubjectType>(SUBJECT_TYPES);
  for (const t of SUBJECT_TYPES) subjectCounts[t] = subjects.byType[t]?.length ?? 0;
  const clauseStatus = zeroCounts<ClauseStatus>(CLAUSE_STATUSES);
  for (const c of clauses) clauseStatus[c.status] += 1;

  const checks = { evaluated: 0, applicable: 0, failed: 0, waived: 0, notApplicable: 0, undetermined: 0 };
  for (const s of stats.values()) {
    checks.undetermined += s.undetermined ?? 0;
    checks.evaluated += s.evaluated;
    checks.applicable += s.applicable;
    checks.failed += s.failed;
    checks.waived += s.waived;
    checks.notApplicable += s.evaluated - s.applicable;
  }
  return {
    findings: {
      total: findings.length,
      unwaived,
      waived: findings.length - unwaived,
      bySeverity,
      byClause,
      bySubjectType,
    },
    subjects: subjectCounts,
    clauses: clauseStatus,
    score: computeScore(clauses, stats),
    coverage: computeCoverage(clauses),
    checks,
  };
}
