import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { compileCondition, compiledEngine } from '../../src/evaluate/compiled-engine.js';
import { conditionExplainer, explainCondition } from '../../src/evaluate/explain-condition.js';
import { referenceEngine } from '../../src/evaluate/reference-engine.js';
import { JSONPath } from 'jsonpath-plus';
import { compilePath, jsonPathResolver, simplePathSteps } from '../../src/evaluate/resolve-path.js';
import type { CompileOptions, Facts, TopLevelCondition } from '../../src/evaluate/types.js';
import { CUSTOM_OPERATORS, factsArb, treeArb, valueArb } from './support/arbitraries.js';
import { runner, type Outcome } from './support/outcome.js';

/** The compiled engine's outcome, synchronously, with the JSONPath fast path on or off. */
function compiledRunner(condition: TopLevelCondition, options: CompileOptions, fastPaths: boolean) {
  let run: (facts: Facts) => boolean;
  try {
    run = compileCondition(condition, options, { fastPaths });
  } catch {
    return (): Outcome => 'error';
  }
  return (facts: Facts): Outcome => {
    try {
      return run(facts) ? 'fired' : 'not fired';
    } catch {
      return 'error';
    }
  };
}

/**
 * explain's outcome: `explainCondition` for a scenario's first facts, then the scenario's one
 * `conditionExplainer` (planned once, as `explain()` uses it for a rule's subjects) for the rest.
 */
function explainRunner(condition: TopLevelCondition, options: CompileOptions) {
  const explainer = conditionExplainer(condition, options);
  let first = true;
  return (facts: Facts): Outcome => {
    try {
      const explained = first ? explainCondition(condition, facts, options) : explainer(facts);
      return explained.result === true ? 'fired' : 'not fired';
    } catch {
      return 'error';
    } finally {
      first = false;
    }
  };
}

// Shared conditions: s1 plain, s2 may use s1 (no cycles: those never settle in json-rules-engine).
const scenarioArb = fc
  .record({
    s1: treeArb([], 2),
    s2: treeArb(['s1'], 2),
    tree: treeArb(['s1', 's2']),
    facts: fc.array(factsArb, { minLength: 1, maxLength: 4 }),
  })
  .map(({ s1, s2, tree, facts }) => ({
    condition: tree,
    options: { operators: CUSTOM_OPERATORS, sharedConditions: { s1, s2 } } satisfies CompileOptions,
    facts,
  }));

describe('differential: random condition trees', () => {
  it('compiled engine, explain and the fast path agree with json-rules-engine', async () => {
    const seen: Record<Outcome, number> = { fired: 0, 'not fired': 0, error: 0 };
    await fc.assert(
      fc.asyncProperty(scenarioArb, async ({ condition, options, facts }) => {
        const reference = runner(referenceEngine, condition, options);
        const fast = compiledRunner(condition, options, true);
        const slow = compiledRunner(condition, options, false);
        const explain = explainRunner(condition, options);
        for (const f of facts) {
          const expected = await reference(f as Facts);
          seen[expected]++;
          const got = {
            compiled: fast(f as Facts),
            jsonPathOnly: slow(f as Facts),
            explain: explain(f as Facts),
          };
          // expect() and the message only on a disagreement: ~7,500 comparisons per run.
          if (got.compiled !== expected || got.jsonPathOnly !== expected || got.explain !== expected)
            expect(got, JSON.stringify({ facts: f })).toEqual({
              compiled: expected,
              jsonPathOnly: expected,
              explain: expected,
            });
        }
      }),
      { numRuns: Number(process.env.DIFFERENTIAL_RUNS ?? 3000) },
    );
    console.info('random trees, outcomes of json-rules-engine:', JSON.stringify(seen));
    // The generators must exercise all three outcomes, or the comparison proves little.
    expect(seen.fired).toBeGreaterThan(300);
    expect(seen['not fired']).toBeGreaterThan(300);
    expect(seen.error).toBeGreaterThan(50);
  });

  it('compiledEngine.compile is synchronous', () => {
    const run = compiledEngine.compile({ all: [{ fact: 'a', operator: 'equal', value: 1 }] });
    expect(run({ a: 1 })).toBe(true);
  });
});

