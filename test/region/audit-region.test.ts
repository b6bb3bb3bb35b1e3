import { describe, expect, it } from 'vitest';
import { GENERATED_AS_OF, generateRegion } from '../../bench/generate-region.js';
import { audit } from '../../src/audit/audit.js';
import { prepareAuditRun } from '../../src/audit/prepare-audit.js';
import { SEVERITIES, SUBJECT_TYPES, type Severity } from '../../src/model/vocabulary.js';
import { defaultRegistry, normalizePlatform } from '../../src/messengers/index.js';
import type { AuditInput } from '../../src/model/types.js';
import {
  auditRegion,
  CLAUSE_STATUSES,
  RegionAggregator,
  aggregateRegion,
  regionRunInfo,
  runRegion,
  type RegionItem,
  type SchoolResult,
} from '../../src/region/index.js';
import type { ClauseStatus, Report } from '../../src/report/types.js';

const SCHOOLS = 24;
const region = generateRegion({ schools: SCHOOLS, peoplePerSchool: 150, violationRate: 0.08, seed: 7 });
const asOf = GENERATED_AS_OF;

async function collect(
  items: Iterable<RegionItem> | AsyncIterable<RegionItem>,
  options: Parameters<typeof runRegion>[1] = { asOf },
) {
  const results: SchoolResult[] = [];
  const summary = await runRegion(items, options, (r) => {
    results.push(r);
  });
  return { results, summary };
}

