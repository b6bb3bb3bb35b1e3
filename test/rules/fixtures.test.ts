import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { getEngine } from '../../src/evaluate/index.js';
import { defaultRegistry } from '../../src/messengers/index.js';
import { normalize } from '../../src/normalize/index.js';
import { parseRulePack } from '../../src/catalog/index.js';
import {
  fixtureInput,
  runRuleFixtures,
  type RuleFixtureBase,
  type RuleFixtureCase,
} from '../../src/catalog/run-rule-fixtures.js';
import type { EngineName } from '../../src/evaluate/types.js';
import { firedRules } from './fired-rules.js';
import { listRulePackFiles } from '../../src/node/list-rule-pack-files.js';
import { FACTS } from '../../src/normalize/facts.js';
import type { Condition } from '../../src/evaluate/types.js';

const RULES_DIR = join(__dirname, '../../rules');

// The same listing audit --rules and testRulePackDir use, so the bundled rules obey the pack layout.
const listing = listRulePackFiles(RULES_DIR);
const ruleFiles = listing.rules;
const fixtureFiles = listing.fixtures;
// Clause and act ids straight from the YAML sources, so a stale bundle cannot hide a bad reference.
const clauseIds = (
  parse(readFileSync(join(RULES_DIR, 'clauses.yaml'), 'utf8')) as { clauses: { id: unknown }[] }
).clauses.map((c) => String(c.id));
const legalActIds = (
  parse(readFileSync(join(RULES_DIR, 'data/legal-basis.yaml'), 'utf8')) as { acts: { id: string }[] }
).acts.map((a) => a.id);
const { rules, diagnostics } = parseRulePack(
  ruleFiles.map((f) => ({ path: relative(RULES_DIR, f), text: readFileSync(f, 'utf8') })),
  { clauseIds, legalActIds },
);
const base = parse(readFileSync(join(RULES_DIR, '_fixtures/base.yaml'), 'utf8')) as RuleFixtureBase;
const registry = defaultRegistry();
const ENGINES: EngineName[] = ['reference', 'compiled'];

describe('rule files', () => {
  it('parse without diagnostics', () => {
    expect(diagnostics).toEqual([]);
    expect(rules.length).toBe(ruleFiles.length);
  });

  it('every fixture file belongs to a rule', () => {
    const ids = new Set(rules.map((r) => r.id));
    const orphans = fixtureFiles.map((f) => f.ruleId).filter((id) => !ids.has(id));
    expect(orphans).toEqual([]);
  });
});

describe.each(ENGINES)('the base school is compliant (%s engine)', (engineName) => {
  it('no rule fires on the base fixture', async () => {
    const subjects = normalize(fixtureInput(base, {}), { asOf: base.asOf, registry });
    const fired = await firedRules(rules, subjects, engineName);
    expect(fired).toEqual([]);
  });
});

describe.each(rules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  const fixturePath = fixtureFiles.find((f) => f.ruleId === id)?.path ?? join(RULES_DIR, `${id}.test.yaml`);
  let cases: RuleFixtureCase[] = [];
  try {
    cases = (parse(readFileSync(fixturePath, 'utf8')) as { cases?: RuleFixtureCase[] })?.cases ?? [];
  } catch {
    cases = [];
  }

  it('has a fixture with a firing case and a non-firing case', () => {
    expect(cases.length, `${relative(RULES_DIR, fixturePath)} is missing or empty`).toBeGreaterThan(0);
    expect(
      cases.some((c) => (c.fires ?? []).length > 0),
      'no case fires',
    ).toBe(true);
    expect(
      cases.some((c) => (c.passes ?? []).length > 0),
      'no case passes',
    ).toBe(true);
  });

  it.each(ENGINES)('fixture cases hold with the %s engine', async (engineName) => {
    const results = await runRuleFixtures(rule, cases, { base, engine: getEngine(engineName), registry });
    const failed = results.filter((r) => !r.ok).map((r) => `${r.name}: ${r.problems.join('; ')}`);
    expect(failed).toEqual([]);
  });

  // Every rule that can meet an unknown fact shows, in its fixture, what it then concludes:
  // `undetermined`, or the outcome its `unknown:` declares (listed under fires/passes).
  const nullable = readsNullableFact(rule.subject, [rule.when, rule.conditions]).filter(
    (f) => !(NULL_ONLY_OUTSIDE_WHEN[rule.id] ?? []).includes(f),
  );
  it.skipIf(!NULL_ONLY_OUTSIDE_WHEN[rule.id])(
    'its nullable facts are never unknown where it applies',
    async () => {
      const results = await runRuleFixtures(rule, cases, { base, engine: getEngine('compiled'), registry });
      const met = results.flatMap((r) =>
        Object.entries(r.unknownFacts).map(([id, f]) => `${r.name}: ${id} ${f.join(',')}`),
      );
      expect(met).toEqual([]);
    },
  );
  it.skipIf(nullable.length === 0)(
    `has a case with its deciding facts unknown (${nullable.join(', ')})`,
    async () => {
      const results = await runRuleFixtures(rule, cases, { base, engine: getEngine('compiled'), registry });
      const met = results.flatMap((r) =>
        Object.entries(r.unknownFacts).map(([id]) => ({ id, outcome: r.outcomes[id] })),
      );
      expect(met.length, 'no case leaves a deciding fact unknown').toBeGreaterThan(0);
      const declared =
        rule.unknown === 'violation' ? 'fires' : rule.unknown === 'pass' ? 'passes' : 'undetermined';
      if (rule.unknown !== undefined && rule.unknown !== 'undetermined') {
        expect(
          met.some((m) => m.outcome === declared),
          `no case shows the declared unknown: ${rule.unknown}`,
        ).toBe(true);
      }
    },
  );
});

/**
 * Facts that are null only for subjects the rule's `when` excludes (`appointedByAdminIsAdmin` is
 * null for an administrator not appointed by another; `platformId` for a platform that is not
 * `allowed`): the rule cannot meet them unknown — checked above on every case of its fixture.
 */
const NULL_ONLY_OUTSIDE_WHEN: Record<string, string[]> = {
  'SFR-2.2-EXTRA-ADMIN-APPOINTER': ['appointedByAdminIsAdmin'],
};

/** Nullable facts the conditions read other than through a null test (those say what unknown means). */
function readsNullableFact(subject: keyof typeof FACTS, trees: readonly unknown[]): string[] {
  const out = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const leaf = node as Condition & { fact?: string; operator?: string; value?: unknown };
    if (typeof leaf.fact === 'string' && FACTS[subject][leaf.fact]?.nullable) {
      const nullTest = (leaf.operator === 'equal' || leaf.operator === 'notEqual') && leaf.value === null;
      if (!nullTest) out.add(leaf.fact);
    }
    for (const v of Object.values(node)) walk(v);
  };
  trees.forEach(walk);
  return [...out].sort();
}
