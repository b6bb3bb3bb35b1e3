import { describe, expect, it } from 'vitest';
import { compiledEngine, referenceEngine } from '../../src/evaluate/index.js';
import {
  evaluatePrepared,
  prepareRules,
  renderMessage,
  resolveParams,
} from '../../src/catalog/rule-runner.js';
import type { ConditionEngine } from '../../src/evaluate/types.js';
import type { RuleDefinition } from '../../src/catalog/types.js';
import type { Subject } from '../../src/normalize/types.js';

const rule: RuleDefinition = {
  id: 'T-STALE',
  clauses: ['2.2.h'],
  subject: 'school',
  severity: 'medium',
  title: { ru: 'т', en: 't' },
  message: { ru: 'м', en: 'm' },
  remediation: { ru: 'р', en: 'r' },
  params: { maxAgeDays: { type: 'number', default: 92, description: { ru: 'д', en: 'd' } } },
  when: { all: [{ fact: 'sferumRegistered', operator: 'equal', value: true }] },
  conditions: {
    any: [
      { fact: 'daysSinceLastStatisticsReport', operator: 'equal', value: null },
      {
        fact: 'daysSinceLastStatisticsReport',
        operator: 'greaterThan',
        value: { fact: 'params', path: '$.maxAgeDays' },
      },
    ],
  },
};

const school = (facts: Record<string, unknown>): Subject => ({
  type: 'school',
  id: 'school',
  label: 'школа',
  facts,
});

describe.each([
  ['compiled', compiledEngine],
  ['reference', referenceEngine],
] as const)('evaluatePrepared (%s engine)', (_name, engine) => {
  const [prepared] = prepareRules([rule], { engine });

  it.each([
    [{ sferumRegistered: true, daysSinceLastStatisticsReport: 100 }, 'fires'],
    [{ sferumRegistered: true, daysSinceLastStatisticsReport: null }, 'fires'],
    [{ sferumRegistered: true, daysSinceLastStatisticsReport: 92 }, 'passes'],
    [{ sferumRegistered: false, daysSinceLastStatisticsReport: 500 }, 'not-applicable'],
    // An absent fact is not null: the null test does not hold and the other leaf cannot tell.
    [{ sferumRegistered: true }, 'undetermined'],
    // Applicability unknown: whether the duty applies is not known.
    [{ sferumRegistered: null, daysSinceLastStatisticsReport: 500 }, 'undetermined'],
  ])('%j → %s', async (facts, outcome) => {
    expect(await evaluatePrepared(prepared!, school(facts))).toBe(outcome);
  });

  it('a subject of another type is not applicable', async () => {
    expect(await evaluatePrepared(prepared!, { ...school({}), type: 'person' })).toBe('not-applicable');
  });

  it('parameter overrides per rule id', async () => {
    const [strict] = prepareRules([rule], { engine, params: { 'T-STALE': { maxAgeDays: 30 } } });
    expect(strict!.params).toEqual({ maxAgeDays: 30 });
    expect(
      await evaluatePrepared(strict!, school({ sferumRegistered: true, daysSinceLastStatisticsReport: 40 })),
    ).toBe('fires');
    expect(
      await evaluatePrepared(
        prepared!,
        school({ sferumRegistered: true, daysSinceLastStatisticsReport: 40 }),
      ),
    ).toBe('passes');
  });
});

describe('prepareRules', () => {
  it('compiles when and conditions once per rule, not per subject', () => {
    let compiles = 0;
    const counting: ConditionEngine = {
      name: 'compiled',
      compile: (c, o) => {
        compiles += 1;
        return compiledEngine.compile(c, o);
      },
    };
    const [p] = prepareRules([rule, { ...rule, id: 'T-2', when: undefined }], { engine: counting });
    // Each tree once whole, and each node once more for the three-valued unknown check.
    const prepared = compiles;
    expect(prepared).toBeGreaterThan(0);
    for (let i = 0; i < 100; i++)
      evaluatePrepared(p!, school({ sferumRegistered: true, daysSinceLastStatisticsReport: i }));
    for (let i = 0; i < 100; i++)
      evaluatePrepared(p!, school({ sferumRegistered: null, daysSinceLastStatisticsReport: i }));
    expect(compiles).toBe(prepared);
  });

  it('keeps the compiled path synchronous (no Promise) and the reference path asynchronous', () => {
    const [sync] = prepareRules([rule], { engine: compiledEngine });
    const [async] = prepareRules([rule], { engine: referenceEngine });
    const facts = school({ sferumRegistered: true, daysSinceLastStatisticsReport: 1 });
    expect(evaluatePrepared(sync!, facts)).toBe('passes');
    expect(evaluatePrepared(async!, facts)).toBeInstanceOf(Promise);
  });

  it('custom operators reach the engine', async () => {
    const custom: RuleDefinition = {
      ...rule,
      id: 'T-CUSTOM',
      when: undefined,
      conditions: { all: [{ fact: 'schoolName', operator: 'startsWith', value: 'МБОУ' }] },
    };
    const operators = [
      {
        name: 'startsWith',
        evaluate: (a: unknown, b: unknown) => typeof a === 'string' && a.startsWith(String(b)),
      },
    ];
    for (const engine of [compiledEngine, referenceEngine]) {
      const [p] = prepareRules([custom], { engine, operators });
      expect(await evaluatePrepared(p!, school({ schoolName: 'МБОУ СОШ № 1' }))).toBe('fires');
      expect(await evaluatePrepared(p!, school({ schoolName: 'Лицей' }))).toBe('passes');
    }
  });
});

describe('resolveParams', () => {
  it('defaults, then overrides; unknown overrides pass through; no params → a shared empty object', () => {
    expect(resolveParams(rule)).toEqual({ maxAgeDays: 92 });
    expect(resolveParams(rule, { maxAgeDays: 10, extra: 'x' })).toEqual({ maxAgeDays: 10, extra: 'x' });
    const bare = { ...rule, params: undefined };
    expect(resolveParams(bare)).toBe(resolveParams({ ...bare, id: 'other' }));
  });
});

describe('renderMessage', () => {
  const ctx = {
    subject: { id: 'p-1', label: 'ученик 5А' },
    facts: { n: 3, list: ['5А', '5Б'], empty: [], none: null, yes: true, no: false, text: 'учитель' },
    params: { maxAgeDays: 92 },
  };

  it.each([
    ['{{subject.label}} / {{subject.id}}', 'ученик 5А / p-1'],
    ['{{ facts.n }} дн., лимит {{params.maxAgeDays}}', '3 дн., лимит 92'],
    ['классы: {{facts.list}}', 'классы: 5А, 5Б'],
    ['{{facts.empty}} {{facts.none}} {{facts.missing}} {{params.missing}}', '— — — —'],
    ['{{facts.yes}}/{{facts.no}}', 'да/нет'],
    ['{{subject.name}} {{facts.text}}', '— учитель'],
    ['без подстановок', 'без подстановок'],
  ])('%s → %s', (template, expected) => {
    expect(renderMessage(template, ctx)).toBe(expected);
  });

  it('English booleans', () => {
    expect(renderMessage('{{facts.yes}}/{{facts.no}}', ctx, 'en')).toBe('yes/no');
  });

  it('does not read inherited properties', () => {
    expect(renderMessage('{{facts.constructor}}', ctx)).toBe('—');
  });
});
