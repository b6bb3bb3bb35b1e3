import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeScore } from '../../src/audit/compute-score.js';
import type { RuleStat } from '../../src/audit/rule-stats.js';
import type { ClauseResult } from '../../src/report/types.js';
import type { Severity } from '../../src/model/vocabulary.js';

const stat = (ruleId: string, severity: Severity, applicable: number, failed = 0, waived = 0): RuleStat => ({
  ruleId,
  severity,
  evaluated: applicable,
  applicable,
  failed,
  waived,
});
const clause = (
  id: string,
  status: ClauseResult['status'],
  rules: string[],
  extra: Partial<ClauseResult> = {},
): ClauseResult => ({
  id,
  title: { ru: id, en: id },
  disposition: 'auto',
  status,
  decidedBy: 'data',
  rules,
  findings: 0,
  ...extra,
});
const score = (clauses: ClauseResult[], stats: RuleStat[]) =>
  computeScore(clauses, new Map(stats.map((s) => [s.ruleId, s])));

describe('computeScore', () => {
  it('is 100 when nothing can be scored', () => {
    expect(score([], [])).toBe(100);
    expect(
      score(
        [clause('1.2', 'informational', []), clause('2.5.a', 'not-applicable', ['R'])],
        [stat('R', 'high', 0)],
      ),
    ).toBe(100);
  });

  it('is 100 when everything applicable passed and 0 when everything failed', () => {
    expect(score([clause('a', 'compliant', ['R'])], [stat('R', 'high', 10)])).toBe(100);
    expect(score([clause('a', 'violated', ['R'])], [stat('R', 'high', 10, 10)])).toBe(0);
  });

  it('gives the share of passed checks within a clause', () => {
    expect(score([clause('a', 'violated', ['R'])], [stat('R', 'high', 4, 1)])).toBe(75);
  });

  it('weights checks by severity inside a clause', () => {
    // critical 10 × (1 of 1 failed) and low 1 × (0 of 1): 1/11 passed.
    expect(
      score([clause('a', 'violated', ['C', 'L'])], [stat('C', 'critical', 1, 1), stat('L', 'low', 1)]),
    ).toBe(9);
  });

  it('weights clauses by their most severe applicable rule, not by roster size', () => {
    const clauses = [clause('big', 'compliant', ['P']), clause('doc', 'violated', ['D'])];
    // A compliant 800-person clause (high 5) and a failed document clause (critical 10): 5/15.
    expect(score(clauses, [stat('P', 'high', 800), stat('D', 'critical', 1, 1)])).toBe(33.3);
  });

  it('leaves waived checks out of both sides', () => {
    expect(score([clause('a', 'compliant', ['R'])], [stat('R', 'high', 4, 0, 2)])).toBe(100);
    expect(score([clause('a', 'violated', ['R'])], [stat('R', 'high', 4, 1, 2)])).toBe(50);
    expect(score([clause('a', 'compliant', ['R'])], [stat('R', 'high', 2, 0, 2)])).toBe(100);
  });

  it('ignores clauses whose rules are all `info`', () => {
    expect(
      score(
        [clause('i', 'violated', ['I']), clause('a', 'compliant', ['R'])],
        [stat('I', 'info', 5, 5), stat('R', 'low', 1)],
      ),
    ).toBe(100);
  });

  it.each([
    ['attested', 'yes', false, 100],
    ['violated', 'partial', false, 50],
    ['violated', 'no', false, 0],
    ['attestation-required', 'yes', true, 0],
    ['attestation-required', undefined, undefined, 0],
  ] as const)('attestation clause %s (%s) earns its credit', (status, answer, expired, expected) => {
    const c = clause('2.2.f', status, [], {
      disposition: 'attest',
      decidedBy: 'attestation',
      ...(answer ? { attestation: { answer, by: 'x', date: '2026-01-01', expired: expired ?? false } } : {}),
    });
    expect(score([c], [])).toBe(expected);
  });

  it('floors to one decimal, so only a perfect audit shows 100', () => {
    expect(score([clause('a', 'violated', ['R'])], [stat('R', 'high', 10000, 1)])).toBe(99.9);
    expect(score([clause('a', 'violated', ['R'])], [stat('R', 'high', 3, 1)])).toBe(66.6);
  });

  it('stays within 0–100 and is independent of clause order', () => {
    const stats = [stat('A', 'critical', 7, 3), stat('B', 'low', 5, 5), stat('C', 'medium', 9, 1)];
    const clauses = [
      clause('a', 'violated', ['A']),
      clause('b', 'violated', ['B', 'C']),
      clause('c', 'attested', [], { decidedBy: 'attestation' }),
    ];
    const s = score(clauses, stats);
    expect(s).toBeGreaterThanOrEqual(0);
    expect(s).toBeLessThanOrEqual(100);
    expect(score([...clauses].reverse(), [...stats].reverse())).toBe(s);
  });
});

describe('computeScore properties', () => {
  const severity = fc.constantFrom<Severity>('critical', 'high', 'medium', 'low', 'info');
  const ruleStat = fc
    .record({
      severity,
      applicable: fc.integer({ min: 0, max: 50 }),
      failedShare: fc.double({ min: 0, max: 1, noNaN: true }),
      waivedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map(({ severity: sev, applicable, failedShare, waivedShare }) => {
      const failed = Math.floor(applicable * failedShare);
      const waived = Math.floor((applicable - failed) * waivedShare);
      return { sev, applicable, failed, waived };
    });

  it('stays within 0–100, is 100 without failures, and never rises when a check fails', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(ruleStat, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        (clauses) => {
          const stats: RuleStat[] = [];
          const results: ClauseResult[] = clauses.map((rules, ci) => {
            const ids = rules.map((r, ri) => {
              const id = `R${ci}-${ri}`;
              stats.push(stat(id, r.sev, r.applicable, r.failed, r.waived));
              return id;
            });
            const failing = rules.some((r) => r.failed > 0 && r.sev !== 'info');
            return clause(`c${ci}`, failing ? 'violated' : 'compliant', ids);
          });
          const s = score(results, stats);
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(100);
          const clean = stats.map((x) => ({ ...x, failed: 0 }));
          expect(
            score(
              results.map((c) => ({ ...c, status: 'compliant' as const })),
              clean,
            ),
          ).toBe(100);
          // One more failing check (where one can still fail) never raises the score.
          const target = stats.find((x) => x.applicable - x.waived - x.failed > 0);
          if (target) {
            const worse = stats.map((x) => (x === target ? { ...x, failed: x.failed + 1 } : x));
            expect(score(results, worse)).toBeLessThanOrEqual(s);
          }
        },
      ),
    );
  });
});
