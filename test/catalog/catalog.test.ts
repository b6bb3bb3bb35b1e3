import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog, catalogHash } from '../../src/catalog/index.js';
import type { Condition } from '../../src/evaluate/types.js';
import { FACTS, isKnownFact } from '../../src/normalize/facts.js';
// @ts-expect-error -- plain ESM script without types
import { generateCatalogSource, generateRuleFactsSource } from '../../scripts/gen-catalog.mjs';
// @ts-expect-error -- plain ESM script without types
import { renderCoverage, renderFacts } from '../../scripts/gen-coverage.mjs';

const ROOT = join(__dirname, '../..');
const CLAUSES_MD = '/work/shared/regulation/CLAUSES.md';

/** The 44 clause ids of CLAUSES.md, in document order (so the test works without shared/). */
const CLAUSE_IDS = [
  'header',
  '1.1',
  '1.2',
  '1.3',
  '1.4',
  '1.5',
  '2.1.a',
  '2.1.b',
  '2.1.c',
  '2.1.d',
  '2.1.e',
  '2.1.f',
  '2.2.a',
  '2.2.b',
  '2.2.c',
  '2.2.d',
  '2.2.e',
  '2.2.f',
  '2.2.g',
  '2.2.h',
  '2.3.a',
  '2.3.b',
  '2.3.c',
  '2.3.d',
  '2.4.a',
  '2.4.b',
  '2.4.c',
  '2.4.d',
  '2.5.a',
  '2.5.b',
  '2.5.c',
  '2.5.d',
  '2.6.a',
  '2.6.b',
  '2.6.c',
  '2.final',
  '3.1',
  '3.2',
  '3.3',
  '3.4',
  '4.1',
  '4.2',
  '4.3',
  '4.4',
];

const cat = catalog();
const clauseById = new Map(cat.clauses.map((c) => [c.id, c]));
const ruleById = new Map(cat.rules.map((r) => [r.id, r]));

describe('clause catalog', () => {
  it('has exactly the 44 clause ids, in document order', () => {
    expect(CLAUSE_IDS).toHaveLength(44);
    expect(cat.clauses.map((c) => c.id)).toEqual(CLAUSE_IDS);
  });

  it.runIf(existsSync(CLAUSES_MD))('matches the table of CLAUSES.md (ids and dispositions)', () => {
    const rows = readFileSync(CLAUSES_MD, 'utf8')
      .split('\n')
      .filter((l) => /^\| (header|\d)/.test(l))
      .map((l) => l.split('|').map((c) => c.trim()))
      .map((cells) => ({ id: cells[1] as string, disposition: cells[4] as string }));
    expect(rows.map((r) => r.id)).toEqual(CLAUSE_IDS);
    // Clauses the table marks attest but whose data decides them in part: the task asks for a rule
    // and `auto` with a question (information materials, control reviews, activity dates).
    const partlyDecidable = new Set(['2.1.d', '2.1.f', '2.3.d']);
    for (const row of rows) {
      const clause = clauseById.get(row.id)!;
      // The table says `auto`, `attest`, `info` or a combination; ours must be one it names.
      const named: string[] = (['auto', 'attest', 'info'] as const).filter((d) =>
        row.disposition.includes(d),
      );
      if (partlyDecidable.has(row.id)) {
        named.push('auto');
        expect(clause.question, `${row.id} is partly decidable: needs a question`).toBeDefined();
      }
      expect(named, `${row.id}: ${row.disposition}`).toContain(clause.disposition);
      if (named.includes('auto') && named.includes('attest') && clause.disposition === 'auto') {
        expect(clause.question, `${row.id} is auto/attest: needs a question`).toBeDefined();
      }
    }
  });

  it.each(cat.clauses.map((c) => [c.id, c] as const))('%s is complete', (_id, clause) => {
    expect(['auto', 'attest', 'info']).toContain(clause.disposition);
    expect(clause.text.ru.length).toBeGreaterThan(10);
    expect(clause.summary.ru.length).toBeGreaterThan(5);
    expect(clause.summary.en.length).toBeGreaterThan(5);
    expect(clause.who.length).toBeGreaterThan(0);
    if (clause.disposition === 'auto') expect(clause.rules.length).toBeGreaterThan(0);
    if (clause.disposition === 'attest') {
      expect(clause.question?.ru).toMatch(/\?$/);
      expect(clause.question?.en).toMatch(/\?$/);
      expect(clause.rules).toEqual([]);
    }
    if (clause.disposition === 'info') expect(clause.rules).toEqual([]);
  });

  it('quotes the regulation: every clause text occurs in the regulation (modulo whitespace)', () => {
    const path = '/work/shared/regulation/000_1c87b2eb54e43412.txt';
    if (!existsSync(path)) return;
    // Letters and digits only: line breaks, bullets and punctuation of the PDF text do not count.
    const squash = (s: string) => s.replace(/ё/g, 'е').replace(/[^\p{L}\p{N}]+/gu, '');
    const regulation = squash(readFileSync(path, 'utf8'));
    // Bullets are quoted whole; long clauses are quoted in fragments separated by «…» or «;».
    for (const clause of cat.clauses) {
      const fragments = clause.text.ru
        .split(/…|; /)
        .map((f) => f.trim())
        .filter((f) => squash(f).length > 15);
      expect(fragments.length, clause.id).toBeGreaterThan(0);
      for (const fragment of fragments) {
        expect(regulation.includes(squash(fragment)), `${clause.id}: «${fragment.slice(0, 50)}…»`).toBe(true);
      }
    }
  });
});

