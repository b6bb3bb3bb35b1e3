import type { ClauseDefinition, RuleDefinition } from '../catalog/types.js';
import type { Attestation, ISODate } from '../model/types.js';
import type { ClauseResult, ClauseStatus } from '../report/types.js';
import { currentAttestation, type ClauseAttestation, type LocateAttestation } from './attestation-status.js';
import type { RuleStat } from './rule-stats.js';

export interface ClauseResultsInput {
  clauses: readonly ClauseDefinition[];
  /** Every rule of the effective catalog, enabled or not, in catalog order. */
  rules: readonly RuleDefinition[];
  /** Stats of the rules that were evaluated (enabled ones). */
  stats: ReadonlyMap<string, RuleStat>;
  attestations: readonly Attestation[];
  asOf: ISODate;
  attestationMaxAgeDays: number;
  /** Where each attestation was recorded, so the report can say which answer decided a clause. */
  locateAttestation?: LocateAttestation;
}

/** Rule ids implementing a clause: listed by the clause or naming it, in catalog rule order. */
export function clauseRuleIds(clause: ClauseDefinition, rules: readonly RuleDefinition[]): string[] {
  const listed = new Set(clause.rules);
  return rules.filter((r) => listed.has(r.id) || r.clauses.includes(clause.id)).map((r) => r.id);
}

function fromAttestation(a: ClauseAttestation | undefined): ClauseStatus {
  if (!a || a.expired) return 'attestation-required';
  switch (a.answer) {
    case 'yes':
      return 'attested';
    case 'not-applicable':
      return 'not-applicable';
    // `partial` is a recorded admission that the obligation is not fully met: a violation
    // (the score gives it half credit, see docs/scoring.md).
    case 'no':
    case 'partial':
      return 'violated';
    default:
      return 'attestation-required';
  }
}

/**
 * One result per catalog clause, in catalog order. Data decides `auto` clauses (an attestation,
 * when recorded, is shown alongside); `attest` clauses are violated by data when their rules
 * fire and otherwise decided by the current answer; `info` clauses are informational.
 * Only unwaived findings above `info` severity violate a clause.
 */
export function computeClauseResults(input: ClauseResultsInput): ClauseResult[] {
  return input.clauses.map((clause): ClauseResult => {
    const ruleIds = clauseRuleIds(clause, input.rules);
    const evaluated = ruleIds.filter((id) => input.stats.has(id));
    const disabled = ruleIds.filter((id) => !input.stats.has(id));
    let failed = 0;
    let blocking = 0;
    let waived = 0;
    let applicable = 0;
    for (const id of evaluated) {
      const s = input.stats.get(id)!;
      failed += s.failed;
      // `info` findings ask for a look (an unknown platform), they do not break the clause.
      if (s.severity !== 'info') blocking += s.failed;
      waived += s.waived;
      applicable += s.applicable;
    }
    const attestation =
      clause.disposition === 'info'
        ? undefined
        : currentAttestation(clause.id, input.attestations, input.asOf, input.attestationMaxAgeDays, input.locateAttestation);

    let status: ClauseStatus;
    let decidedBy: 'data' | 'attestation';
    if (clause.disposition === 'info') {
      status = 'informational';
      decidedBy = 'data';
    } else if (blocking > 0) {
      status = 'violated';
      decidedBy = 'data';
    } else if (clause.disposition === 'auto' && (evaluated.length > 0 || !clause.question)) {
      status = applicable > 0 ? 'compliant' : 'not-applicable';
      decidedBy = 'data';
    } else {
      // `attest` clauses, and `auto` ones whose every rule is switched off but that carry a question.
      status = fromAttestation(attestation);
      decidedBy = 'attestation';
    }
    return {
      id: clause.id,
      title: clause.summary,
      ...(clause.question ? { question: clause.question } : {}),
      disposition: clause.disposition,
      status,
      decidedBy,
      rules: evaluated,
      ...(disabled.length > 0 ? { disabledRules: disabled } : {}),
      findings: failed,
      waived,
      ...(attestation ? { attestation } : {}),
    };
  });
}
