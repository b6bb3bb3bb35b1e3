import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENERATED_AS_OF, generateRegion } from '../../bench/generate-region.js';
import { audit } from '../../src/audit/audit.js';
import {
  auditRegionFiles,
  discoverSchools,
  type AuditRegionFilesOptions,
} from '../../src/node/audit-region.js';
import type { RegionSummary, SchoolResult } from '../../src/region/types.js';

const schools = generateRegion({ schools: 6, peoplePerSchool: 90, violationRate: 0.1, seed: 11 });
let root: string;

function schoolJson(i: number): string {
  const { exports: _e, ...file } = schools[i]!;
  return JSON.stringify({ schemaVersion: 1, ...file });
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'sferum-region-files-'));
  // Municipality folders with school folders inside; one school straight under the root.
  const place = (rel: string, i: number, name = 'school.json') => {
    mkdirSync(join(root, rel), { recursive: true });
    writeFileSync(join(root, rel, name), schoolJson(i));
  };
  place('berdsk/sch-2', 1);
  place('berdsk/sch-1', 0);
  place('ob/sch-3', 2);
  place('sch-4', 3);
  place('sch-5', 4);
  // Both spellings in one folder: one school, the YAML one (JSON is valid YAML).
  writeFileSync(join(root, 'sch-5', 'school.yaml'), schoolJson(4));
  // A school folder's own subfolders are not searched; `_` and `.` folders are skipped.
  place('sch-4/archive', 5);
  place('_drafts/sch-9', 5);
  place('.cache/sch-9', 5);
  mkdirSync(join(root, 'broken'));
  writeFileSync(join(root, 'broken', 'school.yaml'), 'school: [\n');
  writeFileSync(join(root, 'bad.config.yaml'), 'rules: 5\n');
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

async function drain(
  run: Awaited<ReturnType<typeof auditRegionFiles>>,
): Promise<{ results: SchoolResult[]; summary: RegionSummary }> {
  expect(run.results).toBeDefined();
  const results: SchoolResult[] = [];
  for (;;) {
    const next = await run.results!.next();
    if (next.done) return { results, summary: next.value };
    results.push(next.value);
  }
}

async function regionOf(paths: string | string[], options: AuditRegionFilesOptions = {}) {
  return drain(await auditRegionFiles(paths, { asOf: GENERATED_AS_OF, ...options }));
}

describe('discoverSchools', () => {
  it('finds one file per school folder, nested folders included, sorted by path', async () => {
    const found = (await discoverSchools(root)).map((p) =>
      p
        .slice(root.length + 1)
        .split('\\')
        .join('/'),
    );
    expect(found).toEqual([
      'berdsk/sch-1/school.json',
      'berdsk/sch-2/school.json',
      'broken/school.yaml',
      'ob/sch-3/school.json',
      'sch-4/school.json',
      'sch-5/school.yaml',
    ]);
  });

  it('a school folder given directly is one school', async () => {
    expect(await discoverSchools(join(root, 'ob', 'sch-3'))).toEqual([
      join(root, 'ob', 'sch-3', 'school.json'),
    ]);
  });
});

describe('auditRegionFiles', () => {
  it('audits every discovered school like audit() does, and accounts for the broken one', async () => {
    const run = await auditRegionFiles(root, { asOf: GENERATED_AS_OF });
    expect(run.files).toHaveLength(6);
    const { results, summary } = await drain(run);
    expect(results.map((r) => r.status)).toEqual([
      'audited',
      'audited',
      'failed',
      'audited',
      'audited',
      'audited',
    ]);
    expect(results.map((r) => r.id)).toEqual([
      schools[0]!.school.id,
      schools[1]!.school.id,
      results[2]!.source,
      schools[2]!.school.id,
      schools[3]!.school.id,
      schools[4]!.school.id,
    ]);
    expect(results[2]!.diagnostics[0]!.code).toBe('YAML_SYNTAX');
    expect(summary.schools).toEqual({ total: 6, audited: 5, failed: 1 });
    for (const [k, i] of [
      [0, 0],
      [1, 1],
      [3, 2],
    ] as const) {
      const rep = await audit(schools[i]!, { asOf: GENERATED_AS_OF });
      expect(results[k]!.summary!.score).toBe(rep.summary.score);
      expect(results[k]!.summary!.findings.bySeverity).toEqual(rep.summary.findings.bySeverity);
    }
  });

  it('the results do not depend on how many schools are read ahead', async () => {
    const one = await regionOf(root, { concurrency: 1 });
    const many = await regionOf(root, { concurrency: 8 });
    expect(JSON.stringify(many)).toBe(JSON.stringify(one));
    await expect(auditRegionFiles(root, { concurrency: 0 })).rejects.toThrow(RangeError);
  });

  it('reports progress with the number of files as the total', async () => {
    const calls: [number, number | undefined][] = [];
    await regionOf(root, { onProgress: (d, t) => calls.push([d, t]) });
    expect(calls).toEqual([1, 2, 3, 4, 5, 6].map((d) => [d, 6]));
  });

  it('a missing school file is a failed school, not a failed region', async () => {
    const { results, summary } = await regionOf([
      join(root, 'ob', 'sch-3', 'school.json'),
      join(root, 'nowhere', 'school.yaml'),
    ]);
    expect(results.map((r) => r.status)).toEqual(['audited', 'failed']);
    expect(results[1]!.diagnostics[0]!.code).toBe('FILE_NOT_FOUND');
    expect(summary.failedSchools[0]!.codes).toEqual(['FILE_NOT_FOUND']);
  });

  it('the region config applies to every school; its problems are reported once', async () => {
    const plain = await regionOf(root, { includeFindings: true });
    const perRule = new Map<string, number>();
    for (const r of plain.results)
      for (const f of r.findings ?? [])
        if (!f.waived) perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
    const [rule, count] = [...perRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    expect(count).toBeGreaterThan(0);
    const config = join(root, 'region.config.yaml');
    writeFileSync(
      config,
      `rules:\n  ${rule}:\n    enabled: false\n  SFR-NO-SUCH-RULE:\n    enabled: false\n`,
    );
    const configured = await regionOf(root, { configPath: config });
    expect(configured.summary.findings.unwaived).toBe(plain.summary.findings.unwaived - count);
    const unknown = configured.summary.diagnostics.filter(
      (d) => d.code === 'CONFIG_INVALID' && d.message.en.includes('SFR-NO-SUCH-RULE'),
    );
    expect(unknown).toHaveLength(1);
    expect(unknown[0]!.file).toContain('region.config.yaml');
    for (const r of configured.results)
      expect(r.diagnostics.some((d) => d.message.en.includes('SFR-NO-SUCH-RULE'))).toBe(false);
  });

  it('a broken region config stops the run before any school, with diagnostics', async () => {
    const run = await auditRegionFiles(root, { configPath: join(root, 'bad.config.yaml') });
    expect(run.results).toBeUndefined();
    expect(run.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });
});
