import { describe, it, expect } from 'vitest';
import { explainCondition } from '../../src/evaluate/explain-condition.js';
import type { ExplainNode, TopLevelCondition } from '../../src/evaluate/types.js';

describe('explainCondition', () => {
  it('records fact values, expected values and results', () => {
    const e = explainCondition(
      {
        all: [
          { fact: 'role', operator: 'equal', value: 'учитель' },
          { fact: 'p', path: '$.n', operator: 'greaterThan', value: { fact: 'limit' } },
        ],
      },
      { role: 'учитель', p: { n: 5 }, limit: 3 },
    );
    expect(e).toEqual({
      kind: 'all',
      result: true,
      children: [
        {
          kind: 'leaf',
          result: true,
          fact: 'role',
          operator: 'equal',
          factValue: 'учитель',
          value: 'учитель',
        },
        {
          kind: 'leaf',
          result: true,
          fact: 'p',
          path: '$.n',
          operator: 'greaterThan',
          factValue: 5,
          value: 3,
          valueFact: { fact: 'limit' },
        },
      ],
    } satisfies ExplainNode);
  });

  it('marks conditions after a decided priority set as not evaluated, and evaluates a whole set', () => {
    const condition: TopLevelCondition = {
      all: [
        { fact: 'a', operator: 'equal', value: 1, priority: 2 },
        { fact: 'b', operator: 'equal', value: 1, priority: 2 },
        { any: [{ fact: 'c', operator: 'equal', value: 1 }] },
      ],
    };
    const e = explainCondition(condition, { a: 2, b: 1, c: 1 });
    expect(e.result).toBe(false);
    // Both priority-2 conditions ran (json-rules-engine evaluates a set together)…
    expect(e.children!.map((c) => c.result)).toEqual([false, true, 'not-evaluated']);
    // …the skipped group is still shown, with its subtree.
    expect(e.children![2]).toEqual({
      kind: 'any',
      result: 'not-evaluated',
      children: [{ kind: 'leaf', result: 'not-evaluated', fact: 'c', operator: 'equal', value: 1 }],
    });
    expect(e.children![0]!.priority).toBe(2);
  });

  it('explains references and not', () => {
    const e = explainCondition(
      { not: { condition: 'teacher' } },
      { role: 'ученик' },
      { sharedConditions: { teacher: { all: [{ fact: 'role', operator: 'equal', value: 'учитель' }] } } },
    );
    expect(e.kind).toBe('not');
    expect(e.result).toBe(true);
    const ref = e.children![0]!;
    expect(ref).toMatchObject({ kind: 'condition', condition: 'teacher', result: false });
    expect(ref.children![0]!.children![0]).toMatchObject({
      fact: 'role',
      factValue: 'ученик',
      result: false,
    });
  });

  it('shows a non-boolean operator result as rawResult', () => {
    const e = explainCondition(
      { all: [{ fact: 'x', operator: 'count', value: 0 }] },
      { x: [1, 2] },
      { operators: [{ name: 'count', evaluate: (a: unknown[]) => a.length as unknown as boolean }] },
    );
    // A lone top-level child's raw result decides by truthiness.
    expect(e.result).toBe(true);
    expect(e.children![0]).toMatchObject({ result: true, rawResult: 2 });
  });

  it('throws where the engines throw', () => {
    expect(() => explainCondition({ all: [{ fact: 'x', operator: 'nope', value: 1 }] }, {})).toThrow(
      /Unknown operator: nope/,
    );
    expect(() => explainCondition({ any: [{ condition: 'missing' }] }, {})).toThrow(
      /No condition missing exists/,
    );
  });
});
