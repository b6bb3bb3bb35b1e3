import type { Finding, Report, ReportDiff } from './types.js';

/**
 * Compares two reports by finding fingerprint (rule + subject), so reworded messages, changed
 * severities or reordered input do not count as change. A finding that became waived is
 * `unchanged`: it is still there.
 */
export function diffReports(
  oldReport: Pick<Report, 'findings' | 'summary'>,
  newReport: Pick<Report, 'findings' | 'summary'>,
): ReportDiff {
  const before = new Map(oldReport.findings.map((f) => [f.fingerprint, f]));
  const after = new Set(newReport.findings.map((f) => f.fingerprint));
  const added: Finding[] = [];
  const unchanged: Finding[] = [];
  for (const f of newReport.findings) (before.has(f.fingerprint) ? unchanged : added).push(f);
  const fixed = oldReport.findings.filter((f) => !after.has(f.fingerprint));
  return {
    added,
    fixed,
    unchanged,
    summary: {
      added: added.length,
      fixed: fixed.length,
      unchanged: unchanged.length,
      addedUnwaived: added.filter((f) => !f.waived).length,
      scoreBefore: oldReport.summary.score,
      scoreAfter: newReport.summary.score,
    },
  };
}
