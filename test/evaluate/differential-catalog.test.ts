import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, it, expect } from 'vitest';
import { compiledEngine } from '../../src/evaluate/compiled-engine.js';
import { explainCondition } from '../../src/evaluate/explain-condition.js';
import { referenceEngine } from '../../src/evaluate/reference-engine.js';
import type { TopLevelCondition } from '../../src/evaluate/types.js';
import { runner, type Outcome } from './support/outcome.js';
import { subjectArb, type FactSpecLike, type RuleLike } from './support/rule-subjects.js';

const RULES_DIR = fileURLToPath(new URL('../../rules', import.meta.url));

/** `rules/**\/*.yaml` except `rules/data/**`, `rules/clauses.yaml` and `*.test.yaml` fixtures. */
function candidateFiles(dir = RULES_DIR): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const name of names.sort()) {
    const path = join(dir, name);
    const rel = relative(RULES_DIR, path).split('\\').join('/');
    if (statSync(path).isDirectory()) {
      if (rel !== 'data') out.push(...candidateFiles(path));
    } else if (name.endsWith('.yaml') && !name.endsWith('.test.yaml') && rel !== 'clauses.yaml') {
      out.push(path);
    }
  }
  return out;
}

/** Rule files are named after their id (`SFR-2.3-LINK-ROLE.yaml`); others (`_fixtures/base.yaml`) are not rules. */
const looksLikeRuleFile = (path: string): boolean =>
  /^[A-Z][A-Z0-9]*(-[A-Z0-9.]+)+\.yaml$/.test(path.split(/[\\/]/).pop()!);

function loadRules(): { rules: (RuleLike & { file: string })[]; ruleFiles: string[] } {
  const files = candidateFiles();
  const rules: (RuleLike & { file: string })[] = [];
  for (const file of files) {
    const data = parse(readFileSync(file, 'utf8')) as unknown;
    if (data && typeof data === 'object' && 'conditions' in data) rules.push({ ...(data as RuleLike), file });
  }
  return { rules, ruleFiles: files.filter(looksLikeRuleFile) };
}

/** The fact vocabulary, when the normalize stage has one (types and closed value sets make better subjects). */
async function vocabulary(subject: string): Promise<Readonly<Record<string, FactSpecLike>>> {
  try {
    const mod = (await import('../../src/normalize/facts.js')) as {
      FACTS?: Record<string, Record<string, FactSpecLike>>;
    };
    return mod.FACTS?.[subject] ?? {};
  } catch {
    return {};
  }
}

/** Rules of the bundled catalog that no file under rules/ defines (if the catalog module loads). */
async function bundledOnly(fileIds: ReadonlySet<string>): Promise<(RuleLike & { file: string })[]> {
  try {
    const mod = (await import('../../src/catalog/index.js')) as {
      catalog?: () => { rules: readonly RuleLike[] };
    };
    return (mod.catalog?.().rules ?? [])
      .filter((r) => !fileIds.has(r.id))
      .map((r) => ({ ...r, file: `bundled:${r.id}` }));
  } catch {
    return [];
  }
}

const loaded = loadRules();
const ruleFiles = loaded.ruleFiles;
const rules = [...loaded.rules, ...(await bundledOnly(new Set(loaded.rules.map((r) => r.id))))];
// Thousands of subjects in total; the reference engine is the slow side (~40 µs a run).
const RUNS_PER_RULE = Math.max(60, Math.min(400, Math.floor(12_000 / Math.max(1, rules.length))));

describe('differential: every catalog rule on generated subjects', () => {
  it('finds the rules', () => {
    // Once rules/ holds rule files, every one of them must load with conditions.
    const files = new Set(rules.map((r) => r.file));
    expect(ruleFiles.filter((f) => !files.has(f))).toEqual([]);
    if (ruleFiles.length > 0) expect(rules.length).toBeGreaterThan(0);
  });

  it.skipIf(rules.length === 0)(
    `compiled = reference on when and conditions (${rules.length} rules × ${RUNS_PER_RULE} subjects)`,
    async () => {
      const coverage: Record<string, Record<Outcome, number>> = {};
      for (const rule of rules) {
        const vocab = await vocabulary((rule as { subject?: string }).subject ?? '');
        const parts = (['when', 'conditions'] as const).filter((k) => rule[k] !== undefined);
        const engines = parts.map((part) => {
          const condition = rule[part] as TopLevelCondition;
          return {
            part,
            condition,
            reference: runner(referenceEngine, condition),
            compiled: runner(compiledEngine, condition),
          };
        });
        const seen: Record<Outcome, number> = { fired: 0, 'not fired': 0, error: 0 };
        coverage[rule.id] = seen;
        await fc.assert(
          fc.asyncProperty(subjectArb(rule, vocab), async (facts) => {
            for (const e of engines) {
              const expected = await e.reference(facts);
              if (e.part === 'conditions') seen[expected]++;
              const got = await e.compiled(facts);
              // expect() only on a difference: its bookkeeping and the message's JSON were most of
              // this loop's time over ~12,000 subjects that agree.
              if (got !== expected)
                expect(got, `${rule.id} ${e.part} on ${JSON.stringify(facts)}`).toBe(expected);
              if (expected !== 'error') {
                const explained = explainCondition(e.condition, facts).result;
                if (explained !== (expected === 'fired'))
                  expect(explained, `${rule.id} ${e.part} explain`).toBe(expected === 'fired');
              }
            }
          }),
          { numRuns: RUNS_PER_RULE },
        );
      }
      // A rule whose conditions never fire (or never fail) on its subjects tests little: the
      // generator must reach both outcomes for nearly every rule.
      const oneSided = Object.entries(coverage).filter(([, s]) => s.fired === 0 || s['not fired'] === 0);
      console.info(
        `catalog differential: ${rules.length} rules, ${rules.length * RUNS_PER_RULE} subjects; one-sided: ${JSON.stringify(oneSided)}`,
      );
      expect(oneSided.length).toBeLessThanOrEqual(Math.floor(rules.length / 10));
    },
  );
});
