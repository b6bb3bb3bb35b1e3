import { describe, expect, it } from 'vitest';
import type { RuleDefinition } from '../../src/catalog/types.js';
import { buildEvidence, evidenceFacts } from '../../src/findings/evidence.js';
import type { AuditInput } from '../../src/model/types.js';
import type { Subject } from '../../src/normalize/types.js';

const rule = (over: Partial<RuleDefinition>): RuleDefinition => ({
  id: 'R',
  clauses: ['2.6.b'],
  subject: 'person',
  severity: 'high',
  title: { ru: 't', en: 't' },
  message: { ru: 'm', en: 'm' },
  remediation: { ru: 'r', en: 'r' },
  conditions: { all: [] },
  ...over,
});

describe('evidence', () => {
  it('takes the rule’s evidence list when it has one', () => {
    expect(evidenceFacts(rule({ evidence: ['b', 'a', 'b'] }))).toEqual(['b', 'a']);
  });

  it('otherwise collects the facts the conditions read, in order, without params', () => {
    const r = rule({
      when: { all: [{ fact: 'isParent', operator: 'equal', value: true }] },
      conditions: {
        any: [
          { fact: 'eschoolRole', operator: 'notEqual', value: { fact: 'requiredESchoolRole' } },
          {
            not: { fact: 'daysSince', operator: 'lessThan', value: { fact: 'params', path: '$.maxAgeDays' } },
          },
          { fact: 'isParent', operator: 'equal', value: true },
        ],
      },
    });
    expect(evidenceFacts(r)).toEqual(['isParent', 'eschoolRole', 'requiredESchoolRole', 'daysSince']);
  });

  it('shows values, null for missing facts, masks personal-looking facts, and locates sources', () => {
    const subject: Subject = {
      type: 'person',
      id: 'p-1',
      label: 'родитель',
      facts: { eschoolRole: 'ученик', contactPhone: '+7 913 555-12-34' },
      sources: { eschoolRole: { file: 'people.csv', line: 3, column: 40 } },
      pointer: '/people/1',
    };
    const input = {
      sources: {
        locate: (p: string) => (p === '/people/1' ? { file: 'people.csv', line: 3, column: 1 } : undefined),
        files: [],
      },
    } as unknown as AuditInput;
    const ev = buildEvidence(rule({ evidence: ['eschoolRole', 'contactPhone', 'absent'] }), subject, input);
    expect(ev).toEqual([
      {
        fact: 'eschoolRole',
        value: 'ученик',
        source: { file: 'people.csv', line: 3, column: 40, pointer: '/people/1' },
      },
      {
        fact: 'contactPhone',
        value: '+• ••• •••-••-34',
        source: { file: 'people.csv', line: 3, column: 1, pointer: '/people/1' },
      },
      {
        fact: 'absent',
        value: null,
        source: { file: 'people.csv', line: 3, column: 1, pointer: '/people/1' },
      },
    ]);
  });

  it('has no source when the input was built in code', () => {
    const subject: Subject = { type: 'school', id: 'school', label: 'школа', facts: { x: 1 } };
    expect(buildEvidence(rule({ evidence: ['x'] }), subject, {} as AuditInput)).toEqual([
      { fact: 'x', value: 1 },
    ]);
  });
});
