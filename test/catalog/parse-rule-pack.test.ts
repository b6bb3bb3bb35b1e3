import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog, catalogHash, mergeCatalog, parseRulePack } from '../../src/catalog/index.js';
import type { RuleDefinition } from '../../src/catalog/types.js';

const DIR = join(__dirname, '../fixtures/rules');
const read = (sub: string, name: string) => ({
  path: `${sub}/${name}`,
  text: readFileSync(join(DIR, sub, name), 'utf8'),
});

describe('parseRulePack: a valid pack', () => {
  it('parses a region rule with params and placeholders', () => {
    const { rules, diagnostics } = parseRulePack([read('good', 'X-SCHOOL-NO-REGULATION.yaml')]);
    expect(diagnostics).toEqual([]);
    expect(rules.map((r) => r.id)).toEqual(['X-SCHOOL-NO-REGULATION']);
    expect(rules[0]!.params?.limit?.default).toBe(1);
  });
});

describe('parseRulePack: bad rule files give positioned errors', () => {
  it.each([
    // file, code, pointer, line, column, words in the English message
    ['X-SYNTAX.yaml', 'YAML_SYNTAX', undefined, 3, 1, 'YAML syntax'],
    ['X-MISSING-SEVERITY.yaml', 'RULE_INVALID', '', 1, 1, 'required property "severity"'],
    [
      'X-UNKNOWN-OPERATOR.yaml',
      'RULE_INVALID',
      '/conditions/all/0/operator',
      10,
      40,
      'unknown operator "equals"',
    ],
    [
      'X-UNKNOWN-FACT.yaml',
      'RULE_INVALID',
      '/conditions/any/1/fact',
      14,
      15,
      'unknown fact "hasRegulation" for subject person',
    ],
    ['X-UNKNOWN-CLAUSE.yaml', 'RULE_UNKNOWN_CLAUSE', '/clauses/0', 2, 11, 'unknown clause "2.9.z"'],
    [
      'X-BAD-PLACEHOLDER.yaml',
      'RULE_INVALID',
      '/message/ru',
      7,
      7,
      'unknown placeholder {{facts.noSuchFact}}',
    ],
    ['X-TYPO-KEY.yaml', 'RULE_INVALID', '/conditions/all/0/operater', 11, 7, 'unknown key "operater"'],
    [
      'X-WRONG-NAME.yaml',
      'RULE_INVALID',
      '/id',
      1,
      5,
      'named "X-WRONG-NAME" but the rule id is "X-RIGHT-NAME"',
    ],
    ['X-UNDECLARED-PARAM.yaml', 'RULE_INVALID', '/conditions/all/0/value/path', 10, 98, 'declared parameter'],
    [
      'X-BAD-SEVERITY.yaml',
      'RULE_INVALID',
      '/severity',
      4,
      11,
      'one of the allowed values: critical, high, medium, low, info',
    ],
  ])('%s → %s at %s (%i:%i)', (name, code, pointer, line, column, words) => {
    const { rules, diagnostics } = parseRulePack([read('bad', name)]);
    expect(rules).toEqual([]);
    const d = diagnostics.find((x) => x.code === code && x.message.en.includes(words));
    expect(d, JSON.stringify(diagnostics, null, 2)).toBeDefined();
    expect(d!.severity).toBe('error');
    expect(d!.file).toBe(`bad/${name}`);
    expect(d!.pointer).toBe(pointer);
    expect([d!.line, d!.column]).toEqual([line, column]);
    expect(d!.message.ru.length).toBeGreaterThan(10);
  });

  it('an unknown fact names the nearest facts of the subject type, typo first', () => {
    const text = readFileSync(join(DIR, 'bad', 'X-UNKNOWN-FACT.yaml'), 'utf8').replace(
      'fact: hasRegulation',
      'fact: profileCreatd',
    );
    const { rules, diagnostics } = parseRulePack([{ path: 'bad/X-UNKNOWN-FACT.yaml', text }]);
    expect(rules).toEqual([]);
    const d = diagnostics.find((x) => x.message.en.startsWith('unknown fact "profileCreatd"'));
    expect(d, JSON.stringify(diagnostics, null, 2)).toBeDefined();
    expect(d!.message.en).toMatch(/nearest: "profileCreated"/);
    expect(d!.message.ru).toMatch(/ближайшие: «profileCreated»/);
  });

  it('reports both bad placeholders of a file, Russian and English', () => {
    const { diagnostics } = parseRulePack([read('bad', 'X-BAD-PLACEHOLDER.yaml')]);
    expect(diagnostics.map((d) => d.pointer).sort()).toEqual(['/message/en', '/message/ru']);
  });

  it('a typo in one condition yields one precise error, not every oneOf branch', () => {
    const { diagnostics } = parseRulePack([read('bad', 'X-TYPO-KEY.yaml')]);
    expect(diagnostics.map((d) => d.message.en).sort()).toEqual([
      'missing required property "operator"',
      'unknown key "operater"; did you mean "operator"?',
    ]);
  });

  it('every bad fixture file yields at least one error and no rule', () => {
    const files = readdirSync(join(DIR, 'bad')).map((n) => read('bad', n));
    const { rules, diagnostics } = parseRulePack(files);
    expect(rules).toEqual([]);
    for (const f of files)
      expect(
        diagnostics.some((d) => d.file === f.path),
        f.path,
      ).toBe(true);
  });

  it('duplicate ids across files and against the catalog', () => {
    const good = read('good', 'X-SCHOOL-NO-REGULATION.yaml');
    const twice = parseRulePack([good, { path: 'other/X-SCHOOL-NO-REGULATION.yaml', text: good.text }]);
    expect(twice.rules).toHaveLength(1);
    expect(twice.diagnostics.map((d) => [d.code, d.file, d.pointer, d.line])).toEqual([
      ['RULE_DUPLICATE_ID', 'other/X-SCHOOL-NO-REGULATION.yaml', '/id', 2],
    ]);
    const taken = parseRulePack([good], { existingRuleIds: ['X-SCHOOL-NO-REGULATION'] });
    expect(taken.diagnostics[0]?.code).toBe('RULE_DUPLICATE_ID');
  });

  it('custom operators are accepted only when declared', () => {
    const text = read('bad', 'X-UNKNOWN-OPERATOR.yaml').text;
    const file = { path: 'X-UNKNOWN-OPERATOR.yaml', text };
    expect(parseRulePack([file]).diagnostics).toHaveLength(1);
    expect(parseRulePack([file], { operators: ['equals'] }).diagnostics).toEqual([]);
  });

  it('accepts json-rules-engine decorated operators', () => {
    const text = read('good', 'X-SCHOOL-NO-REGULATION.yaml').text.replace(
      '{ fact: regulationCount, operator: lessThan, value: { fact: params, path: "$.limit" } }',
      '{ fact: currentRegulationIds, operator: "everyFact:notEqual", value: "" }',
    );
    expect(parseRulePack([{ path: 'X-SCHOOL-NO-REGULATION.yaml', text }]).diagnostics).toEqual([]);
  });

  it('never throws on garbage', () => {
    for (const text of ['', '42', '- a\n- b', 'id: [', '\u0000\u0001', 'a: &x 1\nb: *x']) {
      const { rules, diagnostics } = parseRulePack([{ path: 'G.yaml', text }]);
      expect(rules).toEqual([]);
      expect(diagnostics.length).toBeGreaterThan(0);
    }
  });
});