describe('rules in the catalog', () => {
  it('clause.rules and rule.clauses agree in both directions', () => {
    for (const clause of cat.clauses) {
      for (const id of clause.rules) {
        expect(ruleById.has(id), `${clause.id} lists unknown rule ${id}`).toBe(true);
        expect(ruleById.get(id)!.clauses, `${id} does not name ${clause.id}`).toContain(clause.id);
      }
    }
    for (const rule of cat.rules) {
      for (const c of rule.clauses) {
        expect(clauseById.has(c), `${rule.id} names unknown clause ${c}`).toBe(true);
        expect(clauseById.get(c)!.rules, `${c} does not list ${rule.id}`).toContain(rule.id);
      }
    }
  });

  it('rule ids are unique and follow the naming scheme', () => {
    expect(new Set(cat.rules.map((r) => r.id)).size).toBe(cat.rules.length);
    for (const r of cat.rules) expect(r.id).toMatch(/^SFR-(HDR|\d(\.\d)?|2\.FINAL)-[A-Z0-9-]+$/);
  });

  it('every rule reads only facts of its subject (and declared params)', () => {
    const facts = (node: Condition, out: string[] = []): string[] => {
      if ('all' in node) node.all.forEach((c) => facts(c, out));
      else if ('any' in node) node.any.forEach((c) => facts(c, out));
      else if ('not' in node) facts(node.not, out);
      else if ('fact' in node) {
        out.push(node.fact);
        const v = node.value as { fact?: string } | null;
        if (v && typeof v === 'object' && typeof v.fact === 'string') out.push(v.fact);
      }
      return out;
    };
    for (const rule of cat.rules) {
      const used = [...facts(rule.conditions), ...(rule.when ? facts(rule.when) : [])];
      for (const f of used) expect(isKnownFact(rule.subject, f), `${rule.id}: ${f}`).toBe(true);
      for (const f of rule.evidence ?? [])
        expect(Object.keys(FACTS[rule.subject]), `${rule.id}: ${f}`).toContain(f);
    }
  });

  it('every rule cites only acts of the legal basis', () => {
    const acts = new Set((cat.legalBasis ?? []).map((a) => a.id));
    expect([...acts].sort()).toEqual(
      [
        '149-FZ',
        'MINCIFRY-542-1',
        'MINPROS-04-127',
        'MINPROS-04-643',
        'MINPROS-R-139',
        'PP-1241',
        'PP-1545',
        'PP-1678',
      ].sort(),
    );
    for (const rule of cat.rules)
      for (const id of rule.legalBasis ?? []) expect(acts.has(id), `${rule.id}: ${id}`).toBe(true);
  });

  it('2.final rules grade severity as the regulation requires', () => {
    const sev = (id: string) => ruleById.get(id)?.severity;
    expect(sev('SFR-2.FINAL-PROHIBITED-DATA')).toBe('critical');
    expect(sev('SFR-2.FINAL-PROHIBITED-MESSENGER')).toBe('high');
    expect(sev('SFR-2.FINAL-UNKNOWN-PLATFORM')).toBe('medium');
    expect(sev('SFR-2.FINAL-PERSONAL-DATA-ALLOWED')).toBe('info');
  });
});

