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

const RULES_DIR = join(__dirname, '../../rules');

// The same listing audit --rules and testRulePackDir use, so the bundled rules obey the pack layout.
const listing = listRulePackFiles(RULES_DIR);
const ruleFiles = listing.rules;
const fixtureFiles = listing.fixtures;
// Clause and act ids straight from the YAML sources, so a stale bundle cannot hide a bad reference.
const clauseIds = (parse(readFileSync(join(RULES_DIR, 'clauses.yaml'), 'utf8')) as { clauses: { id: unknown }[] }).clauses.map((c) => String(c.id));
const legalActIds = (parse(readFileSync(join(RULES_DIR, 'data/legal-basis.yaml'), 'utf8')) as { acts: { id: string }[] }).acts.map((a) => a.id);
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
    expect(cases.some((c) => (c.fires ?? []).length > 0), 'no case fires').toBe(true);
    expect(cases.some((c) => (c.passes ?? []).length > 0), 'no case passes').toBe(true);
  });

  it.each(ENGINES)('fixture cases hold with the %s engine', async (engineName) => {
    const results = await runRuleFixtures(rule, cases, { base, engine: getEngine(engineName), registry });
    const failed = results.filter((r) => !r.ok).map((r) => `${r.name}: ${r.problems.join('; ')}`);
    expect(failed).toEqual([]);
  });
});
