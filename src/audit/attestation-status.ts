import type { Attestation, ISODate } from '../model/types.js';
import type { ClauseResult } from '../report/types.js';
import { daysBetween, isIsoDate } from '../findings/iso-date.js';

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
    if (a.clause !== clauseId || !isIsoDate(a.date) || daysBetween(a.date, asOf) < 0) return;
    if (!best || daysBetween(best.date, a.date) >= 0) {
      best = a;
      bestIndex = i;
    }
  });
  if (!best) return undefined;
  const source = locate?.(bestIndex);
  const pastValidity = best.validUntil !== undefined && isIsoDate(best.validUntil) && daysBetween(best.validUntil, asOf) > 0;
  const tooOld = daysBetween(best.date, asOf) > maxAgeDays;
  return {
    answer: best.answer,
    by: best.by,
    date: best.date,
    ...(best.validUntil !== undefined ? { validUntil: best.validUntil } : {}),
    expired: pastValidity || tooOld,
    ...(best.evidence !== undefined ? { evidence: best.evidence } : {}),
    ...(source ? { source } : {}),
  };
}