describe('mergeCatalog', () => {
  const base = catalog();
  const pack = parseRulePack([read('good', 'X-SCHOOL-NO-REGULATION.yaml')]);

  it('adds pack rules to their clauses with a new hash', () => {
    const { catalog: merged, diagnostics } = mergeCatalog(base, [{ rules: pack.rules }]);
    expect(diagnostics).toEqual([]);
    expect(merged.rules).toHaveLength(base.rules.length + 1);
    expect(merged.clauses.find((c) => c.id === '1.1')!.rules).toContain('X-SCHOOL-NO-REGULATION');
    expect(merged.hash).not.toBe(base.hash);
    expect(merged.version).toBe(`${base.version}+packs`);
    // The base is not modified.
    expect(base.clauses.find((c) => c.id === '1.1')!.rules).not.toContain('X-SCHOOL-NO-REGULATION');
  });

  it('rejects a pack rule reusing a catalog id or naming an unknown clause', () => {
    const reuse: RuleDefinition = { ...pack.rules[0]!, id: base.rules[0]!.id };
    const unknown: RuleDefinition = { ...pack.rules[0]!, id: 'X-OTHER', clauses: ['9.9'] };
    const { catalog: merged, diagnostics } = mergeCatalog(base, [
      { rules: [reuse, unknown], name: 'region/rules' },
    ]);
    expect(merged).toBe(base);
    expect(diagnostics.map((d) => [d.code, d.file])).toEqual([
      ['RULE_DUPLICATE_ID', 'region/rules'],
      ['RULE_UNKNOWN_CLAUSE', 'region/rules'],
    ]);
  });

  it('hashes the merged clauses and rules; copies carry the hash in place', () => {
    const { catalog: merged } = mergeCatalog(base, [{ rules: pack.rules }]);
    expect(merged.hash).toBe(catalogHash(merged.clauses, merged.rules));
    expect(Object.keys(merged)).toEqual(['version', 'hash', 'clauses', 'rules', 'legalBasis']);
    const copy = structuredClone(merged);
    expect(copy.hash).toBe(merged.hash);
    expect(JSON.parse(JSON.stringify(merged)).hash).toBe(merged.hash);
  });

  it('is deterministic: the same packs give the same hash', () => {
    const a = mergeCatalog(base, [{ rules: pack.rules }]).catalog.hash;
    const b = mergeCatalog(base, [{ rules: pack.rules }]).catalog.hash;
    expect(a).toBe(b);
  });
});