describe('JSONPath fast path', () => {
  const keyArb = fc.constantFrom(
    'a',
    'b',
    'arr',
    's',
    'length',
    'v',
    '0',
    '1',
    'toString',
    '__proto__',
    'constructor',
  );
  const simplePathArb = fc
    .array(fc.tuple(fc.boolean(), keyArb), { maxLength: 4 })
    .map(
      (steps) =>
        '$' + steps.map(([dot, k]) => (/^\d+$/.test(k) ? `[${k}]` : dot ? `.${k}` : `[${k}]`)).join(''),
    );

  it('recognises simple paths only', () => {
    expect(simplePathSteps('$.a[0].b_1')).toEqual(['a', '0', 'b_1']);
    expect(simplePathSteps('$')).toEqual([]);
    expect(simplePathSteps('$.a[*]')).toBeNull();
    expect(simplePathSteps("$['a']")).toBeNull();
    expect(simplePathSteps('a.b')).toBeNull();
    expect(simplePathSteps('$..a')).toBeNull();
    expect(simplePathSteps(5)).toBeNull();
  });

  it('gives jsonpath-plus’s answer (wrap: false) for every simple path and object', () => {
    fc.assert(
      fc.property(
        simplePathArb,
        valueArb.filter((v) => v !== null && typeof v === 'object'),
        (path, json) => {
          const fast = compilePath(path, true);
          const slow = compilePath(path, false);
          if (simplePathSteps(path) && !fast.total) expect(fast.total, path).toBe(true);
          // Same value, and the same identity for objects (json-rules-engine compares with ===).
          const same =
            Object.is(fast.resolve(json as object), slow.resolve(json as object)) ||
            sameArrayOfMatches(fast, slow, json as object);
          if (!same) expect(same, path).toBe(true);
        },
      ),
      { numRuns: Number(process.env.DIFFERENTIAL_RUNS ?? 3000) },
    );
  });
});

describe('jsonPathResolver', () => {
  /** jsonpath-plus called as json-rules-engine's default resolver calls it (eval off). */
  const asFunction = (path: unknown, json: unknown) =>
    JSONPath({ path: path as string, json: json as object, wrap: false, eval: false });
  const answer = (run: () => unknown): { value: unknown } | { error: string } => {
    try {
      return { value: run() };
    } catch (e) {
      return { error: `${(e as Error).name}: ${(e as Error).message}` };
    }
  };
  const pathArb = fc.oneof(
    fc.constantFrom(
      '$',
      '',
      '$..a',
      '$.*',
      '$..*',
      '$.arr[*]',
      '$.arr[0:2]',
      '$.arr[-1:]',
      '$.arr[0,1]',
      "$['a']",
      "$['a','b']",
      '$.a.b',
      '$.arr.length',
      '$.s.length',
      '$..v',
      '$.a[?(@.b)]',
      '$.a[(@.length-1)]',
      '$.a.^',
      '$.a~',
      '$.*@string()',
      '$.*@other()',
      '$[`a]',
      '$.__proto__',
      '$.constructor.name',
      undefined,
      5,
      ['$', 'a'],
    ),
    fc.string({
      unit: fc.constantFrom(
        '$',
        '.',
        '[',
        ']',
        '*',
        '0',
        '1',
        'a',
        'b',
        "'",
        ':',
        '-',
        '@',
        '?',
        '(',
        ')',
        '^',
        '~',
      ),
      maxLength: 8,
    }),
  );

  it('gives what JSONPath({…}) called as a function gives: values (identical objects) and errors', () => {
    fc.assert(
      fc.property(pathArb, fc.oneof(valueArb, fc.constantFrom(null, 0, '')), (path, json) => {
        const expected = answer(() => asFunction(path, json));
        const got = answer(() => jsonPathResolver(path)(json as object));
        const same =
          'error' in expected
            ? 'error' in got && got.error === expected.error
            : 'value' in got &&
              (Object.is(got.value, expected.value) ||
                (Array.isArray(got.value) &&
                  Array.isArray(expected.value) &&
                  got.value.length === expected.value.length &&
                  got.value.every((v, i) => Object.is(v, (expected.value as unknown[])[i]))));
        if (!same) expect(got, `${JSON.stringify(path)} on ${JSON.stringify(json)}`).toEqual(expected);
      }),
      { numRuns: Number(process.env.DIFFERENTIAL_RUNS ?? 3000) },
    );
  });
});

/** Multi-match answers are fresh arrays: compare them element by element. */
function sameArrayOfMatches(
  a: ReturnType<typeof compilePath>,
  b: ReturnType<typeof compilePath>,
  json: object,
): boolean {
  const x = a.resolve(json);
  const y = b.resolve(json);
  return (
    Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((v, i) => Object.is(v, y[i]))
  );
}
