import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRulePackDir, testRulePackDir } from '../../src/node.js';
import {
  compiledEngine,
  MAX_PATTERN_INPUT,
  parseRulePack,
  patternOperator,
  referenceEngine,
} from '../../src/index.js';
import { jsonPathResolver } from '../../src/evaluate/resolve-path.js';
import type { CustomOperator } from '../../src/index.js';
import { repoRoot } from '../cli/run-cli.js';

// Guards: the alias-bomb try/catch in parseRulePack, the ?(…)/(…) lint in checkRule,
// `eval: false` in jsonPathResolver (also used by the reference engine), the pattern check in
// checkRule and guardPatternOperator in both engines.
const RULE = 'SFR-1.1-REGULATION-EXISTS';
const base = readFileSync(join(repoRoot, 'rules/1', `${RULE}.yaml`), 'utf8');

describe('untrusted rule packs', () => {
  it('an alias bomb is a positioned diagnostic, not an internal error', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefghij'.split('').map(
        (c, i) =>
          `${c}: &${c} [${Array(9)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(', ')}]`,
      ),
    ].join('\n');
    const pack = parseRulePack([{ path: `${RULE}.yaml`, text: bomb }]);
    expect(pack.rules).toEqual([]);
    expect(pack.diagnostics).toMatchObject([
      { code: 'YAML_ALIAS_LIMIT', severity: 'error', file: `${RULE}.yaml` },
    ]);
  });

  it('a YAML syntax error is a positioned diagnostic', () => {
    const pack = parseRulePack([{ path: `${RULE}.yaml`, text: 'id: [unclosed\n' }]);
    expect(pack.diagnostics[0]).toMatchObject({ code: 'YAML_SYNTAX', file: `${RULE}.yaml` });
    expect(pack.diagnostics[0]?.line).toBeGreaterThan(0);
  });

  it('the lint rejects JSONPath filter and script expressions', () => {
    const withFilter = base.replace(
      /fact: (\w+),/,
      'fact: $1, path: "$[?(@.constructor.constructor(\'return process\')())]",',
    );
    expect(withFilter).not.toBe(base);
    const pack = parseRulePack([{ path: `${RULE}.yaml`, text: withFilter }]);
    expect(pack.diagnostics.map((d) => d.code)).toContain('RULE_INVALID');
    expect(pack.diagnostics.some((d) => /JSONPath/.test(d.message.en))).toBe(true);
  });

  it('jsonpath-plus runs with script evaluation off', () => {
    let ran = false;
    const g = globalThis as { __sferumRan?: () => void };
    g.__sferumRan = () => {
      ran = true;
    };
    try {
      jsonPathResolver('$[?(@.a && globalThis.__sferumRan())]')({ x: { a: 1 } });
    } catch {
      // Refused outright is fine too.
    }
    delete g.__sferumRan;
    expect(ran).toBe(false);
  });
});

describe('patterns of custom operators in rule packs', () => {
  const withPattern = (value: string) =>
    // A function, not a string: `$'` in a replacement string means "the text after the match".
    base.replace(
      '{ fact: hasRegulation, operator: equal, value: false }',
      () => `{ fact: schoolName, operator: matches, value: ${value} }`,
    );
  const load = (value: string) =>
    parseRulePack([{ path: `${RULE}.yaml`, text: withPattern(value) }], { patternOperators: ['matches'] });

  it('a safe pattern loads; nested quantifiers are a positioned diagnostic and the rule is dropped', () => {
    expect(withPattern("'x'")).not.toBe(base);
    expect(load("'^Школа №\\d+$'").diagnostics).toEqual([]);
    for (const bad of ["'^(a+)+$'", "'(\\w*\\s?)*$'", '{ fact: schoolName }']) {
      const pack = load(bad);
      expect(pack.rules).toEqual([]);
      expect(pack.diagnostics).toMatchObject([
        { code: 'RULE_PATTERN_UNSAFE', severity: 'error', pointer: '/conditions/all/0/value' },
      ]);
      expect(pack.diagnostics[0]?.line).toBeGreaterThan(0);
    }
    expect(load("'(unclosed'").diagnostics[0]?.code).toBe('RULE_INVALID');
  });

  it('both engines run a pattern operator only on short input and only with a safe pattern', async () => {
    const calls: string[] = [];
    const spy: CustomOperator = {
      name: 'matches',
      pattern: true,
      evaluate: (fact: string, source: string) => {
        calls.push(source);
        return new RegExp(source, 'u').test(fact);
      },
    };
    for (const engine of [compiledEngine, referenceEngine]) {
      const run = (value: string, fact: string) =>
        engine.compile(
          { all: [{ fact: 'name', operator: 'matches', value }] },
          { operators: [spy] },
        )({ name: fact });
      calls.length = 0;
      expect(await run('^a+$', 'aaa')).toBe(true);
      expect(calls).toEqual(['^a+$']);
      // Over the size guard: not run at all (false, as when a validator refuses).
      expect(await run('^a+$', 'a'.repeat(MAX_PATTERN_INPUT + 1))).toBe(false);
      // A catastrophic pattern that reached the engine without the pack check: never run.
      expect(await run('^(a+)+$', `${'a'.repeat(40)}!`)).toBe(false);
      expect(calls).toEqual(['^a+$']);
    }
    expect(
      await compiledEngine.compile(
        { all: [{ fact: 'n', operator: 'matches', value: '^\\d{3}$' }] },
        { operators: [patternOperator()] },
      )({ n: '123' }),
    ).toBe(true);
  });
});

describe('rule pack files are read like school files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sferum-pack-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a FIFO, a symlink loop or /dev/zero named as a rule or fixture is a diagnostic; the rest loads', async () => {
    writeFileSync(join(dir, `${RULE}.yaml`), base);
    execFileSync('mkfifo', [join(dir, 'FIFO.yaml')]);
    symlinkSync('LOOP.yaml', join(dir, 'LOOP.yaml'));
    symlinkSync('/dev/zero', join(dir, 'ZERO.yaml'));
    // Fixtures too: a FIFO fixture would wait for a writer forever if read plainly.
    execFileSync('mkfifo', [join(dir, `${RULE}.test.yaml`)]);
    const pack = await loadRulePackDir(dir);
    expect(pack.rules.map((r) => r.id)).toEqual([RULE]);
    const byFile = Object.fromEntries(pack.diagnostics.map((d) => [d.file?.split('/').pop(), d.code]));
    expect(byFile).toEqual({
      'FIFO.yaml': 'FILE_NOT_REGULAR',
      'LOOP.yaml': 'FILE_UNREADABLE',
      'ZERO.yaml': 'FILE_NOT_REGULAR',
    });
    const tested = await testRulePackDir(dir, { engine: compiledEngine });
    expect(tested.results[0]).toMatchObject({ ruleId: RULE, ok: false });
    expect(tested.results[0]?.problems[0]).toMatch(/fixture file cannot be read: .*not a regular file/);
  });
});
