import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegionSummary, SchoolResult } from '../../src/region/types.js';
import type { Report } from '../../src/report/types.js';
import { hasStackTrace, repoRoot, runCli, sharedRuns, type CliRun } from './run-cli.js';

const AS_OF = '2026-11-30';
const HOSTILE_NAME = '=HYPERLINK("http://evil.example";"click"); школа';

let region: string;
let empty: string;
let allBroken: string;

/** Replaces the school's id, municipality and (optionally) name in the copied school.yaml. */
function edit(dir: string, changes: { id: string; municipality?: string; name?: string }): void {
  const file = join(dir, 'school.yaml');
  let text = readFileSync(file, 'utf8');
  const before = text;
  text = text.replace(/^(\s+id:\s*).*$/m, `$1"${changes.id}"`);
  if (changes.municipality) text = text.replace(/^(\s+municipality:\s*).*$/m, `$1"${changes.municipality}"`);
  if (changes.name) text = text.replace(/^(\s+name:\s*).*$/m, `$1'${changes.name.replace(/'/g, "''")}'`);
  expect(text).not.toBe(before);
  writeFileSync(file, text);
}

/** Every channel of the copied inventory moved to Sferum (no links): a school with no prohibited messenger. */
function onlySferum(dir: string): void {
  const file = join(dir, 'channels.csv');
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const out = lines.map((line, i) => {
    if (i === 0 || line.trim() === '') return line;
    const cells = line.split(';');
    cells[2] = 'Сферум';
    cells[3] = '';
    return cells.join(';');
  });
  writeFileSync(file, out.join('\n'));
}

beforeAll(() => {
  region = mkdtempSync(join(tmpdir(), 'sferum-region-'));
  const example = join(repoRoot, 'examples/school-72');
  for (const name of ['school-a', 'school-b', 'school-c'])
    cpSync(example, join(region, name), { recursive: true });
  edit(join(region, 'school-b'), { id: '5400000073', municipality: 'г. Бердск', name: HOSTILE_NAME });
  edit(join(region, 'school-c'), { id: '5400000074' });
  onlySferum(join(region, 'school-c'));
  mkdirSync(join(region, 'broken'));
  writeFileSync(join(region, 'broken', 'school.yaml'), 'school:\n  name: [\n');

  empty = mkdtempSync(join(tmpdir(), 'sferum-region-empty-'));
  allBroken = mkdtempSync(join(tmpdir(), 'sferum-region-broken-'));
  mkdirSync(join(allBroken, 'x'));
  writeFileSync(join(allBroken, 'x', 'school.json'), '{ "school": ');
});

afterAll(() => {
  for (const d of [region, empty, allBroken]) if (d) rmSync(d, { recursive: true, force: true });
});

function region_(args: string[], cwd = region): Promise<CliRun> {
  return runCli(['region', ...args], { cwd });
}

function ndjson(stdout: string): {
  schools: (SchoolResult & { type: string })[];
  summary: RegionSummary & { type: string };
} {
  const lines = stdout.split('\n').filter((l) => l !== '');
  const parsed = lines.map((l) => JSON.parse(l) as { type: string });
  expect(parsed.at(-1)!.type).toBe('summary');
  expect(parsed.slice(0, -1).every((p) => p.type === 'school')).toBe(true);
  return {
    schools: parsed.slice(0, -1) as (SchoolResult & { type: string })[],
    summary: parsed.at(-1) as RegionSummary & { type: string },
  };
}

/** The school's own audit with its own waivers file, as the region applies it. */
async function auditJson(school: string, extra: string[] = [], cwd = region): Promise<Report> {
  const run = await runCli(
    [
      'audit',
      join(school, 'school.yaml'),
      '--waivers',
      join(school, 'waivers.yaml'),
      '--format',
      'json',
      '--as-of',
      AS_OF,
      '--fail-on',
      'none',
      ...extra,
    ],
    { cwd },
  );
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Report;
}

