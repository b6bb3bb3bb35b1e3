import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditFiles } from '../../src/node/audit-files.js';
import { auditRegionFiles, type AuditRegionFilesOptions } from '../../src/node/audit-region.js';
import { mergeSchoolConfig } from '../../src/region/merge-school-config.js';
import type { RegionSummary, SchoolResult } from '../../src/region/types.js';

const AS_OF = '2026-11-30';
const example = join(__dirname, '..', '..', 'examples', 'school-72');
const DISABLED_BY_SCHOOL = 'SFR-2.2-STATISTICS-REPORTS';

let root: string;
const dir = (name: string) => join(root, name);

/** Gives the copied school its own id so the region keys it apart from the other copies. */
function setId(name: string, id: string): void {
  const file = join(dir(name), 'school.yaml');
  const text = readFileSync(file, 'utf8');
  const next = text.replace(/^(\s+id:\s*).*$/m, `$1"${id}"`);
  expect(next).not.toBe(text);
  writeFileSync(file, next);
}

const EXPIRED_ONLY = `waivers:
  - id: W-OLD
    rule: SFR-2.6-LINK-ROLE
    subject: p-044
    justification: old
    approvedBy: директор
    approvedAt: 2026-01-10
    expires: 2026-06-30
`;

// `expires` missing: WAIVER_INVALID with a position.
const INVALID = `waivers:
  - id: W-BAD
    rule: SFR-2.6-LINK-ROLE
    subject: p-044
    justification: no expiry
    approvedBy: директор
    approvedAt: 2026-11-05
`;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'sferum-region-school-files-'));
  // a: the example's own waivers.yaml (one in effect, one expired, one unused).
  // b: only an expired waiver. c: an invalid waivers file. d: no waivers, its own config.
  for (const [name, id] of [
    ['a', '5400000101'],
    ['b', '5400000102'],
    ['c', '5400000103'],
    ['d', '5400000104'],
  ] as const) {
    cpSync(example, dir(name), { recursive: true });
    setId(name, id);
  }
  writeFileSync(join(dir('b'), 'waivers.yaml'), EXPIRED_ONLY);
  unlinkSync(join(dir('c'), 'waivers.yaml'));
  writeFileSync(join(dir('c'), 'waivers.yml'), INVALID);
  unlinkSync(join(dir('d'), 'waivers.yaml'));
  writeFileSync(
    join(dir('d'), 'sferum-compliance.config.yaml'),
    `rules:\n  ${DISABLED_BY_SCHOOL}:\n    enabled: false\nregistry: school-registry.yaml\nfailOn: none\n`,
  );
  writeFileSync(join(root, 'requires.config.yaml'), `rules:\n  ${DISABLED_BY_SCHOOL}:\n    enabled: true\n`);
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

