import type { Attestation, ISODate } from '../model/types.js';
import type { ClauseResult } from '../report/types.js';
import { daysBetween } from '../model/iso-date.js';

export type ClauseAttestation = NonNullable<ClauseResult['attestation']>;

/** Where an attestation was recorded: its index in `attestations`, for the report to cite. */
export type LocateAttestation = (index: number) => ClauseAttestation['source'];

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
  locate?: LocateAttestation,
): ClauseAttestation | undefined {
  let best: Attestation | undefined;
  let bestIndex = -1;
  attestations.forEach((a, i) => {
    const age = daysBetween(a.date, asOf);
    if (a.clause !== clauseId || age === null || age < 0) return;
    if (!best || (daysBetween(best.date, a.date) ?? 0) >= 0) {
      best = a;
      bestIndex = i;
    }
  });
  if (!best) return undefined;
  // TypeScript does not see the assignment inside the callback.
  const chosen: Attestation = best;
  const source = locate?.(bestIndex);
  const sinceValidity = daysBetween(chosen.validUntil, asOf);
  const pastValidity = sinceValidity !== null && sinceValidity > 0;
  const tooOld = (daysBetween(chosen.date, asOf) ?? 0) > maxAgeDays;
  return {
    answer: chosen.answer,
    by: chosen.by,
    date: chosen.date,
    ...(chosen.validUntil !== undefined ? { validUntil: chosen.validUntil } : {}),
    expired: pastValidity || tooOld,
    ...(chosen.evidence !== undefined ? { evidence: chosen.evidence } : {}),
    ...(source ? { source } : {}),
  };
}