describe('generated files are current', () => {
  it('src/catalog/bundled.generated.ts is what gen-catalog produces from rules/', () => {
    const onDisk = readFileSync(join(ROOT, 'src/catalog/bundled.generated.ts'), 'utf8');
    expect(onDisk === generateCatalogSource(), 'stale: run `npm run gen:catalog`').toBe(true);
  });

  it('src/catalog/rule-facts.generated.ts (the compile-time check of rule facts) is current', () => {
    const onDisk = readFileSync(join(ROOT, 'src/catalog/rule-facts.generated.ts'), 'utf8');
    expect(onDisk === generateRuleFactsSource(), 'stale: run `npm run gen:catalog`').toBe(true);
  });

  it('the bundled hash is the catalogHash of its clauses and rules', () => {
    expect(cat.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(catalogHash(cat.clauses, cat.rules)).toBe(cat.hash);
  });

  it('docs/coverage.md is current', () => {
    const onDisk = readFileSync(join(ROOT, 'docs/coverage.md'), 'utf8');
    expect(onDisk === renderCoverage(cat), 'stale: run `npm run gen:coverage`').toBe(true);
  });

  it('docs/facts.md is current', () => {
    const onDisk = readFileSync(join(ROOT, 'docs/facts.md'), 'utf8');
    expect(onDisk === renderFacts(FACTS), 'stale: run `npm run gen:coverage`').toBe(true);
  });
});

describe('schemas/clauses.schema.json', () => {
  const load = async () => {
    const { default: Ajv2020 } = await import('ajv/dist/2020.js');
    const { parse } = await import('yaml');
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas/clauses.schema.json'), 'utf8')));
    return {
      validate,
      data: parse(readFileSync(join(ROOT, 'rules/clauses.yaml'), 'utf8')) as {
        clauses: Record<string, unknown>[];
      },
    };
  };

  it('rules/clauses.yaml is valid', async () => {
    const { validate, data } = await load();
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    [
      'an attest clause without a question',
      (c: Record<string, unknown>[]) => delete c.find((x) => x.id === '2.2.f')!.question,
    ],
    [
      'an auto clause without rules',
      (c: Record<string, unknown>[]) => (c.find((x) => x.id === '1.1')!.rules = []),
    ],
    ['an unknown disposition', (c: Record<string, unknown>[]) => (c[0]!.disposition = 'manual')],
    ['a malformed id', (c: Record<string, unknown>[]) => (c[0]!.id = '2.1-a')],
    [
      'an undetermined absence without the fact that tells it',
      (c: Record<string, unknown>[]) =>
        delete (c.find((x) => x.id === '2.5.a')!.absence as { fact?: string }).fact,
    ],
  ])('rejects %s', async (_name, mutate) => {
    const { validate, data } = await load();
    mutate(data.clauses);
    expect(validate(data)).toBe(false);
  });
});

describe('absence semantics in rules/clauses.yaml', () => {
  it('an undetermined absence reads a count among the school facts; every clause binding people has one', () => {
    const byId = new Map(catalog().clauses.map((c) => [c.id, c]));
    const undetermined = catalog().clauses.filter((c) => c.absence?.outcome === 'undetermined');
    for (const c of undetermined) {
      expect(FACTS.school[c.absence!.fact!]?.type, `${c.id}: ${c.absence!.fact}`).toBe('number');
      expect(c.absence!.record?.ru.length ?? 0, c.id).toBeGreaterThan(10);
    }
    // The auto clauses of 2.3–2.6 bind class teachers, staff, students and parents.
    for (const id of [
      '2.3.a',
      '2.3.b',
      '2.3.c',
      '2.3.d',
      '2.4.a',
      '2.4.b',
      '2.4.c',
      '2.5.a',
      '2.5.b',
      '2.5.c',
      '2.6.a',
      '2.6.b',
      '2.6.c',
    ])
      expect(byId.get(id)?.absence?.outcome, id).toBe('undetermined');
  });
});