/** Deterministic Fisher–Yates with a small LCG, so a failing order can be reproduced. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed >>> 0;
  const rnd = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296;
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function prohibitedByHand(input: AuditInput): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of input.channels) {
    const m = normalizePlatform(c.platform ?? '', c.link, defaultRegistry());
    if (m.status === 'prohibited' && m.entry) counts.set(m.entry.id, (counts.get(m.entry.id) ?? 0) + 1);
  }
  return counts;
}

describe('auditRegion: aggregation against audit() per school, summed by hand', async () => {
  const reports: Report[] = [];
  for (const input of region) reports.push(await audit(input, { asOf }));
  const { results, summary } = await collect(region);

  it('yields one result per school, in input order, each matching its own audit()', () => {
    expect(results.map((r) => r.id)).toEqual(region.map((s) => s.school.id));
    results.forEach((r, i) => {
      const rep = reports[i]!;
      expect(r.status).toBe('audited');
      expect(r.municipality).toBe(region[i]!.school.municipality);
      expect(r.summary!.score).toBe(rep.summary.score);
      expect(r.summary!.findings.bySeverity).toEqual(rep.summary.findings.bySeverity);
      expect(r.summary!.findings.byClause).toEqual(rep.summary.findings.byClause);
      expect(r.summary!.clauses).toEqual(rep.summary.clauses);
      expect(r.summary!.clauseStatus).toEqual(Object.fromEntries(rep.clauses.map((c) => [c.id, c.status])));
      expect(r.findings).toBeUndefined();
      expect(Object.entries(r.summary!.prohibitedMessengers)).toEqual(
        [...prohibitedByHand(region[i]!)].sort(),
      );
    });
  });

  it('the generated region has what the summary must count (findings of every kind, prohibited messengers)', () => {
    expect(summary.findings.unwaived).toBeGreaterThan(SCHOOLS);
    expect(Object.keys(summary.prohibitedMessengers).length).toBeGreaterThan(0);
    expect(new Set(reports.map((r) => r.summary.score)).size).toBeGreaterThan(3);
  });

  it('totals by severity, clause and subject type are the sums of the reports', () => {
    const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
    const byClause: Record<string, number> = {};
    const subjects = Object.fromEntries(SUBJECT_TYPES.map((t) => [t, 0]));
    let total = 0;
    let unwaived = 0;
    for (const rep of reports) {
      total += rep.findings.length;
      for (const f of rep.findings) {
        if (f.waived) continue;
        unwaived += 1;
        bySeverity[f.severity] += 1;
        for (const c of f.clauses) byClause[c] = (byClause[c] ?? 0) + 1;
      }
      for (const t of SUBJECT_TYPES) subjects[t] = (subjects[t] ?? 0) + rep.summary.subjects[t];
    }
    expect(summary.schools).toEqual({ total: SCHOOLS, audited: SCHOOLS, failed: 0 });
    expect(summary.findings.total).toBe(total);
    expect(summary.findings.unwaived).toBe(unwaived);
    expect(summary.findings.bySeverity).toEqual(bySeverity);
    expect(summary.findings.byClause).toEqual(byClause);
    expect(summary.subjects).toEqual(subjects);
    expect(summary.asOf).toBe(asOf);
    expect(summary.catalog.hash).toBe(reports[0]!.catalog.hash);
  });

  it('clause status distribution counts schools per clause and status', () => {
    const expected: Record<string, Record<ClauseStatus, number>> = {};
    for (const rep of reports) {
      for (const c of rep.clauses) {
        expected[c.id] ??= Object.fromEntries(CLAUSE_STATUSES.map((s) => [s, 0])) as Record<
          ClauseStatus,
          number
        >;
        expected[c.id]![c.status] += 1;
      }
    }
    expect(Object.keys(summary.clauses).sort()).toEqual(Object.keys(expected).sort());
    for (const [id, counts] of Object.entries(expected)) {
      expect(summary.clauses[id]!.schools).toEqual(counts);
      const sum = Object.values(summary.clauses[id]!.schools).reduce((a, b) => a + b, 0);
      expect(sum).toBe(SCHOOLS);
    }
    const violating2final = reports.filter(
      (r) => r.clauses.find((c) => c.id === '2.final')!.status === 'violated',
    ).length;
    expect(summary.clauses['2.final']!.schools.violated).toBe(violating2final);
  });

  it('score distribution: min, p10 (nearest rank), median, mean, max', () => {
    const scores = reports.map((r) => r.summary.score).sort((a, b) => a - b);
    const n = scores.length;
    expect(summary.score!.min).toBe(scores[0]);
    expect(summary.score!.max).toBe(scores[n - 1]);
    expect(summary.score!.p10).toBe(scores[Math.ceil(n / 10) - 1]);
    expect(summary.score!.median).toBeCloseTo((scores[n / 2 - 1]! + scores[n / 2]!) / 2, 2);
    expect(summary.score!.mean).toBeCloseTo(scores.reduce((a, b) => a + b, 0) / n, 2);
  });

  it('prohibited messengers: channels and schools per messenger id', () => {
    const expected = new Map<string, { channels: number; schools: number }>();
    for (const input of region) {
      for (const [id, n] of prohibitedByHand(input)) {
        const e = expected.get(id) ?? { channels: 0, schools: 0 };
        e.channels += n;
        e.schools += 1;
        expected.set(id, e);
      }
    }
    expect(summary.prohibitedMessengers).toEqual(Object.fromEntries(expected));
  });

  it('per-municipality rollups add up to the region', () => {
    const byMuni = new Map<string, Report[]>();
    for (const rep of reports)
      byMuni.set(rep.school.municipality, [...(byMuni.get(rep.school.municipality) ?? []), rep]);
    expect(Object.keys(summary.municipalities).sort()).toEqual([...byMuni.keys()].sort());
    for (const [name, reps] of byMuni) {
      const m = summary.municipalities[name]!;
      expect(m.schools).toBe(reps.length);
      expect(m.audited).toBe(reps.length);
      expect(m.findings.unwaived).toBe(reps.reduce((a, r) => a + r.summary.findings.unwaived, 0));
      expect(m.findings.bySeverity.high).toBe(
        reps.reduce((a, r) => a + r.summary.findings.bySeverity.high, 0),
      );
      expect(m.schoolsWithViolations).toBe(reps.filter((r) => r.summary.clauses.violated > 0).length);
      expect(m.score!.min).toBe(Math.min(...reps.map((r) => r.summary.score)));
    }
    const sum = Object.values(summary.municipalities).reduce((a, m) => a + m.findings.unwaived, 0);
    expect(sum).toBe(summary.findings.unwaived);
  });

  it('lists the N worst schools: lowest score first, ties by critical, high, unwaived, id', () => {
    const ranked = reports
      .map((r) => ({
        id: r.school.id!,
        score: r.summary.score,
        c: r.summary.findings.bySeverity.critical,
        h: r.summary.findings.bySeverity.high,
        u: r.summary.findings.unwaived,
      }))
      .sort((a, b) => a.score - b.score || b.c - a.c || b.h - a.h || b.u - a.u || (a.id < b.id ? -1 : 1));
    expect(summary.worst.map((w) => w.id)).toEqual(ranked.slice(0, 10).map((r) => r.id));
    expect(summary.worst[0]!.score).toBe(summary.score!.min);
  });

  it('the summary is identical when the schools arrive in any order', async () => {
    const baseline = JSON.stringify(summary);
    for (const seed of [1, 2, 3]) {
      const again = await collect(shuffled(region, seed));
      expect(JSON.stringify(again.summary)).toBe(baseline);
    }
    // Results folded by hand in yet another order give the same summary too.
    const folded = await aggregateRegion(shuffled(results, 99), regionRunInfo(prepareAuditRun({ asOf })));
    expect(JSON.stringify(folded)).toBe(baseline);
  });
});

describe('auditRegion: broken schools', () => {
  const good = region.slice(0, 3);
  const yamlError = {
    code: 'YAML_SYNTAX' as const,
    severity: 'error' as const,
    message: { ru: 'ошибка синтаксиса YAML', en: 'YAML syntax error' },
    file: 'bad/school.yaml',
    line: 3,
    column: 1,
  };
  const malformed = {
    school: {
      id: 'sch-broken',
      name: 'Сломанная школа',
      region: 'Новосибирская область',
      municipality: 'г. Бердск',
    },
    people: 42,
  } as unknown as AuditInput;

  it('a school that did not load and one that cannot be audited are accounted for; the rest are audited', async () => {
    const items: RegionItem[] = [
      good[0]!,
      { source: 'bad/school.yaml', diagnostics: [yamlError] },
      good[1]!,
      malformed,
      { source: 'empty/school.yaml' },
      good[2]!,
    ];
    const { results, summary } = await collect(items);
    expect(results).toHaveLength(6);
    expect(results.map((r) => r.status)).toEqual([
      'audited',
      'failed',
      'audited',
      'failed',
      'failed',
      'audited',
    ]);
    expect(results[1]).toMatchObject({
      id: 'bad/school.yaml',
      source: 'bad/school.yaml',
      diagnostics: [yamlError],
    });
    expect(results[1]!.summary).toBeUndefined();
    expect(results[3]).toMatchObject({
      id: 'sch-broken',
      name: 'Сломанная школа',
      municipality: 'г. Бердск',
    });
    expect(results[3]!.diagnostics[0]!.code).toBe('INTERNAL');
    expect(results[4]!.diagnostics[0]!.code).toBe('INTERNAL');
    expect(summary.schools).toEqual({ total: 6, audited: 3, failed: 3 });
    expect(summary.failedSchools.map((f) => [f.id, f.codes])).toEqual([
      ['bad/school.yaml', ['YAML_SYNTAX']],
      ['empty/school.yaml', ['INTERNAL']],
      ['sch-broken', ['INTERNAL']],
    ]);
    expect(summary.municipalities['г. Бердск']?.failed ?? 0).toBeGreaterThanOrEqual(1);
    // The good schools' totals are unaffected by the broken ones.
    const alone = await collect(good);
    expect(summary.findings).toEqual(alone.summary.findings);
    expect(summary.score).toEqual(alone.summary.score);
  });

  it('a region where nothing loads still ends with a summary', async () => {
    const { summary } = await collect([{ source: 'a/school.yaml', diagnostics: [yamlError] }]);
    expect(summary.schools).toEqual({ total: 1, audited: 0, failed: 1 });
    expect(summary.score).toBeUndefined();
    expect(summary.worst).toEqual([]);
  });
});

describe('auditRegion: streaming and options', () => {
  it('yields results before the input is exhausted and never reads far ahead', async () => {
    let consumed = 0;
    async function* source(): AsyncGenerator<AuditInput> {
      for (const s of region.slice(0, 5)) {
        consumed += 1;
        yield s;
      }
    }
    const it = auditRegion(source(), { asOf });
    const first = await it.next();
    expect(first.done).toBe(false);
    expect((first.value as SchoolResult).id).toBe(region[0]!.school.id);
    expect(consumed).toBe(1);
    const second = await it.next();
    expect((second.value as SchoolResult).id).toBe(region[1]!.school.id);
    expect(consumed).toBe(2);
    let last = await it.next();
    while (!last.done) last = await it.next();
    expect(consumed).toBe(5);
    expect(last.value.schools.total).toBe(5);
  });

  it("includeFindings keeps each report's findings; without it none are kept", async () => {
    const input = region[0]!;
    const rep = await audit(input, { asOf });
    const { results } = await collect([input], { asOf, includeFindings: true });
    expect(results[0]!.findings).toEqual(rep.findings);
    expect(results[0]!.summary!.findings.total).toBe(rep.findings.length);
  });

  it('reports problems of the run once in the summary, not per school', async () => {
    const config = { rules: { 'SFR-NO-SUCH-RULE': { enabled: false } } };
    const single = await audit(region[0]!, { asOf, config });
    expect(single.diagnostics.some((d) => d.code === 'CONFIG_INVALID')).toBe(true);
    const { results, summary } = await collect(region.slice(0, 2), { asOf, config });
    expect(summary.diagnostics.map((d) => d.code)).toContain('CONFIG_INVALID');
    for (const r of results) expect(r.diagnostics.some((d) => d.code === 'CONFIG_INVALID')).toBe(false);
  });

  it('reports progress per school with the total when the input is an array', async () => {
    const calls: [number, number | undefined][] = [];
    await collect(region.slice(0, 3), { asOf, onProgress: (d, t) => calls.push([d, t]) });
    expect(calls).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('the compiled and reference engines give the same summary', async () => {
    const subset = region.slice(0, 3);
    const compiled = await collect(subset, { asOf });
    const reference = await collect(subset, { asOf, engine: 'reference' });
    expect({ ...reference.summary, engine: 'compiled' }).toEqual(compiled.summary);
  });

  it('a prepared run gives byte-identical reports to a plain audit()', async () => {
    const prepared = prepareAuditRun({ asOf });
    for (const input of region.slice(0, 3)) {
      expect(JSON.stringify(await audit(input, { asOf, prepared }))).toBe(
        JSON.stringify(await audit(input, { asOf })),
      );
    }
  });

  it('a school without an id is known by its source', async () => {
    const input = { ...region[0]!, school: { ...region[0]!.school, id: undefined } } as AuditInput;
    const { results } = await collect([{ input, source: 'x/school.json' }]);
    expect(results[0]!.id).toBe('x/school.json');
    expect(results[0]!.source).toBe('x/school.json');
  });

  it('RegionAggregator keeps only the requested number of worst schools', async () => {
    const { results } = await collect(region.slice(0, 6));
    const run = regionRunInfo(prepareAuditRun({ asOf }));
    for (const worst of [0, 1, 3, 10]) {
      const agg = new RegionAggregator(run, { worst });
      for (const r of results) agg.add(r);
      expect(agg.result().worst).toHaveLength(Math.min(worst, 6));
    }
    expect(() => new RegionAggregator(run, { worst: -1 })).toThrow(RangeError);
  });
});
