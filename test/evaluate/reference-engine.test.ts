import { describe, it, expect } from 'vitest';
import { referenceEngine } from '../../src/evaluate/reference-engine.js';
import type { TopLevelCondition } from '../../src/evaluate/types.js';

const startsWith = {
  name: 'startsWith',
  evaluate: (a: string, b: string) => a.startsWith(b),
  validator: (a: unknown) => typeof a === 'string',
};

describe('referenceEngine', () => {
  it.each([
    [{ all: [{ fact: 'a', operator: 'equal', value: 1 }] }, { a: 1 }, true],
    [{ all: [{ fact: 'a', operator: 'equal', value: 1 }] }, { a: 2 }, false],
    // allowUndefinedFacts: a missing fact is undefined, not an error.
    [{ all: [{ fact: 'missing', operator: 'equal', value: 1 }] }, {}, false],
    [{ any: [{ fact: 'o', path: '$.x[0]', operator: 'equal', value: 'y' }] }, { o: { x: ['y'] } }, true],
    [{ not: { fact: 'a', operator: 'in', value: [1, 2] } }, { a: 3 }, true],
  ] as [TopLevelCondition, Record<string, unknown>, boolean][])(
    '%j on %j → %s',
    async (cond, facts, expected) => {
      expect(await referenceEngine.compile(cond)(facts)).toBe(expected);
    },
  );

  it('keeps custom operator validators (addOperator(name, cb) would drop them)', async () => {
    const cond: TopLevelCondition = { all: [{ fact: 's', operator: 'startsWith', value: 'ab' }] };
    const run = referenceEngine.compile(cond, { operators: [startsWith] });
    expect(await run({ s: 'abc' })).toBe(true);
    // Without the validator `(5).startsWith` would throw; with it the operator is simply false.
    expect(await run({ s: 5 })).toBe(false);
  });

  it('resolves shared conditions and rejects unknown ones', async () => {
    const shared: Record<string, TopLevelCondition> = {
      isTeacher: { all: [{ fact: 'role', operator: 'equal', value: 'учитель' }] },
    };
    const run = referenceEngine.compile({ all: [{ condition: 'isTeacher' }] }, { sharedConditions: shared });
    expect(await run({ role: 'учитель' })).toBe(true);
    expect(await run({ role: 'ученик' })).toBe(false);
    await expect(referenceEngine.compile({ all: [{ condition: 'nope' }] })({})).rejects.toThrow(
      /No condition nope/,
    );
  });

  it('passes object facts through by identity and does not mutate the condition', async () => {
    const shared = { tag: 'x' };
    const cond: TopLevelCondition = {
      all: [{ fact: 'a', operator: 'equal', value: { fact: 'b' }, priority: '2' as unknown as number }],
    };
    const before = JSON.stringify(cond);
    const run = referenceEngine.compile(cond);
    expect(await run({ a: shared, b: shared })).toBe(true);
    expect(await run({ a: shared, b: { tag: 'x' } })).toBe(false);
    expect(JSON.stringify(cond)).toBe(before);
  });

  it('gives the right answer for concurrent runs on one compiled condition', async () => {
    const run = referenceEngine.compile({
      all: [
        { fact: 'n', operator: 'greaterThan', value: 0, priority: 2 },
        { fact: 'n', operator: 'lessThan', value: 100 },
      ],
    });
    const inputs = Array.from({ length: 50 }, (_, i) => i * 5 - 20);
    // Staggered starts: a bare shared Engine answers some of these wrongly (measured: 3 of 50).
    const pending: (boolean | Promise<boolean>)[] = [];
    for (const n of inputs) {
      pending.push(run({ n }));
      await Promise.resolve();
    }
    const results = await Promise.all(pending);
    expect(results).toEqual(inputs.map((n) => n > 0 && n < 100));
  });
});
