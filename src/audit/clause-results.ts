import type { ClauseDefinition, RuleDefinition } from '../catalog/types.js';
import type { Attestation, ISODate } from '../model/types.js';
import type { ClauseResult, ClauseStatus, MissingData } from '../report/types.js';
import type { Language, SubjectType } from '../model/vocabulary.js';
import { factSpec } from '../normalize/facts.js';
import { currentAttestation, type ClauseAttestation, type LocateAttestation } from './attestation-status.js';
import type { RuleStat } from './rule-stats.js';
import type { Facts } from '../evaluate/types.js';

export interface ClauseResultsInput {
  clauses: readonly ClauseDefinition[];
  /** Every rule of the effective catalog, enabled or not, in catalog order. */
  rules: readonly RuleDefinition[];
  /** Stats of the rules that were evaluated (enabled ones). */
  stats: ReadonlyMap<string, RuleStat>;
  attestations: readonly Attestation[];
  asOf: ISODate;
  attestationMaxAgeDays: number;
  /** Language of the notes and of «where to record» (default ru). */
  language?: Language;
  /** Where each attestation was recorded, so the report can say which answer decided a clause. */
  locateAttestation?: LocateAttestation;
  /** The school subject's facts: an `absence` with outcome `undetermined` reads its count here. */
  schoolFacts?: Facts;
}

