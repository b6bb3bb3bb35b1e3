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
  const sinceValidity = daysBetween(chosen.validUntil, asOf);
  const pastValidity = sinceValidity !== null && sinceValidity > 0;
  const tooOld = (daysBetween(chosen.date, asOf) ?? 0) > maxAgeDays;
  const result: ClauseAttestation = {
    answer: chosen.answer,
    by: chosen.by,
    date: chosen.date,
    ...(chosen.validUntil !== undefined ? { validUntil: chosen.validUntil } : {}),
    expired: pastValidity || tooOld,
    ...(chosen.evidence !== undefined ? { evidence: chosen.evidence } : {}),
  };
  if (locate) lazySource(result, () => locate(bestIndex));
  return result;
}

/**
 * `source` is looked up on first read, like a finding's `evidence` (findings/build-finding): an
 * audit that never prints where an answer was recorded — a region without `--include-findings` —
 * looks up no source position. The getter is the last key, where the field was; once read it
 * becomes a plain field, or disappears when the answer cannot be located.
 */
function lazySource(result: ClauseAttestation, find: () => ClauseAttestation['source']): void {
  Object.defineProperty(result, 'source', {
    enumerable: true,
    configurable: true,
    get(this: ClauseAttestation) {
      const value = find();
      if (value) {
        Object.defineProperty(this, 'source', {
          value,
          writable: true,
          enumerable: true,
          configurable: true,
        });
      } else {
        Reflect.deleteProperty(this, 'source');
      }
      return value;
    },
  });
}