describe('region: help and usage', () => {
  it('--help is in Russian with examples', async () => {
    const run = await runCli(['region', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Примеры');
    expect(run.stdout).toContain('sferum-compliance region');
    expect(run.stdout).toContain('ndjson');
  });

  it.each([
    [['--format', 'xml'], 'bad format'],
    [['--fail-on', 'severe'], 'bad threshold'],
    [['--as-of', '2025-02-30'], 'impossible date'],
    [['--worst', '-1'], 'negative worst'],
    [['--concurrency', '0'], 'zero concurrency'],
    [['--config', 'no-such.config.yaml'], 'missing config'],
  ])('%j → exit 2 (%s), no stack trace', async (args) => {
    const run = await region_(['.', ...args]);
    expect(run.code).toBe(2);
    expect(hasStackTrace(run.stderr)).toBe(false);
    expect(run.stdout).toBe('');
  });

  it('a folder without schools exits 2 with a clear message', async () => {
    const run = await region_([empty]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('школы не найдены');
  });

  it('a region where no school loads exits 2 but still prints what it found', async () => {
    const run = await region_(['.', '--format', 'ndjson'], allBroken);
    expect(run.code).toBe(2);
    const { schools, summary } = ndjson(run.stdout);
    expect(schools).toHaveLength(1);
    expect(schools[0]).toMatchObject({ status: 'failed', source: 'x/school.json' });
    expect(summary.schools).toEqual({ total: 1, audited: 0, failed: 1 });
    expect(run.stderr).toContain('x/school.json');
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});

describe('region: a small region (three copies of school-72 and one broken school)', () => {
  let reports: Record<string, Report>;
  let streamed: ReturnType<typeof ndjson>;
  let ndjsonRun: CliRun;

  beforeAll(async () => {
    reports = {
      'school-a': await auditJson('school-a'),
      'school-b': await auditJson('school-b'),
      'school-c': await auditJson('school-c'),
    };
    ndjsonRun = await region_(['.', '--format', 'ndjson', '--as-of', AS_OF]);
    streamed = ndjson(ndjsonRun.stdout);
  });

  it('ndjson: one line per school in path order, then the summary; exit 1 for high findings', () => {
    expect(ndjsonRun.code).toBe(1);
    expect(streamed.schools.map((s) => s.source)).toEqual([
      'broken/school.yaml',
      'school-a/school.yaml',
      'school-b/school.yaml',
      'school-c/school.yaml',
    ]);
    expect(streamed.schools.map((s) => s.status)).toEqual(['failed', 'audited', 'audited', 'audited']);
    expect(streamed.schools[0]!.diagnostics[0]).toMatchObject({
      code: 'YAML_SYNTAX',
      file: 'broken/school.yaml',
    });
    expect(streamed.summary.schools).toEqual({ total: 4, audited: 3, failed: 1 });
    expect(streamed.summary.failedSchools).toEqual([
      { id: 'broken/school.yaml', source: 'broken/school.yaml', errors: 1, codes: ['YAML_SYNTAX'] },
    ]);
    expect(streamed.summary.asOf).toBe(AS_OF);
  });

  it('each school line agrees with `audit` of the same school', () => {
    for (const s of streamed.schools.slice(1)) {
      const rep = reports[s.source!.split('/')[0]!]!;
      expect(s.id).toBe(rep.school.id);
      expect(s.summary!.score).toBe(rep.summary.score);
      expect(s.summary!.findings.bySeverity).toEqual(rep.summary.findings.bySeverity);
      expect(s.summary!.clauses).toEqual(rep.summary.clauses);
      expect(s.summary!.findings.waived).toBe(rep.summary.findings.waived);
      expect(s.inputs).toEqual(rep.inputs);
      expect(s.waivers).toMatchObject({
        waived: rep.summary.findings.waived,
        expired: rep.waivers.expired,
        unused: rep.waivers.unused,
      });
    }
  });

  it('the summary adds up the schools, per municipality too', () => {
    const all = Object.values(reports);
    const sum = (f: (r: Report) => number) => all.reduce((a, r) => a + f(r), 0);
    const { summary } = streamed;
    expect(summary.findings.unwaived).toBe(sum((r) => r.summary.findings.unwaived));
    expect(summary.findings.waived).toBe(sum((r) => r.summary.findings.waived));
    const withExpired = all
      .filter((r) => r.waivers.expired.length > 0)
      .map((r) => r.school.id!)
      .sort();
    expect(withExpired.length).toBeGreaterThan(0);
    expect(summary.waivers).toMatchObject({
      schools: 3,
      waived: sum((r) => r.summary.findings.waived),
      schoolsWithExpired: withExpired,
    });
    expect(summary.schoolFiles).toEqual({ waivers: 'applied', config: 'ignored' });
    expect(summary.findings.bySeverity.high).toBe(sum((r) => r.summary.findings.bySeverity.high));
    expect(summary.findings.bySeverity.critical).toBe(sum((r) => r.summary.findings.bySeverity.critical));
    expect(summary.score!.min).toBe(Math.min(...all.map((r) => r.summary.score)));
    expect(summary.score!.max).toBe(Math.max(...all.map((r) => r.summary.score)));
    const violated2final = all.filter(
      (r) => r.clauses.find((c) => c.id === '2.final')!.status === 'violated',
    ).length;
    expect(summary.clauses['2.final']!.schools.violated).toBe(violated2final);
    expect(summary.municipalities['г. Бердск']).toMatchObject({ schools: 1, audited: 1 });
    expect(summary.municipalities['г. Новосибирск']).toMatchObject({ schools: 2, audited: 2 });
    expect(summary.worst.map((w) => w.score)).toEqual(
      [...all.map((r) => r.summary.score)].sort((a, b) => a - b),
    );
  });

  it('prohibited messengers: the copies count theirs, the school moved to Sferum none', () => {
    const [, a, b, c] = streamed.schools;
    expect(Object.keys(a!.summary!.prohibitedMessengers).length).toBeGreaterThan(0);
    expect(b!.summary!.prohibitedMessengers).toEqual(a!.summary!.prohibitedMessengers);
    expect(c!.summary!.prohibitedMessengers).toEqual({});
    for (const [id, n] of Object.entries(a!.summary!.prohibitedMessengers)) {
      expect(streamed.summary.prohibitedMessengers[id]).toEqual({ channels: 2 * n, schools: 2 });
    }
  });

  it('stderr lists the broken school with its place; no stack trace', () => {
    expect(ndjsonRun.stderr).toContain('Не удалось проверить школ: 1 из 4');
    expect(ndjsonRun.stderr).toMatch(/broken\/school\.yaml:\d+:\d+/);
    expect(hasStackTrace(ndjsonRun.stderr)).toBe(false);
  });

  it('json: one document with the same schools and summary; byte-identical on a second run', async () => {
    const run = await region_(['.', '--format', 'json', '--as-of', AS_OF]);
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as { schools: SchoolResult[]; summary: RegionSummary };
    expect(doc.schools).toEqual(streamed.schools.map(({ type: _t, ...s }) => s));
    const { type: _t, ...summary } = streamed.summary;
    expect(doc.summary).toEqual(summary);
    expect((await region_(['.', '--format', 'json', '--as-of', AS_OF])).stdout).toBe(run.stdout);
  });

  it('csv: BOM, «;», one row per school, formula-like names neutralised', async () => {
    const run = await region_(['.', '--format', 'csv', '--as-of', AS_OF]);
    expect(run.code).toBe(1);
    expect(run.stdout.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(run.stdout, {
      bom: true,
      delimiter: ';',
      columns: true,
      relax_column_count: false,
    }) as Record<string, string>[];
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r['Файл'])).toEqual([
      'broken/school.yaml',
      'school-a/school.yaml',
      'school-b/school.yaml',
      'school-c/school.yaml',
    ]);
    expect(rows.map((r) => r['Статус'])).toEqual(['не проверена', 'проверена', 'проверена', 'проверена']);
    expect(rows[1]!['Балл']).toBe(String(reports['school-a']!.summary.score));
    expect(rows[2]!['Школа']).toBe(`'${HOSTILE_NAME}`);
    expect(rows[0]!['Первая ошибка']).toContain('YAML');
  });

  it('text: the Russian table and aggregate', async () => {
    const run = await region_(['.', '--as-of', AS_OF]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Школ: 4 (проверено 3, не удалось проверить 1)');
    expect(run.stdout).toContain('Муниципалитеты');
    expect(run.stdout).toContain('г. Бердск');
    expect(run.stdout).toContain('Школы, которые не удалось проверить');
    expect(run.stdout).toContain('broken/school.yaml');
    const en = await region_(['.', '--as-of', AS_OF, '--lang', 'en']);
    expect(en.stdout).toContain('Schools: 4 (audited 3, failed 1)');
  });

  it('exit codes follow --fail-on like audit', async () => {
    expect((await region_(['.', '--as-of', AS_OF, '--fail-on', 'none', '--quiet'])).code).toBe(0);
    const critical = Object.values(reports).some((r) => r.summary.findings.bySeverity.critical > 0);
    expect((await region_(['.', '--as-of', AS_OF, '--fail-on', 'critical', '--quiet'])).code).toBe(
      critical ? 1 : 0,
    );
  });

  it('--output writes the file and nothing to stdout; --include-findings keeps every finding', async () => {
    const run = await region_([
      '.',
      '--format',
      'ndjson',
      '--as-of',
      AS_OF,
      '--include-findings',
      '--output',
      'out.ndjson',
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const { schools, summary } = ndjson(readFileSync(join(region, 'out.ndjson'), 'utf8'));
    const findings = schools.reduce((n, s) => n + (s.findings?.length ?? 0), 0);
    expect(findings).toBe(summary.findings.total);
    expect(schools[1]!.findings!.map((f) => f.fingerprint)).toEqual(
      reports['school-a']!.findings.map((f) => f.fingerprint),
    );
    rmSync(join(region, 'out.ndjson'));
  });

  it('school files can be listed one by one', async () => {
    const run = await region_([
      'school-a/school.yaml',
      'school-c/school.yaml',
      '--format',
      'ndjson',
      '--as-of',
      AS_OF,
    ]);
    const { schools, summary } = ndjson(run.stdout);
    expect(schools.map((s) => s.id)).toEqual([reports['school-a']!.school.id, '5400000074']);
    expect(summary.schools.total).toBe(2);
  });
});

describe('region and merge: several outputs from one run (-f F:FILE, as audit)', () => {
  const FORMATS = ['text', 'ndjson', 'json', 'csv', 'openmetrics', 'html', 'xlsx'] as const;
  const BASE = ['.', '--as-of', AS_OF, '--fail-on', 'none'];
  let out: string;
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'sferum-region-multi-'));
  });
  afterAll(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });
  const at = (name: string) => join(out, name);
  const bytes = (name: string) => readFileSync(at(name));

  it('each output is byte for byte what a run with that one format writes; stderr once', async () => {
    // ndjson to standard output, every other format to its own file, from one audit.
    const multi = await region_([
      ...BASE,
      '-f',
      'ndjson',
      ...FORMATS.filter((f) => f !== 'ndjson').flatMap((f) => ['-f', `${f}:${at(`multi.${f}`)}`]),
    ]);
    expect(multi.code).toBe(0);
    expect(hasStackTrace(multi.stderr)).toBe(false);
    for (const format of FORMATS) {
      const single = await region_([...BASE, '--format', format, '--output', at(`single.${format}`)]);
      expect(single.code, format).toBe(0);
      expect(single.stdout).toBe('');
      // The broken school is listed once, not once per output.
      expect(multi.stderr, format).toBe(single.stderr);
      const expected = bytes(`single.${format}`);
      expect(expected.length, format).toBeGreaterThan(100);
      if (format === 'ndjson') expect(Buffer.from(multi.stdout, 'utf8').equals(expected)).toBe(true);
      else expect(bytes(`multi.${format}`).equals(expected), format).toBe(true);
    }
    // Only the outputs asked for, all under their final names.
    expect(
      readdirSync(out)
        .filter((f) => f.startsWith('multi.'))
        .sort(),
    ).toEqual(
      FORMATS.filter((f) => f !== 'ndjson')
        .map((f) => `multi.${f}`)
        .sort(),
    );
  });

  it('merge writes several formats from one read of the shards, each as a one-format merge', async () => {
    const shard = await region_([...BASE, '--shard', '1/1', '-f', `shard:${at('part.ndjson')}`, '--quiet']);
    expect(shard.code).toBe(0);
    const merged = await runCli(
      ['merge', 'part.ndjson', '-f', 'text', '-f', 'json:merged.json', '-f', 'xlsx:merged.xlsx'],
      { cwd: out },
    );
    expect(merged.code).toBe(0);
    for (const [format, file] of [
      ['json', 'merged.json'],
      ['xlsx', 'merged.xlsx'],
    ] as const) {
      const one = await runCli(['merge', 'part.ndjson', '--format', format, '--output', `one.${format}`], {
        cwd: out,
      });
      expect(one.code).toBe(0);
      expect(bytes(file).equals(bytes(`one.${format}`)), format).toBe(true);
    }
    const text = await runCli(['merge', 'part.ndjson'], { cwd: out });
    expect(merged.stdout).toBe(text.stdout);
    expect(merged.stderr).toBe(text.stderr);
  });

  it.each([
    [['-f', 'text', '-f', 'json'], 'в стандартный вывод может идти только один формат'],
    [['-f', 'text', '-f', 'json:-'], 'в стандартный вывод может идти только один формат'],
    [['-f', 'xml'], 'допустимо: text, ndjson, json, csv, openmetrics, html, xlsx, shard или F:ФАЙЛ'],
    [['-f', 'xml:out.xml'], 'допустимо: text'],
    [['-f', './formatter.js'], 'допустимо: text'],
    [['-f', 'json:'], 'после «json:» нужен файл'],
    [['-f', 'json:same.out', '-f', 'csv:./same.out'], 'два формата пишутся в один файл «./same.out»'],
    [['-f', 'json', '-f', 'csv:b.csv', '--output', 'a.json'], '--output задаёт файл для одного --format'],
    [['-f', 'text:t.txt', '-f', 'xlsx'], 'формат xlsx записывается только в файл'],
    [
      ['--shard', '1/2', '-f', 'shard:a.ndjson', '-f', 'csv:b.csv'],
      'с --shard результат пишется в формате shard',
    ],
    // A file that cannot be written: the outputs opened before it are removed too.
    [['-f', 'text:t.txt', '-f', 'json:missing/x.json'], 'не удалось записать файл «missing/x.json»'],
  ])('region %j → exit 2: «%s», no output file', async (args, message) => {
    const run = await runCli(['region', region, '--as-of', AS_OF, ...args], { cwd: out });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(hasStackTrace(run.stderr)).toBe(false);
    expect(run.stdout).toBe('');
    expect(readdirSync(out).filter((f) => !/^(multi|single|one|merged|part)\./.test(f))).toEqual([]);
  });

  it('the same errors in English with --lang en', async () => {
    const en = (args: string[]) => runCli(['region', region, '--lang', 'en', ...args], { cwd: out });
    expect((await en(['-f', 'text', '-f', 'json'])).stderr).toContain(
      'only one format may go to standard output, got 2: text, json',
    );
    expect((await en(['-f', 'json:x', '-f', 'csv:x'])).stderr).toContain(
      'two formats write the same file «x»',
    );
    expect((await en(['-f', 'xml'])).stderr).toContain('allowed: text, ndjson');
  });

  it('merge refuses the same pairings before reading any shard', async () => {
    // The shard files do not exist: the outputs are checked first.
    const two = await runCli(['merge', 'none.ndjson', '-f', 'csv', '-f', 'html'], { cwd: out });
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('в стандартный вывод может идти только один формат');
    const same = await runCli(['merge', 'none.ndjson', '-f', 'csv:m', '-f', 'html:m'], { cwd: out });
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('два формата пишутся в один файл');
    expect((await runCli(['merge', 'none.ndjson', '-f', 'xlsx'], { cwd: out })).code).toBe(2);
  });
});

describe("region: schools' own waivers and configs", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sferum-region-waivers-'));
    const example = join(repoRoot, 'examples/school-72');
    for (const name of ['ok', 'bad']) cpSync(example, join(dir, name), { recursive: true });
    edit(join(dir, 'bad'), { id: '5400000099' });
    // `expires` missing: the school's own audit refuses this file (exit 2).
    writeFileSync(
      join(dir, 'bad', 'waivers.yaml'),
      'waivers:\n  - id: W-X\n    rule: SFR-2.6-LINK-ROLE\n    subject: p-044\n    justification: x\n    approvedBy: директор\n    approvedAt: 2026-11-05\n',
    );
    writeFileSync(
      join(dir, 'ok', 'sferum-compliance.config.yaml'),
      'rules:\n  SFR-2.6-LINK-ROLE:\n    enabled: false\n',
    );
    // `audit` would pick up ok/'s config by itself; an empty one stands for «the region's config only».
    writeFileSync(join(dir, 'empty.config.yaml'), '{}\n');
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  // The files above are not changed by the tests: a command line two tests read runs once.
  const shared = sharedRuns();
  const run = (args: string[]) =>
    shared(['region', '.', '--format', 'ndjson', '--as-of', AS_OF, ...args], { cwd: dir });

  it('an invalid waivers file fails that school (as `audit` exits 2 on it) and leaves the exit code to the others', async () => {
    const audit = await runCli(
      ['audit', 'bad/school.yaml', '--waivers', 'bad/waivers.yaml', '--as-of', AS_OF, '--quiet'],
      { cwd: dir },
    );
    expect(audit.code).toBe(2);
    const r = await run(['--fail-on', 'none']);
    expect(r.code).toBe(0);
    const { schools, summary } = ndjson(r.stdout);
    expect(schools.map((s) => [s.source, s.status])).toEqual([
      ['bad/school.yaml', 'failed'],
      ['ok/school.yaml', 'audited'],
    ]);
    expect(schools[0]!.id).toBe('5400000099');
    expect(schools[0]!.diagnostics[0]).toMatchObject({ code: 'WAIVER_INVALID', file: 'bad/waivers.yaml' });
    expect(summary.failedSchools).toEqual([
      {
        id: '5400000099',
        source: 'bad/school.yaml',
        name: expect.any(String),
        errors: 1,
        codes: ['WAIVER_INVALID'],
      },
    ]);
    expect(r.stderr).toMatch(/bad\/waivers\.yaml:\d+:\d+/);
    expect((await run([])).code).toBe(1);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('--ignore-waivers: no waiver applies anywhere; the invalid file still fails its school', async () => {
    const { schools, summary } = ndjson((await run(['--ignore-waivers'])).stdout);
    const plain = await auditJson('ok', ['--ignore-waivers', '--config', 'empty.config.yaml'], dir);
    expect(schools[1]!.summary!.findings).toMatchObject({
      waived: 0,
      unwaived: plain.summary.findings.unwaived,
    });
    expect(schools[1]!.waivers).toMatchObject({ ignored: true, waived: 0 });
    expect(schools[0]!.status).toBe('failed');
    expect(summary.waivers).toMatchObject({ waived: 0, ignored: 1 });
    expect(summary.schoolFiles!.waivers).toBe('ignored');
  });

  it('--no-school-waivers: the files are not read, every school is audited without waivers', async () => {
    const { schools, summary } = ndjson((await run(['--no-school-waivers'])).stdout);
    expect(schools.map((s) => s.status)).toEqual(['audited', 'audited']);
    expect(summary.waivers).toMatchObject({ schools: 0, waived: 0 });
    expect(summary.schoolFiles!.waivers).toBe('skipped');
    expect(schools.every((s) => !s.inputs!.some((f) => f.path.endsWith('waivers.yaml')))).toBe(true);
  });

  it("a school config is ignored unless --school-config; then it applies under the region's", async () => {
    const def = ndjson((await run([])).stdout).schools[1]!;
    expect(def.config).toEqual({
      files: [],
      school: 'ignored',
      schoolFile: 'ok/sferum-compliance.config.yaml',
    });
    const own = await auditJson('ok', [], dir);
    expect(own.inputs.map((f) => f.path)).toContain('ok/sferum-compliance.config.yaml');
    const merged = ndjson((await run(['--school-config'])).stdout).schools[1]!;
    expect(merged.config).toMatchObject({ school: 'merged', disabledRules: ['SFR-2.6-LINK-ROLE'] });
    expect(merged.summary!.findings.unwaived).toBe(own.summary.findings.unwaived);
    expect(merged.summary!.score).toBe(own.summary.score);
    expect(merged.inputs).toEqual(own.inputs);
    expect(merged.summary!.score).not.toBe(def.summary!.score);
  });
});

describe('region: undetermined clauses fail a school exactly as audit decides', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sferum-region-undetermined-'));
    cpSync(join(repoRoot, 'examples/school-72'), join(dir, 'full'), { recursive: true });
    mkdirSync(join(dir, 'empty'));
    // Required fields only: no roster, so the clauses binding people are undetermined.
    writeFileSync(
      join(dir, 'empty', 'school.yaml'),
      'school:\n  id: "5400000099"\n  name: "МБОУ СОШ № 99"\n  region: "Новосибирская область"\n  municipality: "г. Новосибирск"\n',
    );
    writeFileSync(join(dir, 'strict.config.yaml'), 'failOnUndetermined: true\n');
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const auditCode = async (school: string, extra: string[]) =>
    (
      await runCli(
        ['audit', `${school}/school.yaml`, '--as-of', AS_OF, '--fail-on', 'none', '--quiet', ...extra],
        { cwd: dir },
      )
    ).code;

  it('off by default; --fail-on-undetermined or the config key turn it on; each school as audit', async () => {
    const base = ['.', '--as-of', AS_OF, '--fail-on', 'none'];
    const off = await region_([...base, '--format', 'ndjson'], dir);
    expect(off.code).toBe(0);
    const { schools } = ndjson(off.stdout);
    const bySource = Object.fromEntries(schools.map((s) => [s.source!.split('/')[0]!, s]));
    expect(bySource.empty!.summary!.clauses.undetermined).toBeGreaterThan(0);
    expect(bySource.full!.summary!.clauses.undetermined).toBe(0);

    const on = await region_([...base, '--fail-on-undetermined', '--quiet'], dir);
    expect(on.code).toBe(1);
    const config = await region_([...base, '--config', 'strict.config.yaml', '--quiet'], dir);
    expect(config.code).toBe(1);

    // The same decision per school: audit fails the empty school and passes the full one.
    expect(await auditCode('empty', [])).toBe(0);
    expect(await auditCode('empty', ['--fail-on-undetermined'])).toBe(1);
    expect(await auditCode('full', ['--fail-on-undetermined'])).toBe(0);
    const report = JSON.parse(
      (
        await runCli(
          ['audit', 'empty/school.yaml', '--as-of', AS_OF, '--fail-on', 'none', '--format', 'json'],
          { cwd: dir },
        )
      ).stdout,
    ) as Report;
    expect(bySource.empty!.summary!.clauses).toEqual(report.summary.clauses);

    // Only the full school: nothing undetermined, the switch changes nothing.
    expect(
      (
        await region_(
          ['full', '--as-of', AS_OF, '--fail-on', 'none', '--fail-on-undetermined', '--quiet'],
          dir,
        )
      ).code,
    ).toBe(0);
  });

  it('a shard carries the switch to merge', async () => {
    const shard = await region_(
      [
        '.',
        '--as-of',
        AS_OF,
        '--fail-on',
        'none',
        '--fail-on-undetermined',
        '--shard',
        '1/1',
        '--output',
        'part.ndjson',
        '--quiet',
      ],
      dir,
    );
    expect(shard.code).toBe(1);
    const header = JSON.parse(readFileSync(join(dir, 'part.ndjson'), 'utf8').split('\n')[0]!) as {
      failOnUndetermined?: boolean;
    };
    expect(header.failOnUndetermined).toBe(true);
    const merged = await runCli(['merge', 'part.ndjson', '--quiet'], { cwd: dir });
    expect(merged.code).toBe(1);
    const plain = await region_(
      ['.', '--as-of', AS_OF, '--fail-on', 'none', '--shard', '1/1', '--output', 'plain.ndjson', '--quiet'],
      dir,
    );
    expect(plain.code).toBe(0);
    expect((await runCli(['merge', 'plain.ndjson', '--quiet'], { cwd: dir })).code).toBe(0);
    expect(
      (await runCli(['merge', 'plain.ndjson', '--fail-on-undetermined', '--quiet'], { cwd: dir })).code,
    ).toBe(1);
  });
});
