import { describe, expect, it } from 'vitest';
import type { ClauseDefinition, RuleDefinition } from '../../src/catalog/types.js';
import { computeClauseResults } from '../../src/audit/clause-results.js';
import type { RuleStat } from '../../src/audit/rule-stats.js';
import type { Attestation } from '../../src/model/types.js';

const clause = (
  id: string,
  disposition: ClauseDefinition['disposition'],
  rules: string[] = [],
  question = false,
): ClauseDefinition => ({
  id,
  text: { ru: id },
  summary: { ru: id, en: id },
  who: 'school',
  disposition,
  rules,
  ...(question ? { question: { ru: '?', en: '?' } } : {}),
});
const rule = (id: string, clauses: string[]): RuleDefinition => ({
  id,
  clauses,
  subject: 'person',
  severity: 'high',
  title: { ru: id, en: id },
  message: { ru: id, en: id },
  remediation: { ru: id, en: id },
  conditions: { all: [] },
});
const stat = (ruleId: string, applicable: number, failed = 0, waived = 0): RuleStat => ({
  ruleId,
  severity: 'high',
  evaluated: applicable + 1,
  applicable,
  failed,
  waived,
});
const att = (
  clauseId: string,
  answer: Attestation['answer'],
  date = '2026-06-01',
  validUntil?: string,
): Attestation => ({
  clause: clauseId,
  answer,
  by: 'директор',
  date,
  ...(validUntil ? { validUntil } : {}),
});

function statusOf(
  c: ClauseDefinition,
  opts: {
    rules?: RuleDefinition[];
    stats?: RuleStat[];
    attestations?: Attestation[];
    asOf?: string;
    maxAge?: number;
  } = {},
) {
  const [result] = computeClauseResults({
    clauses: [c],
    rules: opts.rules ?? [],
    stats: new Map((opts.stats ?? []).map((s) => [s.ruleId, s])),
    attestations: opts.attestations ?? [],
    asOf: opts.asOf ?? '2026-11-30',
    attestationMaxAgeDays: opts.maxAge ?? 365,
  });
  return result!;
}

