import { mkdtempSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compiledEngine } from '../../src/evaluate/index.js';
import { parse } from 'yaml';
import { loadRulePackDir, testRulePackDir } from '../../src/node/load-rule-pack.js';
import { loadRulePacks } from '../../src/node/load-rule-packs.js';
import { listRulePackFiles } from '../../src/node/list-rule-pack-files.js';
import { auditFiles } from '../../src/node/audit-files.js';

const GOOD = readFileSync(join(__dirname, '../fixtures/rules/good/X-SCHOOL-NO-REGULATION.yaml'), 'utf8');

function pack(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sferum-pack-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('loadRulePackDir', () => {
  it('reads rule files recursively, skipping fixtures and _fixtures/', () => {
    const dir = pack({
      'region/X-SCHOOL-NO-REGULATION.yaml': GOOD,
      'region/X-SCHOOL-NO-REGULATION.test.yaml': 'cases: []',
      '_fixtures/base.yaml': 'asOf: 2025-01-01',
    });
    return loadRulePackDir(dir).then(({ rules, diagnostics }) => {
      expect(diagnostics).toEqual([]);
      expect(rules.map((r) => r.id)).toEqual(['X-SCHOOL-NO-REGULATION']);
    });
  });

  it('reports a missing directory and positioned errors of bad files', async () => {
    const missing = await loadRulePackDir(join(tmpdir(), 'no-such-pack-dir-42'));
    expect(missing.diagnostics.map((d) => d.code)).toEqual(['FILE_NOT_FOUND']);
    const dir = pack({
      'X-BAD.yaml': GOOD.replace('X-SCHOOL-NO-REGULATION', 'X-BAD').replace('lessThan', 'lessThen'),
    });
    const bad = await loadRulePackDir(dir);
    expect(bad.rules).toEqual([]);
    expect(bad.diagnostics[0]).toMatchObject({
      code: 'RULE_INVALID',
      file: join(dir, 'X-BAD.yaml'),
      pointer: '/conditions/all/0/operator',
      line: 13,
    });
  });
});

describe('testRulePackDir', () => {
  it('runs a region pack’s fixtures on the bundled base school', async () => {
    const dir = pack({
      'X-SCHOOL-NO-REGULATION.yaml': GOOD,
      'X-SCHOOL-NO-REGULATION.test.yaml': [
        'cases:',
        '  - name: no regulation',
        '    input: { documents: [{ id: reg, $remove: true }] }',
        '    fires: [school]',
        '  - name: the base school',
        '    passes: [school]',
      ].join('\n'),
    });
    const { results, diagnostics } = await testRulePackDir(dir, { engine: compiledEngine });
    expect(diagnostics).toEqual([]);
    expect(results.map((r) => [r.ruleId, r.ok, r.problems])).toEqual([['X-SCHOOL-NO-REGULATION', true, []]]);
  });

  it('fails a rule without fixtures, a wrong expectation and an orphan fixture', async () => {
    const dir = pack({
      'X-SCHOOL-NO-REGULATION.yaml': GOOD,
      'X-SCHOOL-NO-REGULATION.test.yaml':
        'cases:\n  - name: wrong\n    fires: [school]\n    passes: [school]\n',
      'X-ORPHAN.test.yaml': 'cases: []',
    });
    const { results } = await testRulePackDir(dir, { engine: compiledEngine });
    expect(results.map((r) => [r.ruleId, r.ok])).toEqual([
      ['X-SCHOOL-NO-REGULATION', false],
      ['X-ORPHAN', false],
    ]);
    expect(results[0]!.cases[0]!.problems).toContain('school: expected fires, got passes');
  });

  it('the bundled rules directory passes its own fixtures', async () => {
    const { results, diagnostics } = await testRulePackDir(join(__dirname, '../../rules'), {
      engine: compiledEngine,
    });
    expect(diagnostics).toEqual([]);
    expect(results.length).toBeGreaterThan(50);
    expect(results.filter((r) => !r.ok)).toEqual([]);
  });
});

describe('one rule pack layout for testRulePackDir and audit --rules', () => {
  const FIXTURE = [
    'cases:',
    '  - name: no regulation',
    '    input: { documents: [{ id: reg, $remove: true }] }',
    '    fires: [school]',
    '  - name: the base school',
    '    passes: [school]',
  ].join('\n');
  const JSON_RULE = JSON.stringify({
    ...(parse(GOOD) as Record<string, unknown>),
    id: 'X-JSON-NO-REGULATION',
  });

  // Laid out like the bundled rules/: a clause list, a data/ file, _fixtures/, rules in folders.
  const regionPack = () =>
    pack({
      'clauses.yaml': 'version: "1"\nclauses: []\n',
      'data/contacts.yaml': 'operators: [{ name: x }]\n',
      '_fixtures/notes.yaml': 'not: a rule\n',
      '1/X-SCHOOL-NO-REGULATION.yaml': GOOD,
      '1/X-SCHOOL-NO-REGULATION.test.yaml': FIXTURE,
      '1/X-JSON-NO-REGULATION.json': JSON_RULE,
      '1/X-JSON-NO-REGULATION.test.yaml': FIXTURE,
    });

  it('lists rules (YAML and JSON) and pairs their fixtures, skipping data/, _fixtures/ and clauses.yaml', () => {
    const dir = regionPack();
    const listing = listRulePackFiles(dir);
    expect(listing.rules).toEqual([
      join(dir, '1/X-JSON-NO-REGULATION.json'),
      join(dir, '1/X-SCHOOL-NO-REGULATION.yaml'),
    ]);
    expect(listing.fixtures.map((f) => f.ruleId)).toEqual(['X-JSON-NO-REGULATION', 'X-SCHOOL-NO-REGULATION']);
    expect(listing.clauses).toBe(join(dir, 'clauses.yaml'));
    expect(listing.base).toBeUndefined();
  });

  it('the pack passes testRulePackDir, the JSON rule with its fixtures run', async () => {
    const { results, diagnostics } = await testRulePackDir(regionPack(), { engine: compiledEngine });
    expect(diagnostics).toEqual([]);
    expect(results.map((r) => [r.ruleId, r.ok, r.problems, r.cases.length])).toEqual([
      ['X-JSON-NO-REGULATION', true, [], 2],
      ['X-SCHOOL-NO-REGULATION', true, [], 2],
    ]);
  });

  it('a failing JSON rule is caught by its fixtures', async () => {
    const dir = pack({
      'X-JSON-NO-REGULATION.json': JSON_RULE.replace('"lessThan"', '"greaterThan"'),
      'X-JSON-NO-REGULATION.test.yaml': FIXTURE,
    });
    const { results } = await testRulePackDir(dir, { engine: compiledEngine });
    expect(results.map((r) => [r.ruleId, r.ok])).toEqual([['X-JSON-NO-REGULATION', false]]);
  });

  it('the same pack passes audit --rules: both rules load, no diagnostic', async () => {
    const dir = regionPack();
    const { rules, diagnostics, files } = await loadRulePacks([dir], (p) => relative(dir, p));
    expect(diagnostics).toEqual([]);
    expect(rules.map((r) => r.id)).toEqual(['X-JSON-NO-REGULATION', 'X-SCHOOL-NO-REGULATION']);
    expect(files.map((f) => f.path)).toEqual([
      '1/X-JSON-NO-REGULATION.json',
      '1/X-SCHOOL-NO-REGULATION.yaml',
    ]);
    const audited = await auditFiles('examples/school-72/school.yaml', {
      asOf: '2026-11-30',
      rulesDirs: [dir],
    });
    expect(audited.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(audited.report!.clauses.find((c) => c.id === '1.1')!.rules).toEqual(
      expect.arrayContaining(['X-JSON-NO-REGULATION', 'X-SCHOOL-NO-REGULATION']),
    );
  });
});
