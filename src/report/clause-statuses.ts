import type { ClauseStatus } from './types.js';

/** Every clause status, worst first: the order of a report's `summary.clauses` and of every table of them. */
export const CLAUSE_STATUSES: readonly ClauseStatus[] = [
  'violated',
  'attestation-required',
  'undetermined',
  'compliant',
  'attested',
  'not-applicable',
  'informational',
];
