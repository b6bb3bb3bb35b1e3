import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectEqual } from '../expect-equal.js';
import { parse } from 'yaml';
import { FACTS, type FactSpec } from '../../src/normalize/facts.js';
import type { Subjects } from '../../src/normalize/types.js';
import { SUBJECT_TYPES } from '../../src/model/vocabulary.js';
import type { RuleFixtureCase } from '../../src/catalog/index.js';
import { run, school } from './helpers.js';

function typeOk(spec: FactSpec, value: unknown): boolean {
  if (value === null) return spec.nullable === true;
  if (spec.values && !spec.values.includes(value as string)) return false;
  switch (spec.type) {
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'string':
      return typeof value === 'string';
    case 'string[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string');
  }
}

/** Every fixture case of every rule: a corpus of varied inputs. */
function fixtureCorpus(): { name: string; subjects: Subjects }[] {
  const rulesDir = join(__dirname, '../../rules');
  const out: { name: string; subjects: Subjects }[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.test.yaml')) {
        const cases = (parse(readFileSync(p, 'utf8')) as { cases: RuleFixtureCase[] }).cases;
        for (const c of cases)
          out.push({
            name: `${e.name}: ${c.name}`,
            subjects: run(school(c.input), c.asOf, c.exportSummaries),
          });
      }
    }
  };
  walk(rulesDir);
  // Shapes no rule fixture needs: a person with no role at all.
  out.push({
    name: 'person without roles',
    subjects: run(
      school({ people: [{ id: 'x-0', roles: [], profile: { created: false }, eschool: { linked: false } }] }),
    ),
  });
  return out;
}

describe('facts vocabulary', () => {
  const corpus = fixtureCorpus();

  it('covers every subject type, with Russian and English descriptions', () => {
    expect(Object.keys(FACTS).sort()).toEqual([...SUBJECT_TYPES].sort());
    for (const type of SUBJECT_TYPES) {
      for (const [name, spec] of Object.entries(FACTS[type])) {
        expect(spec.description.ru.length, `${type}.${name}`).toBeGreaterThan(3);
        expect(spec.description.en.length, `${type}.${name}`).toBeGreaterThan(3);
        expect(name).not.toBe('params');
        // A fact that can be unknown says where to record what would make it known (the report shows it).
        if (spec.nullable) expect(spec.record?.ru.length ?? 0, `${type}.${name}: record`).toBeGreaterThan(3);
        else expect(spec.record, `${type}.${name}: record on a fact that is never unknown`).toBeUndefined();
      }
    }
  });

  it(`normalize emits exactly the vocabulary, with the declared types (${corpus.length} fixture inputs)`, () => {
    expect(corpus.length).toBeGreaterThan(100);
    // Mismatches are collected and asserted once: one expect() per fact of ~160,000 cost seconds of
    // the matcher's own bookkeeping, and the list names every mismatch, not only the first.
    const wrong: string[] = [];
    for (const { name, subjects } of corpus) {
      for (const s of subjects.all) {
        const spec = FACTS[s.type];
        const names = Object.keys(s.facts).sort().join(', ');
        const declared = Object.keys(spec).sort().join(', ');
        if (names !== declared) wrong.push(`${name} ${s.type} ${s.id}: facts ${names}, declared ${declared}`);
        for (const [fact, value] of Object.entries(s.facts)) {
          const factSpec = spec[fact];
          if (!factSpec || !typeOk(factSpec, value))
            wrong.push(`${name}: ${s.type} ${s.id} ${fact} = ${JSON.stringify(value)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('facts are plain JSON: they survive a JSON round trip unchanged', () => {
    for (const { subjects } of corpus.slice(0, 40)) {
      for (const s of subjects.all)
        expectEqual(JSON.parse(JSON.stringify(s.facts)), s.facts, `${s.type} ${s.id}`);
    }
  });

  it('every nullable fact is null somewhere and non-null somewhere in the corpus (no dead facts)', () => {
    const seen = new Map<string, Set<string>>();
    for (const { subjects } of corpus) {
      for (const s of subjects.all) {
        for (const [fact, value] of Object.entries(s.facts)) {
          const key = `${s.type}.${fact}`;
          const kinds = seen.get(key) ?? new Set<string>();
          kinds.add(value === null ? 'null' : 'value');
          seen.set(key, kinds);
        }
      }
    }
    const dead: string[] = [];
    for (const type of SUBJECT_TYPES) {
      for (const [fact, spec] of Object.entries(FACTS[type])) {
        const kinds = seen.get(`${type}.${fact}`);
        if (!kinds?.has('value')) dead.push(`${type}.${fact} never has a value`);
        if (spec.nullable && !kinds?.has('null')) dead.push(`${type}.${fact} is never null`);
      }
    }
    expect(dead).toEqual([]);
  });
});
