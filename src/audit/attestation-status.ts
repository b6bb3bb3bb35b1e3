import type { Attestation, ISODate } from '../model/types.js';
import type { ClauseResult } from '../report/types.js';
import { daysBetween } from '../model/iso-date.js';

export type ClauseAttestation = NonNullable<ClauseResult['attestation']>;

/**
 * The answer that counts for a clause on the as-of date: the latest one recorded on or before it
 * (later entries win ties). It is expired when `validUntil` has passed or it is older than
 * `maxAgeDays`: the question must be asked again.
 */
export function currentAttestation(
  clauseId: string,
  attestations: readonly Attestation[],
  asOf: ISODate,
  maxAgeDays: number,
): ClauseAttestation | undefined {
  let best: Attestation | undefined;
  for (const a of attestations) {
    const age = daysBetween(a.date, asOf);
    if (a.clause !== clauseId || age === null || age < 0) continue;
    if (!best || (daysBetween(best.date, a.date) ?? 0) >= 0) best = a;
  }
  if (!best) return undefined;
  const sinceValidity = daysBetween(best.validUntil, asOf);
  const pastValidity = sinceValidity !== null && sinceValidity > 0;
  const tooOld = (daysBetween(best.date, asOf) ?? 0) > maxAgeDays;
  return {
    answer: best.answer,
    by: best.by,
    date: best.date,
    ...(best.validUntil !== undefined ? { validUntil: best.validUntil } : {}),
    expired: pastValidity || tooOld,
    ...(best.evidence !== undefined ? { evidence: best.evidence } : {}),
  };
}