async function region(
  options: AuditRegionFilesOptions = {},
  paths: string[] = ['a', 'b', 'c', 'd'].map(dir),
) {
  const run = await auditRegionFiles(paths, { asOf: AS_OF, ...options });
  expect(run.results).toBeDefined();
  const results: Record<string, SchoolResult> = {};
  for (;;) {
    const next = await run.results!.next();
    if (next.done) return { results, summary: next.value as RegionSummary };
    results[next.value.source!.split('/').at(-2)!] = next.value;
  }
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe("regional run: each school's waivers", () => {
  let run: Awaited<ReturnType<typeof region>>;
  beforeAll(async () => {
    run = await region();
  });

  it("a school's waivers.yaml is applied exactly as `auditFiles --waivers` applies it", async () => {
    const single = await auditFiles(join(dir('a'), 'school.yaml'), {
      asOf: AS_OF,
      waiversPath: join(dir('a'), 'waivers.yaml'),
      noConfigDiscovery: true,
    });
    const rep = single.report!;
    const a = run.results.a!;
    expect(a.status).toBe('audited');
    expect(rep.summary.findings.waived).toBe(1);
    expect(a.summary!.findings).toEqual({
      total: rep.summary.findings.total,
      unwaived: rep.summary.findings.unwaived,
      waived: rep.summary.findings.waived,
      bySeverity: rep.summary.findings.bySeverity,
      byClause: rep.summary.findings.byClause,
    });
    expect(a.summary!.score).toBe(rep.summary.score);
    expect(a.summary!.clauses).toEqual(rep.summary.clauses);
    expect(a.inputs).toEqual(rep.inputs);
    expect(a.waivers).toEqual({
      file: expect.stringMatching(/a\/waivers\.yaml$/),
      count: 3,
      waived: 1,
      expired: rep.waivers.expired,
      unused: rep.waivers.unused,
    });
    expect(a.waivers!.expired).toEqual(['W-2026-03']);
    expect(a.diagnostics.map((d) => d.code).sort()).toEqual(['WAIVER_EXPIRED', 'WAIVER_UNUSED']);
  });

  it('records every input file with its sha256, waivers included', () => {
    const inputs = run.results.a!.inputs!;
    const byName = Object.fromEntries(inputs.map((f) => [f.path.split('/').at(-1), f.sha256]));
    for (const name of ['school.yaml', 'people.csv', 'channels.csv', 'waivers.yaml'])
      expect(byName[name]).toBe(sha(join(dir('a'), name)));
    expect(run.results.d!.inputs!.some((f) => f.path.endsWith('waivers.yaml'))).toBe(false);
  });

  it('an expired waiver counts its finding again and is reported on that school and in the summary', () => {
    const b = run.results.b!;
    const d = run.results.d!;
    expect(b.waivers).toMatchObject({ count: 1, waived: 0, expired: ['W-OLD'], unused: [] });
    expect(b.diagnostics.map((x) => x.code)).toEqual(['WAIVER_EXPIRED']);
    // Same school without waivers: the expired one changes nothing in the counts.
    expect(b.summary!.findings.unwaived).toBe(d.summary!.findings.unwaived);
    expect(run.summary.waivers.schoolsWithExpired).toEqual(['5400000101', '5400000102']);
  });

  it('an invalid waivers file fails that school with the positioned error; the others are audited', () => {
    const c = run.results.c!;
    expect(c.status).toBe('failed');
    expect(c.id).toBe('5400000103');
    expect(c.municipality).toBeDefined();
    const bad = c.diagnostics.find((x) => x.code === 'WAIVER_INVALID')!;
    expect(bad).toMatchObject({ severity: 'error', file: expect.stringMatching(/c\/waivers\.yml$/) });
    expect(bad.line).toBeGreaterThan(0);
    expect(c.inputs!.some((f) => f.path.endsWith('c/waivers.yml'))).toBe(true);
    expect(run.summary.schools).toEqual({ total: 4, audited: 3, failed: 1 });
    expect(run.summary.failedSchools).toEqual([
      expect.objectContaining({ id: '5400000103', codes: ['WAIVER_INVALID'] }),
    ]);
  });

  it('the summary counts waived findings and schools carrying waivers', () => {
    expect(run.summary.waivers).toEqual({
      schools: 2,
      waived: 1,
      expired: 2,
      unused: 1,
      schoolsWithExpired: ['5400000101', '5400000102'],
      ignored: 0,
    });
    expect(run.summary.findings.waived).toBe(1);
    expect(run.summary.schoolFiles).toEqual({ waivers: 'applied', config: 'ignored' });
  });

  it('ignoreWaivers: files are read and checked but no waiver applies (as `audit --ignore-waivers`)', async () => {
    const ignored = await region({ ignoreWaivers: true });
    const single = await auditFiles(join(dir('a'), 'school.yaml'), {
      asOf: AS_OF,
      waiversPath: join(dir('a'), 'waivers.yaml'),
      noConfigDiscovery: true,
      ignoreWaivers: true,
    });
    expect(ignored.results.a!.summary!.findings).toMatchObject({
      waived: 0,
      unwaived: single.report!.summary.findings.unwaived,
    });
    expect(ignored.results.a!.summary!.score).toBe(single.report!.summary.score);
    expect(ignored.results.a!.waivers).toMatchObject({
      count: 3,
      waived: 0,
      ignored: true,
      expired: [],
      unused: [],
    });
    expect(ignored.results.c!.status).toBe('failed');
    expect(ignored.summary.waivers).toMatchObject({ waived: 0, ignored: 3, schoolsWithExpired: [] });
    expect(ignored.summary.schoolFiles!.waivers).toBe('ignored');
  });

  it('noSchoolWaivers: waivers files are not read; the invalid one no longer fails its school', async () => {
    const none = await region({ noSchoolWaivers: true });
    expect(none.results.c!.status).toBe('audited');
    for (const r of Object.values(none.results)) {
      expect(r.waivers).toEqual({ count: 0, waived: 0, expired: [], unused: [] });
      expect(r.inputs!.some((f) => /waivers\.ya?ml$/.test(f.path))).toBe(false);
    }
    expect(none.results.a!.summary!.findings.unwaived).toBe(run.results.a!.summary!.findings.unwaived + 1);
    expect(none.summary.waivers).toMatchObject({ schools: 0, waived: 0 });
    expect(none.summary.schoolFiles!.waivers).toBe('skipped');
  });
});

describe("regional run: a school's own config", () => {
  const findingsOf = (r: SchoolResult) => r.summary!.findings.byClause;

  it('is ignored by default: recorded as found, not applied', async () => {
    const { results } = await region({}, [dir('d'), dir('b')]);
    const d = results.d!;
    expect(d.config).toEqual({
      files: [],
      school: 'ignored',
      schoolFile: expect.stringMatching(/d\/sferum-compliance\.config\.yaml$/),
    });
    expect(d.inputs!.some((f) => f.path.endsWith('sferum-compliance.config.yaml'))).toBe(false);
    // b is the same school without a config: d sees the same findings.
    expect(findingsOf(d)).toEqual(findingsOf(results.b!));
  });

  it("schoolConfig: merged under the region's — the school may switch off a rule the region does not set; region-only keys are dropped", async () => {
    const { results } = await region({ schoolConfig: true }, [dir('d')]);
    const d = results.d!;
    const file = join(dir('d'), 'sferum-compliance.config.yaml');
    expect(d.config).toMatchObject({
      school: 'merged',
      ignoredKeys: ['failOn', 'registry'],
      disabledRules: [DISABLED_BY_SCHOOL],
    });
    expect(d.config!.files).toEqual([
      { path: expect.stringMatching(/d\/sferum-compliance\.config\.yaml$/), sha256: sha(file) },
    ]);
    expect(d.inputs).toContainEqual(d.config!.files[0]);
    // The same as the school's own audit with its config (whose registry file does not exist: drop it).
    const single = await auditFiles(join(dir('d'), 'school.yaml'), {
      asOf: AS_OF,
      noConfigDiscovery: true,
      config: { rules: { [DISABLED_BY_SCHOOL]: { enabled: false } } },
    });
    expect(d.summary!.findings.unwaived).toBe(single.report!.summary.findings.unwaived);
    expect(d.summary!.score).toBe(single.report!.summary.score);
  });

  it("schoolConfig: the region's keys win — a rule the region requires stays on", async () => {
    const regionConfig = join(root, 'requires.config.yaml');
    const { results } = await region({ schoolConfig: true, configPath: regionConfig }, [dir('d'), dir('b')]);
    const d = results.d!;
    expect(d.config!.disabledRules).toBeUndefined();
    expect(d.config!.files.map((f) => f.sha256)).toEqual([
      sha(regionConfig),
      sha(join(dir('d'), 'sferum-compliance.config.yaml')),
    ]);
    expect(findingsOf(d)).toEqual(findingsOf(results.b!));
  });

  it('schoolConfig: an invalid school config fails that school only', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'sferum-region-bad-config-'));
    try {
      cpSync(dir('d'), join(bad, 'd'), { recursive: true });
      writeFileSync(join(bad, 'd', 'sferum-compliance.config.yaml'), 'rules: 5\n');
      const { results, summary } = await region({ schoolConfig: true }, [join(bad, 'd'), dir('b')]);
      expect(results.d!.status).toBe('failed');
      expect(results.d!.diagnostics.some((x) => x.severity === 'error' && x.code === 'CONFIG_INVALID')).toBe(
        true,
      );
      expect(results.b!.status).toBe('audited');
      expect(summary.schoolFiles!.config).toBe('merged');
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });
});

describe('mergeSchoolConfig', () => {
  it.each([
    [{}, { maxWaiverDays: 30 }, { maxWaiverDays: 30 }, []],
    [{ maxWaiverDays: 90 }, { maxWaiverDays: 30 }, { maxWaiverDays: 90 }, []],
    [
      {},
      { asOf: '2020-01-01', rulePacks: ['x'], registry: 'r.yaml', eSchoolSystem: 'ЭШ' },
      { eSchoolSystem: 'ЭШ' },
      ['asOf', 'registry', 'rulePacks'],
    ],
    [
      { rules: { R1: { severity: 'high' as const, params: { a: 1 } } } },
      {
        rules: {
          R1: { enabled: false, severity: 'low' as const, params: { a: 2, b: 3 } },
          R2: { enabled: false },
        },
      },
      { rules: { R1: { enabled: false, severity: 'high', params: { a: 1, b: 3 } }, R2: { enabled: false } } },
      [],
    ],
  ])('region %j + school %j → %j (ignored %j)', (regionConfig, school, expected, ignored) => {
    const merged = mergeSchoolConfig(regionConfig, school);
    expect(merged.config).toEqual(expected);
    expect(merged.ignoredKeys).toEqual(ignored);
  });
});
