import fc from 'fast-check';
import type { Condition, CustomOperator, TopLevelCondition } from '../../../src/evaluate/types.js';

/** Custom operators used by the generated trees: a validating one, non-boolean ones, a throwing one. */
export const CUSTOM_OPERATORS: CustomOperator[] = [
  {
    name: 'startsWith',
    evaluate: (a: string, b: unknown) => a.startsWith(String(b)),
    validator: (a: unknown) => typeof a === 'string',
  },
  // Non-boolean results: json-rules-engine treats them differently under not/any/all/top level.
  { name: 'truthyLen', evaluate: (a: unknown) => (Array.isArray(a) ? a.length : 0) as unknown as boolean },
  { name: 'yes', evaluate: () => 'yes' as unknown as boolean, validator: (a: unknown) => a !== null },
  {
    name: 'boom',
    evaluate: (a: unknown) => {
      if (a === 1) throw new Error('boom');
      return false;
    },
  },
  // Replaces a default: custom operators win over default ones of the same name.
  // biome-ignore lint/suspicious/noDoubleEquals: a loose comparison on purpose, unlike the default notEqual
  { name: 'notEqual', evaluate: (a: unknown, b: unknown) => a != b },
];

export const FACT_NAMES = ['a', 'b', 'c', 'obj', 'list'] as const;

const STRINGS = ['', 'x', 'ab', 'abc', '5', '5abc', ' 7', 'Infinity', 'NaN', 'telegram', 'учитель'];

/** Leaf-ish values: the troublesome corners of JS comparison and of the validators. */
export const primitiveArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -3, max: 10 }),
  fc.constantFrom(0, -0, 0.5, 2.5, NaN, Infinity, -Infinity, 1e308),
  fc.constantFrom(...STRINGS),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);

/** JSON-ish values, nested a little: arrays, objects with the keys generated paths use. */
export const valueArb: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { weight: 5, arbitrary: primitiveArb },
    { weight: 2, arbitrary: fc.array(tie('value'), { maxLength: 3 }) },
    {
      weight: 2,
      arbitrary: fc.record(
        {
          a: tie('value'),
          b: tie('value'),
          s: fc.constantFrom(...STRINGS),
          arr: fc.array(tie('value'), { maxLength: 3 }),
          v: primitiveArb,
        },
        { requiredKeys: [] },
      ),
    },
  ),
})).value;

/** A facts object: any fact may be missing; rarely `null` facts or an empty fact name. */
export const factsArb: fc.Arbitrary<Record<string, unknown> | null> = fc.oneof(
  {
    weight: 40,
    arbitrary: fc.record(Object.fromEntries(FACT_NAMES.map((n) => [n, valueArb])), { requiredKeys: [] }),
  },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.record({ '': primitiveArb, a: primitiveArb }) },
);

const PATHS = [
  '$.a',
  '$.a.b',
  '$.arr[0]',
  '$.arr[1].v',
  '$.arr.length',
  '$.s[0]',
  '$.s.length',
  '$',
  '$[0]',
  '$[1]',
  '$.nope',
  '$.arr[*]',
  '$.arr[*].v',
  '$..v',
  '$.a.arr[0]',
  '$.toString',
  '$.constructor.name',
  "$['a']",
  '$.arr[-1:]',
  '$.arr[?(@ > 2)]',
];
export const pathArb = fc.constantFrom(...PATHS);

const BASE_OPERATORS = [
  'equal',
  'notEqual',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
];
const DECORATORS = ['someFact', 'someValue', 'everyFact', 'everyValue', 'swap', 'not'];

export const operatorArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...BASE_OPERATORS) },
  {
    weight: 5,
    arbitrary: fc
      .tuple(
        fc.array(fc.constantFrom(...DECORATORS), { minLength: 1, maxLength: 2 }),
        fc.constantFrom(...BASE_OPERATORS, 'startsWith'),
      )
      .map(([ds, op]) => [...ds, op].join(':')),
  },
  { weight: 2, arbitrary: fc.constantFrom('startsWith', 'truthyLen', 'yes') },
  { weight: 1, arbitrary: fc.constantFrom('boom', 'bogus', 'sometimes:equal', ':equal') },
);

export const priorityArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(undefined) },
  { weight: 4, arbitrary: fc.constantFrom(1, 2, 3) },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, '2', 2.5, 'x') },
);

function withOptional<T extends object>(base: T, extra: Record<string, unknown>): T {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) out[k] = v;
  return out as T;
}

export const leafArb: fc.Arbitrary<Condition> = fc
  .record({
    fact: fc.oneof(
      { weight: 10, arbitrary: fc.constantFrom(...FACT_NAMES) },
      { weight: 1, arbitrary: fc.constantFrom('missing', 'toString') },
    ),
    operator: operatorArb,
    value: fc.oneof(
      { weight: 4, arbitrary: valueArb },
      // Lists, so that in/notIn/someValue/everyValue mostly evaluate rather than throw.
      { weight: 3, arbitrary: fc.array(primitiveArb, { maxLength: 4 }) },
      {
        weight: 2,
        arbitrary: fc
          .record({ fact: fc.constantFrom(...FACT_NAMES), path: fc.option(pathArb, { nil: undefined }) })
          .map((r) => withOptional({ fact: r.fact }, { path: r.path })),
      },
    ),
    path: fc.option(pathArb, { nil: undefined, freq: 3 }),
    priority: priorityArb,
  })
  .map(
    (r) =>
      withOptional(
        { fact: r.fact, operator: r.operator, value: r.value },
        { path: r.path, priority: r.priority },
      ) as Condition,
  );

/** Condition trees; `refs` are names a `{ condition }` node may use (plus an unknown one, rarely). */
export function treeArb(refs: readonly string[], depth = 3): fc.Arbitrary<TopLevelCondition> {
  const refArb = fc
    .record({
      condition: refs.length
        ? fc.oneof(
            { weight: 8, arbitrary: fc.constantFrom(...refs) },
            { weight: 1, arbitrary: fc.constant('unknown') },
          )
        : fc.constant('unknown'),
      priority: priorityArb,
    })
    .map((r) => withOptional({ condition: r.condition }, { priority: r.priority }) as Condition);
  const tree = fc.letrec<{ node: Condition; group: TopLevelCondition }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', maxDepth: depth, withCrossShrink: true },
      { weight: 6, arbitrary: leafArb },
      { weight: 3, arbitrary: tie('group') as fc.Arbitrary<Condition> },
      { weight: refs.length ? 1 : 0, arbitrary: refArb },
    ),
    group: fc.oneof(
      { depthSize: 'small', maxDepth: depth },
      {
        weight: 3,
        arbitrary: fc
          .record({ all: fc.array(tie('node'), { maxLength: 4 }), priority: priorityArb })
          .map((r) => withOptional({ all: r.all }, { priority: r.priority }) as TopLevelCondition),
      },
      {
        weight: 3,
        arbitrary: fc
          .record({ any: fc.array(tie('node'), { maxLength: 4 }), priority: priorityArb })
          .map((r) => withOptional({ any: r.any }, { priority: r.priority }) as TopLevelCondition),
      },
      { weight: 2, arbitrary: tie('node').map((n) => ({ not: n }) as TopLevelCondition) },
    ),
  }));
  return fc.oneof(
    { weight: 12, arbitrary: tree.group },
    { weight: refs.length ? 1 : 0, arbitrary: refArb as fc.Arbitrary<TopLevelCondition> },
  );
}
