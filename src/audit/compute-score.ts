import type { Severity } from '../model/vocabulary.js';
import type { ClauseResult } from '../report/types.js';
import type { RuleStat } from './rule-stats.js';

/** Weight of a check by its rule's severity; `info` rules inform and do not move the score. */
const SEVERITY_WEIGHT: Readonly<Record<Severity, number>> = {
  critical: 10,
  high: 5,
  medium: 3,
  low: 1,
  info: 0,
};

/** Least weight of a clause decided by attestation: as a `medium` rule (more when its rules weigh more). */
const ATTESTATION_WEIGHT = SEVERITY_WEIGHT.medium;

const ANSWER_CREDIT: Readonly<Record<string, number>> = { yes: 1, partial: 0.5, no: 0 };

/**
 * The share of a clause that holds, 0–1, or undefined when the clause does not count.
 * Data-decided clauses: severity-weighted share of applicable checks (rule × subject) that did
 * not fail; waived checks are left out of both sides. Attestation-decided: by the answer.
 */
function clauseCredit(
  clause: ClauseResult,
  stats: ReadonlyMap<string, RuleStat>,
): { weight: number; credit: number } | undefined {
  // Undetermined: the data neither prove nor disprove the clause; it weighs on coverage instead.
  if (
    clause.status === 'informational' ||
    clause.status === 'not-applicable' ||
    clause.status === 'undetermined'
  )
    return undefined;
  const ruleStats = clause.rules.map((id) => stats.get(id)).filter((s): s is RuleStat => s !== undefined);
  const applicableStats = ruleStats.filter((s) => s.applicable > 0);
  const dataWeight = Math.max(0, ...applicableStats.map((s) => SEVERITY_WEIGHT[s.severity]));

  if (clause.decidedBy === 'attestation') {
    const weight = Math.max(ATTESTATION_WEIGHT, ...ruleStats.map((s) => SEVERITY_WEIGHT[s.severity]));
    const a = clause.attestation;
    const credit = clause.status === 'attested' ? 1 : a && !a.expired ? (ANSWER_CREDIT[a.answer] ?? 0) : 0;
    return { weight, credit };
  }
  if (dataWeight === 0) return undefined;
  let passed = 0;
  let counted = 0;
  for (const s of applicableStats) {
    const w = SEVERITY_WEIGHT[s.severity];
    // Undetermined checks are neither passed nor failed.
    const checks = s.applicable - s.waived - (s.undetermined ?? 0);
    counted += w * checks;
    passed += w * (checks - s.failed);
  }
  return { weight: dataWeight, credit: counted === 0 ? 1 : passed / counted };
}

/**
 * Compliance score 0–100 (docs/scoring.md): the clause-weighted mean of clause credits, each
 * clause weighted by its most severe applicable rule. Floored to one decimal so that 100 means
 * nothing failed. Nothing to score gives 100.
 */
export function computeScore(clauses: readonly ClauseResult[], stats: ReadonlyMap<string, RuleStat>): number {
  let total = 0;
  let earned = 0;
  for (const clause of clauses) {
    const c = clauseCredit(clause, stats);
    if (!c) continue;
    total += c.weight;
    earned += c.weight * c.credit;
  }
  if (total === 0) return 100;
  // The epsilon absorbs binary rounding (0.3 × 1000 = 299.999…) without lifting a real shortfall.
  return Math.floor((earned / total) * 1000 + 1e-9) / 10;
}

/**
 * Coverage 0–100: the share of clauses (informational ones aside) the audit decided — compliant,
 * violated, attested, not applicable — rather than left undetermined or awaiting attestation.
 * Floored to one decimal; nothing to decide gives 100.
 */
export function computeCoverage(clauses: readonly ClauseResult[]): number {
  let counted = 0;
  let decided = 0;
  for (const c of clauses) {
    if (c.status === 'informational') continue;
    counted += 1;
    if (c.status !== 'undetermined' && c.status !== 'attestation-required') decided += 1;
  }
  if (counted === 0) return 100;
  return Math.floor((decided / counted) * 1000 + 1e-9) / 10;
}
