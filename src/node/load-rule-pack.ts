import { parse } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { FIXTURE_BASE, parseRulePack, runRuleFixtures } from '../catalog/index.js';
import type {
  ParseRulePackOptions,
  RuleFixtureBase,
  RuleFixtureCase,
  RuleFixtureResult,
  RulePack,
} from '../catalog/index.js';
import type { ConditionEngine, CustomOperator } from '../evaluate/types.js';
import type { MessengerRegistry } from '../messengers/types.js';
import { defaultRegistry } from '../messengers/index.js';
import { listRulePackFiles, type RulePackListing } from './list-rule-pack-files.js';
import { readRulePackDir } from './load-rule-packs.js';
import { readSmallTextFile } from './load-config.js';

/**
 * Reads a rule pack directory (one rule per YAML or JSON file, named after its id; the layout
 * `listRulePackFiles` defines) and parses it with `parseRulePack`. Collects diagnostics; never throws.
 */
export async function loadRulePackDir(dir: string, options: ParseRulePackOptions = {}): Promise<RulePack> {
  const read = await readRulePackDir(dir, (path) => path);
  const pack = parseRulePack(
    read.files.map(({ path, text }) => ({ path, text })),
    options,
  );
  return { rules: pack.rules, diagnostics: [...read.diagnostics, ...pack.diagnostics] };
}

export interface RulePackTestResult {
  ruleId: string;
  /** The fixture file, or undefined when the rule has none (which counts as a failure). */
  file?: string;
  cases: RuleFixtureResult[];
  /** Problems with the fixture file itself: missing, unreadable, no firing or no passing case. */
  problems: string[];
  ok: boolean;
}

export interface TestRulePackOptions extends ParseRulePackOptions {
  engine: ConditionEngine;
  registry?: MessengerRegistry;
  customOperators?: readonly CustomOperator[];
}

/**
 * Runs the fixtures of a rule pack directory (`<RULE-ID>.test.yaml` beside each rule) the way the
 * bundled catalog's own test does. The base school is the pack's `_fixtures/base.yaml` when it
 * exists, else the bundled one.
 */
export async function testRulePackDir(
  dir: string,
  options: TestRulePackOptions,
): Promise<{ results: RulePackTestResult[]; diagnostics: Diagnostic[] }> {
  const { customOperators, engine, registry, ...parseOptions } = options;
  const pack = await loadRulePackDir(dir, {
    ...parseOptions,
    operators: [...(parseOptions.operators ?? []), ...(customOperators ?? []).map((o) => o.name)],
    patternOperators: [
      ...(parseOptions.patternOperators ?? []),
      ...(customOperators ?? []).filter((o) => o.pattern).map((o) => o.name),
    ],
  });
  let listing: RulePackListing = { rules: [], fixtures: [] };
  try {
    listing = listRulePackFiles(dir);
  } catch {
    // Reported by loadRulePackDir already.
  }
  let base: RuleFixtureBase = FIXTURE_BASE;
  if (listing.base) {
    // Read like every pack file: a regular file only, its size checked first (a FIFO never waits).
    const read = await readSmallTextFile(listing.base, listing.base, {
      ru: 'Базовая школа',
      en: 'Base school',
    });
    try {
      if (read.file) base = parse(read.file.text) as RuleFixtureBase;
    } catch {
      // An unreadable base: the bundled compliant school, and the cases say what failed.
    }
  }
  const fixtures = new Map(listing.fixtures.map((f) => [f.ruleId, f.path]));
  const results: RulePackTestResult[] = [];
  for (const rule of pack.rules) {
    const file = fixtures.get(rule.id);
    const problems: string[] = [];
    let cases: RuleFixtureCase[] = [];
    if (!file) problems.push('no fixture file');
    else {
      const read = await readSmallTextFile(file, file, { ru: 'Файл примеров', en: 'Fixture file' });
      try {
        if (!read.file) throw new Error(read.diagnostics[0]?.message.en ?? 'unreadable');
        cases = ((parse(read.file.text) as { cases?: RuleFixtureCase[] } | null)?.cases ??
          []) as RuleFixtureCase[];
      } catch (error) {
        problems.push(`fixture file cannot be read: ${(error as Error).message}`);
      }
      if (!cases.some((c) => (c.fires ?? []).length > 0)) problems.push('no case fires');
      if (!cases.some((c) => (c.passes ?? []).length > 0)) problems.push('no case passes');
    }
    const caseResults = await runRuleFixtures(rule, cases, {
      base,
      engine,
      registry: registry ?? defaultRegistry(),
      ...(customOperators ? { operators: customOperators } : {}),
    });
    results.push({
      ruleId: rule.id,
      ...(file ? { file } : {}),
      cases: caseResults,
      problems,
      ok: problems.length === 0 && caseResults.every((c) => c.ok),
    });
  }
  const known = new Set(pack.rules.map((r) => r.id));
  for (const [id, file] of fixtures) {
    if (!known.has(id))
      results.push({
        ruleId: id,
        file,
        cases: [],
        problems: ['fixture names no rule of the pack'],
        ok: false,
      });
  }
  return { results, diagnostics: pack.diagnostics };
}
