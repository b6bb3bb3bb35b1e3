import { readFile, readdir } from 'node:fs/promises';
import { readRegularFile } from './read-regular-file.js';
import { basename, join } from 'node:path';
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

const MAX_RULE_FILE_BYTES = 256 * 1024;

/** Rule files under `dir`: `*.yaml`/`*.yml`, not `*.test.yaml`, not in `_fixtures/` or `data/`. */
async function listFiles(dir: string, test: (name: string) => boolean): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    const entries = await readdir(d, { withFileTypes: true });
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== '_fixtures' && e.name !== 'data' && !e.name.startsWith('.')) await walk(p);
      } else if (test(e.name)) out.push(p);
    }
  };
  await walk(dir);
  return out.sort();
}

const isRuleFile = (name: string) => /\.ya?ml$/i.test(name) && !/\.test\.ya?ml$/i.test(name) && name !== 'clauses.yaml';

function unreadable(path: string, error: unknown, what: { ru: string; en: string }): Diagnostic {
  const missing = (error as { code?: unknown }).code === 'ENOENT';
  return {
    code: missing ? 'FILE_NOT_FOUND' : 'FILE_UNREADABLE',
    severity: 'error',
    message: {
      ru: `${what.ru} «${path}» ${missing ? 'не найден' : 'не читается'}`,
      en: `${what.en} "${path}" ${missing ? 'was not found' : 'cannot be read'}`,
    },
    file: path,
  };
}

/**
 * Reads a rule pack directory (one rule per YAML file, named after its id; `*.test.yaml` fixtures
 * beside them are skipped) and parses it with `parseRulePack`. Collects diagnostics; never throws.
 */
export async function loadRulePackDir(dir: string, options: ParseRulePackOptions = {}): Promise<RulePack> {
  let paths: string[];
  try {
    paths = await listFiles(dir, isRuleFile);
  } catch (error) {
    return { rules: [], diagnostics: [unreadable(dir, error, { ru: 'Каталог правил', en: 'Rule pack directory' })] };
  }
  const diagnostics: Diagnostic[] = [];
  const files: { path: string; text: string }[] = [];
  for (const path of paths) {
    try {
      const buffer = await readRegularFile(path);
      if (buffer.byteLength > MAX_RULE_FILE_BYTES) {
        diagnostics.push({
          code: 'FILE_TOO_LARGE',
          severity: 'error',
          message: {
            ru: `файл правила «${path}» больше ${MAX_RULE_FILE_BYTES / 1024} КБ`,
            en: `rule file "${path}" exceeds ${MAX_RULE_FILE_BYTES / 1024} KiB`,
          },
          file: path,
        });
        continue;
      }
      files.push({ path, text: buffer.toString('utf8').replace(/^\uFEFF/, '') });
    } catch (error) {
      diagnostics.push(unreadable(path, error, { ru: 'Файл правила', en: 'Rule file' }));
    }
  }
  const pack = parseRulePack(files, options);
  return { rules: pack.rules, diagnostics: [...diagnostics, ...pack.diagnostics] };
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
  });
  let base: RuleFixtureBase = FIXTURE_BASE;
  try {
    base = parse(await readFile(join(dir, '_fixtures/base.yaml'), 'utf8')) as RuleFixtureBase;
  } catch {
    // No base of its own: the bundled compliant school.
  }
  const fixtures = new Map<string, string>();
  try {
    for (const p of await listFiles(dir, (n) => /\.test\.ya?ml$/i.test(n))) {
      fixtures.set(basename(p).replace(/\.test\.ya?ml$/i, ''), p);
    }
  } catch {
    // Reported by loadRulePackDir already.
  }
  const results: RulePackTestResult[] = [];
  for (const rule of pack.rules) {
    const file = fixtures.get(rule.id);
    const problems: string[] = [];
    let cases: RuleFixtureCase[] = [];
    if (!file) problems.push('no fixture file');
    else {
      try {
        cases = ((parse(await readFile(file, 'utf8')) as { cases?: RuleFixtureCase[] } | null)?.cases ?? []) as RuleFixtureCase[];
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
    if (!known.has(id)) results.push({ ruleId: id, file, cases: [], problems: ['fixture names no rule of the pack'], ok: false });
  }
  return { results, diagnostics: pack.diagnostics };
}
