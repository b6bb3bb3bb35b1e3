import type { Severity } from '../model/vocabulary.js';

// Kept out of `types.ts` (re-exported whole by the public entry) so the public API gains no name.
/** Finding counts of a summary (a report's, a school's in a region run, the region's). */
export interface FindingCounts {
  total: number;
  unwaived: number;
  waived: number;
  /** Unwaived findings by severity. */
  bySeverity: Record<Severity, number>;
  /** Unwaived findings by clause id (only clauses with findings). */
  byClause: Record<string, number>;
}
