import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compiledEngine, referenceEngine } from '../../src/evaluate/index.js';
import { evaluatePrepared, prepareRules, unknownFactsFor } from '../../src/catalog/rule-runner.js';
import type { RuleOutcome } from '../../src/model/vocabulary.js';
import type { Condition, TopLevelCondition } from '../../src/evaluate/types.js';
import type { RuleDefinition, RuleUnknown } from '../../src/catalog/types.js';
import type { Subject } from '../../src/normalize/types.js';

const FACT_NAMES = ['a', 'b', 'c'] as const;

function rule(conditions: TopLevelCondition, extra: Partial<RuleDefinition> = {}): RuleDefinition {
  return {
    id: 'T-3V',
    clauses: ['1.1'],
    subject: 'school',
    severity: 'low',
    title: { ru: 'т', en: 't' },
    message: { ru: 'м', en: 'm' },
    remediation: { ru: 'р', en: 'r' },
    conditions,
    ...extra,
  };
}

const subject = (facts: Record<string, unknown>): Subject => ({
  type: 'school',
  id: 'school',
  label: 'школа',
  facts,
});
const leaf = (fact: string, value: unknown = true): Condition => ({ fact, operator: 'equal', value });

async function outcomeOf(
  r: RuleDefinition,
  facts: Record<string, unknown>,
  engine = compiledEngine,
): Promise<RuleOutcome> {
  const [p] = prepareRules([r], { engine });
  return evaluatePrepared(p!, subject(facts));
}

describe('the unknown check before evaluation (Kleene three-valued logic)', () => {
  it.each([
    ['all: a known false decides', { all: [leaf('a'), leaf('b')] }, { a: false, b: null }, 'passes'],
    [
      'all: a known true leaves it unknown',
      { all: [leaf('a'), leaf('b')] },
      { a: true, b: null },
      'undetermined',
    ],
    ['any: a known true decides', { any: [leaf('a'), leaf('b')] }, { a: true, b: null }, 'fires'],
    [
      'any: a known false leaves it unknown',
      { any: [leaf('a'), leaf('b')] },
      { a: false, b: null },
      'undetermined',
    ],
    ['not keeps unknown', { not: leaf('a') }, { a: null }, 'undetermined'],
    ['an absent fact is unknown', { all: [leaf('a')] }, {}, 'undetermined'],
    [
      'a null test is a known answer',
      { all: [{ fact: 'a', operator: 'equal', value: null }] },
      { a: null },
      'fires',
    ],
    [
      'a compared fact that is unknown',
      { all: [{ fact: 'a', operator: 'greaterThan', value: { fact: 'b' } }] },
      { a: 3, b: null },
      'undetermined',
    ],
    ['nothing unknown: as before', { all: [leaf('a'), leaf('b')] }, { a: true, b: true }, 'fires'],
  ] as const)('%s', async (_name, conditions, facts, expected) => {
    for (const engine of [compiledEngine, referenceEngine]) {
      expect(await outcomeOf(rule(conditions as TopLevelCondition), facts, engine)).toBe(expected);
    }
  });

  it.each([
    ['violation', 'fires'],
    ['pass', 'passes'],
    ['undetermined', 'undetermined'],
  ] as const)('unknown: %s → %s; an unknown `when` stays undetermined', async (declared, expected) => {
    const r = rule({ all: [leaf('a')] }, { unknown: declared as RuleUnknown });
    expect(await outcomeOf(r, { a: null })).toBe(expected);
    const withWhen = rule(
      { all: [leaf('a')] },
      { unknown: declared as RuleUnknown, when: { all: [leaf('b')] } },
    );
    expect(await outcomeOf(withWhen, { a: true, b: null })).toBe('undetermined');
    expect(await outcomeOf(withWhen, { a: null, b: false })).toBe('not-applicable');
  });

  it('names the unknown facts the decision depended on', () => {
    const [p] = prepareRules(
      [rule({ any: [leaf('a'), { all: [leaf('b'), leaf('c')] }] }, { when: { all: [leaf('c', 1)] } })],
      {
        engine: compiledEngine,
      },
    );
    expect(unknownFactsFor(p!, subject({ a: null, b: undefined, c: 1 }))).toEqual(['a', 'b']);
  });

  // Random trees over facts that are true, false or unknown: both engines reach the same outcome,
  // and a decided outcome holds for every way of filling in the unknown facts (soundness).
  const leafArb = fc.record({
    fact: fc.constantFrom(...FACT_NAMES),
    operator: fc.constantFrom('equal', 'notEqual'),
    value: fc.boolean(),
  });
  const treeArb: fc.Arbitrary<Condition> = fc.letrec<{ node: Condition }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leafArb,
      fc.record({ all: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ any: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
      fc.record({ not: tie('node') }),
    ),
  })).node;
  const factsArb = fc.record({
    a: fc.constantFrom(true, false, null),
    b: fc.constantFrom(true, false, null),
    c: fc.constantFrom(true, false, null),
  });

  it('both engines agree, and decided outcomes are sound', async () => {
    await fc.assert(
      fc.asyncProperty(treeArb, factsArb, async (tree, facts) => {
        const conditions: TopLevelCondition = { all: [tree] };
        const r = rule(conditions);
        const compiled = await outcomeOf(r, facts, compiledEngine);
        const reference = await outcomeOf(r, facts, referenceEngine);
        expect(compiled).toBe(reference);
        if (compiled === 'undetermined') return;
        const unknown = FACT_NAMES.filter((f) => facts[f] === null);
        for (let mask = 0; mask < 1 << unknown.length; mask++) {
          const filled: Record<string, unknown> = { ...facts };
          unknown.forEach((f, i) => (filled[f] = Boolean(mask & (1 << i))));
          expect(await outcomeOf(r, filled, compiledEngine)).toBe(compiled);
        }
      }),
      { numRuns: 150, seed: 20261203 },
    );
  });
});