/** Rule ids implementing a clause: listed by the clause or naming it, in catalog rule order. */
function clauseRuleIds(clause: ClauseDefinition, rules: readonly RuleDefinition[]): string[] {
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

/** What the undetermined checks of a clause lacked: one entry per subject type and fact. */
function missingData(
  ruleIds: readonly string[],
  input: ClauseResultsInput,
  subjectOf: ReadonlyMap<string, SubjectType>,
): MissingData[] {
  const language = input.language ?? 'ru';
  const byKey = new Map<string, MissingData>();
  for (const id of ruleIds) {
    const s = input.stats.get(id);
    const type = subjectOf.get(id);
    if (!s?.unknownFacts || !type) continue;
    for (const [fact, subjects] of Object.entries(s.unknownFacts)) {
      const key = `${type}\u0000${fact}`;
      const prev = byKey.get(key);
      // The same subjects usually lack the fact for every rule of the clause: the largest count, not a sum.
      if (prev) prev.subjects = Math.max(prev.subjects, subjects);
      else {
        const record = factSpec(type, fact)?.record;
        byKey.set(key, {
          subjectType: type,
          fact,
          subjects,
          ...(record ? { record: record[language] } : {}),
        });
      }
    }
  }
  return [...byKey.values()].sort((a, b) =>
    a.subjectType < b.subjectType
      ? -1
      : a.subjectType > b.subjectType
        ? 1
        : a.fact < b.fact
          ? -1
          : a.fact > b.fact
            ? 1
            : 0,
  );
}

/** What is missing: the absent people first (the school lacks them), then the undetermined checks' facts. */
function missingFor(
  absent: ClauseDefinition['absence'],
  evaluated: readonly string[],
  input: ClauseResultsInput,
  subjectOf: ReadonlyMap<string, SubjectType>,
): MissingData[] {
  const fromChecks = missingData(evaluated, input, subjectOf);
  if (!absent?.fact) return fromChecks;
  const language = input.language ?? 'ru';
  const lacking: MissingData = {
    subjectType: 'school',
    fact: absent.fact,
    subjects: 1,
    ...(absent.record ? { record: absent.record[language] } : {}),
  };
  return [lacking, ...fromChecks];
}

function expiredNote(a: ClauseAttestation, language: Language): string {
  const until = a.validUntil
    ? language === 'ru'
      ? ` (действовало до ${a.validUntil})`
      : ` (valid until ${a.validUntil})`
    : '';
  return language === 'ru'
    ? `Подтверждение от ${a.date}${until} истекло: ответ «${a.answer}» не учитывается, нужен новый ответ.`
    : `The attestation of ${a.date}${until} has expired: the answer "${a.answer}" no longer counts; answer again.`;
}

/** The clause's checks added up over its evaluated rules. */
function tally(evaluated: readonly string[], stats: ReadonlyMap<string, RuleStat>) {
  let failed = 0;
  let blocking = 0;
  let waived = 0;
  let applicable = 0;
  let undetermined = 0;
  for (const id of evaluated) {
    const s = stats.get(id)!;
    failed += s.failed;
    // Undetermined checks of `info` rules ask for a look like their findings do; they leave nothing unproven.
    if (s.severity !== 'info') undetermined += s.undetermined ?? 0;
    // `info` findings ask for a look (an unknown platform), they do not break the clause.
    if (s.severity !== 'info') blocking += s.failed;
    waived += s.waived;
    applicable += s.applicable;
  }
  return { failed, blocking, waived, applicable, undetermined };
}

/**
 * One result per catalog clause, in catalog order (the rule of combination is in docs/rules.md):
 *
 * - `info` clauses are informational.
 * - A clause any of whose rules fires (unwaived, above `info`) is violated by the data.
 * - An `auto` clause the data decide: compliant (or not applicable) when every check was decided;
 *   when it also carries a question, a current answer `no`/`partial` makes it violated (a recorded
 *   admission outweighs the part the data see) and `yes` keeps it compliant, shown alongside.
 * - An `auto` clause with undetermined checks — or whose `absence` is `undetermined` and the people
 *   it binds are missing from the roster (its school fact counts 0) — is undecided by the data: a
 *   current attestation decides it; an expired one makes it `attestation-required`; none leaves it
 *   `undetermined`, with what is missing (the absent people first, with where to record them).
 * - `attest` clauses (and `auto` ones whose every rule is switched off but that carry a question)
 *   are decided by the current answer.
 *
 * An expired attestation is always named in `notes`.
 */
// long-function: the clause status decision table (data, attestation, absence, undetermined) read in one place
export function computeClauseResults(input: ClauseResultsInput): ClauseResult[] {
  const language = input.language ?? 'ru';
  const subjectOf = new Map(input.rules.map((r) => [r.id, r.subject] as const));
  return input.clauses.map((clause): ClauseResult => {
    const ruleIds = clauseRuleIds(clause, input.rules);
    const evaluated = ruleIds.filter((id) => input.stats.has(id));
    const disabled = ruleIds.filter((id) => !input.stats.has(id));
    const { failed, blocking, waived, applicable, undetermined } = tally(evaluated, input.stats);
    // The people the clause binds are missing from the roster: nothing to check is not «not applicable».
    const absence = clause.absence;
    const absent =
      absence?.outcome === 'undetermined' &&
      absence.fact !== undefined &&
      input.schoolFacts?.[absence.fact] === 0
        ? absence
        : undefined;
    const attestation =
      clause.disposition === 'info'
        ? undefined
        : currentAttestation(
            clause.id,
            input.attestations,
            input.asOf,
            input.attestationMaxAgeDays,
            input.locateAttestation,
          );

    let status: ClauseStatus;
    let decidedBy: 'data' | 'attestation';
    const current = attestation && !attestation.expired ? attestation : undefined;
    if (clause.disposition === 'info') {
      status = 'informational';
      decidedBy = 'data';
    } else if (blocking > 0) {
      status = 'violated';
      decidedBy = 'data';
    } else if (clause.disposition === 'auto' && (evaluated.length > 0 || !clause.question)) {
      if (undetermined > 0 || absent) {
        // The data cannot decide: a current answer can, an expired one asks to be renewed.
        if (current) {
          status = fromAttestation(current);
          decidedBy = 'attestation';
        } else {
          status = attestation?.expired ? 'attestation-required' : 'undetermined';
          decidedBy = attestation?.expired ? 'attestation' : 'data';
        }
      } else if (current && (current.answer === 'no' || current.answer === 'partial')) {
        status = 'violated';
        decidedBy = 'attestation';
      } else {
        status = applicable > 0 ? 'compliant' : 'not-applicable';
        decidedBy = 'data';
      }
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
      ...(undetermined > 0 ? { undetermined } : {}),
      ...(undetermined > 0 || absent ? { missing: missingFor(absent, evaluated, input, subjectOf) } : {}),
      ...(attestation ? { attestation } : {}),
      ...(attestation?.expired ? { notes: [expiredNote(attestation, language)] } : {}),
    };
  });
}
