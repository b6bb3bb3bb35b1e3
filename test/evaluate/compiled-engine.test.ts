import { describe, it, expect } from 'vitest';
import { compiledEngine } from '../../src/evaluate/compiled-engine.js';
import { getEngine } from '../../src/evaluate/get-engine.js';
import { referenceEngine } from '../../src/evaluate/reference-engine.js';
import type { EngineName, TopLevelCondition } from '../../src/evaluate/types.js';
import { outcome } from './support/outcome.js';

const isX = (value: unknown, fact = 'x'): TopLevelCondition => ({
  all: [{ fact, operator: 'equal', value }],
});

class Subject {
  x = 1;
  method(): number {
    return 1;
  }
}

// Facts objects of every shape: the compiled engine reads plain objects directly and everything
// else through json-rules-engine's `for…in` view; both must match the reference.
const shapes: [string, TopLevelCondition, unknown][] = [
  ['null-prototype object', isX(1), Object.assign(Object.create(null), { x: 1 })],
  ['class instance: own field is a fact', isX(1), new Subject()],
  ['class instance: prototype method is not a fact', isX(undefined, 'method'), new Subject()],
  ['inherited enumerable property is a fact', isX(2), Object.create({ x: 2 })],
  [
    'inherited property shadowed by a non-enumerable own one is not',
    isX(undefined),
    Object.defineProperty(Object.create({ x: 2 }), 'x', { value: 3, enumerable: false }),
  ],
  ['string facts: indices are facts', isX('b', '1'), 'abc'],
  ['number facts: no facts', isX(undefined), 5],
  ['array facts: indices are facts', isX('q', '1'), ['p', 'q']],
  ['constructor of a plain object is not a fact', isX(undefined, 'constructor'), {}],
  ['own constructor key is a fact', isX(1, 'constructor'), { constructor: 1 }],
  ['own __proto__ key (from JSON.parse) is a fact', isX(1, '__proto__'), JSON.parse('{"__proto__": 1}')],
];

describe('compiledEngine', () => {
  it.each(shapes)('%s', async (_title, condition, facts) => {
    const expected = await outcome(referenceEngine, condition, facts as Record<string, unknown>);
    expect(await outcome(compiledEngine, condition, facts as Record<string, unknown>)).toBe(expected);
  });

  it('documented deviation: a plain object’s own NON-enumerable property is read as a fact', async () => {
    // json-rules-engine builds facts with for…in and never sees it; the compiled engine reads
    // plain objects directly (subjects are plain data: normalize never defines such properties).
    const facts = Object.defineProperty({}, 'x', { value: 1, enumerable: false });
    expect(await referenceEngine.compile(isX(1))(facts)).toBe(false);
    expect(compiledEngine.compile(isX(1))(facts)).toBe(true);
  });

  it('does not mutate the condition and is unaffected by later changes to it', () => {
    const condition = {
      all: [{ fact: 'x', operator: 'in', value: ['a', 'b'], priority: '2' }],
    } as unknown as TopLevelCondition;
    const snapshot = JSON.stringify(condition);
    const run = compiledEngine.compile(condition);
    ((condition as { all: { value: string[] }[] }).all[0]!.value as string[]).push('c');
    expect(run({ x: 'c' })).toBe(false);
    ((condition as { all: { value: string[] }[] }).all[0]!.value as string[]).pop();
    expect(JSON.stringify(condition)).toBe(snapshot);
  });

  it('throws at compile time for malformed trees, like json-rules-engine when the rule is added', () => {
    expect(() =>
      compiledEngine.compile({ all: [{ fact: 'x', operator: 'equal' }] } as unknown as TopLevelCondition),
    ).toThrow(/"value" property required/);
    expect(() =>
      referenceEngine.compile({ all: [{ fact: 'x', operator: 'equal' }] } as unknown as TopLevelCondition),
    ).toThrow(/"value" property required/);
    expect(() => compiledEngine.compile(isX(1), { operators: [{ name: '', evaluate: () => true }] })).toThrow(
      /Missing operator name/,
    );
    expect(() =>
      compiledEngine.compile(isX(1), {
        sharedConditions: { bad: { all: {} } as unknown as TopLevelCondition },
      }),
    ).toThrow(/must be an array/);
  });

  it('a cyclic shared condition fails when reached (json-rules-engine overflows or never settles)', () => {
    const run = compiledEngine.compile(
      { any: [{ fact: 'x', operator: 'equal', value: 1, priority: 2 }, { condition: 'loop' }] },
      { sharedConditions: { loop: { all: [{ condition: 'loop' }] } } },
    );
    expect(run({ x: 1 })).toBe(true);
    expect(() => run({ x: 2 })).toThrow(RangeError);
  });
});

describe('getEngine', () => {
  it.each([
    ['compiled', compiledEngine],
    ['reference', referenceEngine],
  ] as const)('%s', (name, engine) => {
    expect(getEngine(name)).toBe(engine);
    expect(getEngine(name).name).toBe(name);
  });

  it('defaults to the compiled engine and rejects unknown names', () => {
    expect(getEngine()).toBe(compiledEngine);
    expect(() => getEngine('fast' as EngineName)).toThrow(/Unknown engine/);
  });
});
