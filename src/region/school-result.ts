import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { AuditInput } from '../model/types.js';
import type { ClauseStatus, Report } from '../report/types.js';
import type { SchoolResult } from './types.js';

/** The id a school is known by in a region: its own id, else its file, else its position. */
function schoolKey(id: string | undefined, source: string | undefined, position: number): string {
  if (id !== undefined && id.trim() !== '') return id;
  return source ?? `#${position + 1}`;
}

/** A school's result from its report: counts and statuses only, findings when asked for. */
export function schoolResultFromReport(
  report: Report,
  input: AuditInput,
  extra: {
    source?: string;
    position: number;
    prohibitedMessengers: Record<string, number>;
    includeFindings: boolean;
    diagnostics: Diagnostic[];
  },
): SchoolResult {
  const { school } = input;
  const s = report.summary;
  const clauseStatus: Record<string, ClauseStatus> = {};
  for (const c of report.clauses) clauseStatus[c.id] = c.status;
  return {
    id: schoolKey(school.id, extra.source, extra.position),
    name: school.name,
    region: school.region,
    municipality: school.municipality,
    ...(extra.source !== undefined ? { source: extra.source } : {}),
    status: 'audited',
    summary: {
      score: s.score,
      findings: {
        total: s.findings.total,
        unwaived: s.findings.unwaived,
        waived: s.findings.waived,
        bySeverity: { ...s.findings.bySeverity },
        byClause: { ...s.findings.byClause },
      },
      clauses: { ...s.clauses },
      clauseStatus,
      subjects: { ...s.subjects },
      prohibitedMessengers: extra.prohibitedMessengers,
    },
    ...(extra.includeFindings ? { findings: report.findings } : {}),
    diagnostics: extra.diagnostics,
  };
}

/** A school that could not be loaded or audited: accounted for, with the reasons. */
export function failedSchoolResult(
  position: number,
  diagnostics: Diagnostic[],
  known: { id?: string; name?: string; region?: string; municipality?: string; source?: string } = {},
): SchoolResult {
  return {
    id: schoolKey(known.id, known.source, position),
    ...(known.name !== undefined ? { name: known.name } : {}),
    ...(known.region !== undefined ? { region: known.region } : {}),
    ...(known.municipality !== undefined ? { municipality: known.municipality } : {}),
    ...(known.source !== undefined ? { source: known.source } : {}),
    status: 'failed',
    diagnostics,
  };
}