describe('computeClauseResults', () => {
  const R = [rule('R-1', ['2.5.a']), rule('R-2', ['2.5.a'])];

  it.each([
    ['violated when a rule has an unwaived finding', [stat('R-1', 10, 1), stat('R-2', 10)], 'violated', 1],
    ['compliant when rules applied and nothing failed', [stat('R-1', 10), stat('R-2', 0)], 'compliant', 0],
    ['compliant when every finding is waived', [stat('R-1', 10, 0, 2)], 'compliant', 0],
    [
      'not-applicable when no rule applied to anything',
      [stat('R-1', 0), stat('R-2', 0)],
      'not-applicable',
      0,
    ],
  ] as const)('auto clause: %s', (_name, stats, status, findings) => {
    const r = statusOf(clause('2.5.a', 'auto'), { rules: R, stats: [...stats] });
    expect(r.status).toBe(status);
    expect(r.findings).toBe(findings);
    expect(r.decidedBy).toBe('data');
  });

  it('collects rules listed by the clause and rules naming it, in catalog order', () => {
    const rules = [rule('A', ['x']), rule('B', ['2.5.a']), rule('C', ['y'])];
    const r = statusOf(clause('2.5.a', 'auto', ['C']), { rules, stats: [stat('B', 1), stat('C', 1)] });
    expect(r.rules).toEqual(['B', 'C']);
  });

  it('lists rules switched off and treats an auto clause with all rules off as not applicable', () => {
    const r = statusOf(clause('2.5.a', 'auto'), { rules: R, stats: [] });
    expect(r.status).toBe('not-applicable');
    expect(r.disabledRules).toEqual(['R-1', 'R-2']);
    expect(r.rules).toEqual([]);
  });

  it('auto clause: data decide, a «yes» on record is shown alongside', () => {
    const r = statusOf(clause('2.5.a', 'auto', [], true), {
      rules: R,
      stats: [stat('R-1', 3)],
      attestations: [att('2.5.a', 'yes')],
    });
    expect(r.status).toBe('compliant');
    expect(r.decidedBy).toBe('data');
    expect(r.attestation).toMatchObject({ answer: 'yes', expired: false });
  });

  it('auto clause the data pass: a current «no» on record outweighs them (an admission)', () => {
    const r = statusOf(clause('2.5.a', 'auto', [], true), {
      rules: R,
      stats: [stat('R-1', 3)],
      attestations: [att('2.5.a', 'no')],
    });
    expect(r.status).toBe('violated');
    expect(r.decidedBy).toBe('attestation');
  });

  it.each([
    ['no attestation', [] as Attestation[], 'undetermined', 'data'],
    ['a current yes', [att('2.5.a', 'yes')], 'attested', 'attestation'],
    ['a current no', [att('2.5.a', 'no')], 'violated', 'attestation'],
    ['an expired yes', [att('2.5.a', 'yes', '2025-11-29')], 'attestation-required', 'attestation'],
  ] as const)('auto clause the data cannot decide, %s → %s', (_name, attestations, status, decidedBy) => {
    const undetermined = { ...stat('R-1', 3), undetermined: 2, unknownFacts: { profileSecured: 2 } };
    const r = statusOf(clause('2.5.a', 'auto', [], true), {
      rules: R,
      stats: [undetermined],
      attestations: [...attestations],
    });
    expect(r.status).toBe(status);
    expect(r.decidedBy).toBe(decidedBy);
    expect(r.undetermined).toBe(2);
    expect(r.missing?.[0]).toMatchObject({ fact: 'profileSecured', subjects: 2 });
    if (attestations[0] && status === 'attestation-required') expect(r.notes?.[0]).toMatch(/истекло/);
  });

  it('an auto clause without a question and with undetermined checks is undetermined', () => {
    const undetermined = { ...stat('R-1', 3), undetermined: 1, unknownFacts: { profileSecured: 1 } };
    expect(statusOf(clause('2.5.a', 'auto'), { rules: R, stats: [undetermined] }).status).toBe(
      'undetermined',
    );
  });

  it.each([
    ['yes', 'attested'],
    ['no', 'violated'],
    ['partial', 'violated'],
    ['not-applicable', 'not-applicable'],
  ] as const)('attest clause answered %s → %s', (answer, status) => {
    const r = statusOf(clause('2.2.f', 'attest', [], true), { attestations: [att('2.2.f', answer)] });
    expect(r.status).toBe(status);
    expect(r.decidedBy).toBe('attestation');
  });

  it.each([
    ['missing', [] as Attestation[], undefined],
    ['past validUntil', [att('2.2.f', 'yes', '2026-01-10', '2026-06-30')], true],
    ['older than the max age', [att('2.2.f', 'yes', '2025-11-29')], true],
    ['dated after the as-of date (not yet given)', [att('2.2.f', 'yes', '2026-12-01')], undefined],
  ])('attest clause %s → attestation-required', (_name, attestations, expired) => {
    const r = statusOf(clause('2.2.f', 'attest'), { attestations });
    expect(r.status).toBe('attestation-required');
    expect(r.attestation?.expired).toBe(expired);
  });

  it('validity ends after validUntil, and age counts from the answer date', () => {
    expect(
      statusOf(clause('2.2.f', 'attest'), { attestations: [att('2.2.f', 'yes', '2026-01-10', '2026-11-30')] })
        .status,
    ).toBe('attested');
    expect(
      statusOf(clause('2.2.f', 'attest'), { attestations: [att('2.2.f', 'yes', '2025-11-30')] }).status,
    ).toBe('attested');
    expect(
      statusOf(clause('2.2.f', 'attest'), { attestations: [att('2.2.f', 'yes', '2026-06-01')], maxAge: 30 })
        .status,
    ).toBe('attestation-required');
  });

  it('the latest answer counts', () => {
    const r = statusOf(clause('2.2.f', 'attest'), {
      attestations: [att('2.2.f', 'yes', '2026-09-01'), att('2.2.f', 'no', '2026-03-01')],
    });
    expect(r.status).toBe('attested');
  });

  it('an attest clause whose rules fire is violated whatever the answer', () => {
    const rules = [rule('R-A', ['2.1.d'])];
    const r = statusOf(clause('2.1.d', 'attest'), {
      rules,
      stats: [stat('R-A', 2, 1)],
      attestations: [att('2.1.d', 'yes')],
    });
    expect(r).toMatchObject({ status: 'violated', decidedBy: 'data', findings: 1 });
  });

  it('info clauses are informational, with no attestation lookup', () => {
    const r = statusOf(clause('1.2', 'info'), { attestations: [att('1.2', 'no')] });
    expect(r.status).toBe('informational');
    expect(r.attestation).toBeUndefined();
  });
});

describe('info-severity findings', () => {
  it('are counted but do not violate a clause', () => {
    const rules = [rule('R-I', ['2.final'])];
    const infoStat: RuleStat = {
      ruleId: 'R-I',
      severity: 'info',
      evaluated: 3,
      applicable: 3,
      failed: 1,
      waived: 0,
    };
    const [r] = computeClauseResults({
      clauses: [clause('2.final', 'auto')],
      rules,
      stats: new Map([['R-I', infoStat]]),
      attestations: [],
      asOf: '2026-11-30',
      attestationMaxAgeDays: 365,
    });
    expect(r).toMatchObject({ status: 'compliant', findings: 1 });
  });
});
