import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENERATED_AS_OF, generateRegion } from '../../bench/generate-region.js';
import { parseShard, shardOf } from '../../src/node/region-shard.js';
import { runBin, runCli, type CliRun } from '../cli/run-cli.js';

/**
 * One region audited three ways, each writing all seven formats at once (`-f F:FILE`): with two
 * worker threads (the built bin: the worker entry is dist/region-worker.js), in one thread through
 * `main(argv, io)` in this process, and as three shards merged. Every format's file must be the
 * same bytes all three ways; a few one-format runs show the several-outputs path writes what the
 * one-format path does (test/cli/region.test.ts compares all formats on a small region).
 */
const HOSTILE = '<script>alert(1)</script> "школа" \\ =SUM(A1)';
const schools = generateRegion({ schools: 11, peoplePerSchool: 40, violationRate: 0.2, seed: 5 });
const FORMATS = ['text', 'ndjson', 'json', 'csv', 'openmetrics', 'html', 'xlsx'] as const;
const BASE = ['--as-of', GENERATED_AS_OF, '--fail-on', 'none', '--worst', '4'];
let root: string;
let out: string;
/** `--jobs 2`, the bin: every format to `jobs2.F`, and ndjson to standard output as well. */
let threaded: CliRun;
/** `--jobs 1`, in-process: every format to `jobs1.F`. */
let single: CliRun;

/** `-f F:<prefix>.F` for every format. */
function everyFormat(prefix: string): string[] {
  return FORMATS.flatMap((f) => ['-f', `${f}:${prefix}.${f}`]);
}

async function region(args: string[]): Promise<CliRun> {
  const run = await runCli(['region', root, ...BASE, ...args], { cwd: out });
  expect(run.stderr).not.toMatch(/\n\s+at /);
  return run;
}

function file(name: string): Buffer {
  return readFileSync(join(out, name));
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'sferum-region-scale-'));
  out = mkdtempSync(join(tmpdir(), 'sferum-region-scale-out-'));
  schools.forEach((s, i) => {
    const { exports: _e, ...file } = s;
    if (i === 3) file.school = { ...file.school, name: HOSTILE, municipality: `${HOSTILE} район` };
    const dir = join(root, i % 2 === 0 ? 'north' : 'south', `school-${String(i).padStart(3, '0')}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'school.json'), JSON.stringify({ schemaVersion: 1, ...file }));
  });
  mkdirSync(join(root, 'north', 'broken'));
  writeFileSync(join(root, 'north', 'broken', 'school.yaml'), 'school: [\n');
  threaded = runBin(['region', root, ...BASE, '--jobs', '2', '-f', 'ndjson', ...everyFormat('jobs2')], {
    cwd: out,
  });
  single = await region(['--jobs', '1', ...everyFormat('jobs1')]);
});

afterAll(async () => {
  for (const d of [root, out]) if (d) rmSync(d, { recursive: true, force: true });
});

describe('region --jobs', () => {
  it('both runs succeed with the same stderr, no stack trace', () => {
    expect(threaded.stderr).not.toMatch(/\n\s+at /);
    expect(threaded.code).toBe(0);
    expect(single.code).toBe(0);
    expect(threaded.stderr).toBe(single.stderr);
  });

  it.each(FORMATS)('%s: --jobs 2 writes the same bytes as --jobs 1', (format) => {
    const a = file(`jobs1.${format}`);
    expect(a.length).toBeGreaterThan(100);
    expect(file(`jobs2.${format}`).equals(a)).toBe(true);
  });

  it('the output on standard output is the same bytes as its file next to it', () => {
    expect(Buffer.from(threaded.stdout, 'utf8').equals(file('jobs2.ndjson'))).toBe(true);
  });

  it.each(['json', 'xlsx'])(
    '%s: a run with that one format writes what the several-format run wrote',
    async (format) => {
      const one = await region(['--jobs', '1', '--format', format, '--output', `one.${format}`]);
      expect(one.code).toBe(0);
      expect(one.stderr).toBe(single.stderr);
      expect(file(`one.${format}`).equals(file(`jobs1.${format}`))).toBe(true);
    },
  );

  it('the broken school is listed on stderr and counted, whatever the number of threads', () => {
    const lines = threaded.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; source?: string; status?: string });
    expect(lines).toHaveLength(schools.length + 2);
    expect(lines.filter((l) => l.status === 'failed').map((l) => l.source)).toEqual([
      expect.stringContaining('north/broken/school.yaml'),
    ]);
    for (const run of [threaded, single]) expect(run.stderr).toContain('north/broken');
  });
});

describe('region --shard and merge', () => {
  const N = 3;
  const shards = () => Array.from({ length: N }, (_, i) => `shard-${i + 1}.ndjson`);
  let merged: CliRun;

  beforeAll(async () => {
    for (const [i, name] of shards().entries()) {
      const run = await region(['--shard', `${i + 1}/${N}`, '--output', name, '--jobs', '1']);
      expect(run.code).toBe(0);
    }
    merged = await runCli(['merge', ...shards(), ...everyFormat('merged')], { cwd: out });
  });

  it('the shards partition the region: every school in exactly one', async () => {
    const positions = shards().flatMap((name) =>
      file(name)
        .toString('utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { type: string; position?: number })
        .filter((l) => l.type === 'school')
        .map((l) => l.position!),
    );
    expect(positions.sort((a, b) => a - b)).toEqual(Array.from({ length: schools.length + 1 }, (_, i) => i));
  });

  it('merge lists the broken school as one run does, and exits as it does', () => {
    expect(merged.stderr).not.toMatch(/\n\s+at /);
    expect(merged.code).toBe(single.code);
    expect(merged.stderr).toBe(single.stderr);
    expect(merged.stdout).toBe('');
  });

  it.each(FORMATS)('merge -f %s:FILE writes exactly what one run writes', (format) => {
    expect(file(`merged.${format}`).equals(file(`jobs1.${format}`))).toBe(true);
  });

  it("merge to stdout and its exit code follow the shards' --fail-on like one run", async () => {
    const strict = await runCli(
      ['region', root, '--as-of', GENERATED_AS_OF, '--format', 'ndjson', '--jobs', '1'],
      { cwd: out },
    );
    for (let i = 0; i < N; i++)
      await runCli(
        [
          'region',
          root,
          '--as-of',
          GENERATED_AS_OF,
          '--shard',
          `${i + 1}/${N}`,
          '--output',
          `strict-${i + 1}.ndjson`,
          '--jobs',
          '1',
        ],
        { cwd: out },
      );
    const strictMerge = await runCli(
      ['merge', 'strict-1.ndjson', 'strict-2.ndjson', 'strict-3.ndjson', '--format', 'ndjson'],
      { cwd: out },
    );
    expect(strict.code).toBe(1);
    expect(strictMerge.stdout).toBe(strict.stdout);
    expect(strictMerge.code).toBe(strict.code);
    expect(strictMerge.stderr).toBe(strict.stderr);
  });

  it('a missing, repeated, truncated or foreign shard is refused with exit 2', async () => {
    const [s1, s2, s3] = shards() as [string, string, string];
    const missing = await runCli(['merge', s1, s2], { cwd: out });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('3/3');
    expect((await runCli(['merge', s1, s2, s2], { cwd: out })).code).toBe(2);
    const text = file(s3).toString('utf8');
    writeFileSync(join(out, 'cut.ndjson'), text.slice(0, text.lastIndexOf('{"schools"')));
    const cut = await runCli(['merge', s1, s2, 'cut.ndjson'], { cwd: out });
    expect(cut.code).toBe(2);
    expect(cut.stderr).toMatch(/end/);
    await runCli(
      [
        'region',
        root,
        ...BASE,
        '--as-of',
        '2026-12-01',
        '--shard',
        `3/${N}`,
        '--output',
        'other-day.ndjson',
        '--jobs',
        '1',
      ],
      { cwd: out },
    );
    const foreign = await runCli(['merge', s1, s2, 'other-day.ndjson'], { cwd: out });
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toContain('other-day.ndjson');
  });

  it('--shard with another --format is a usage error', async () => {
    const run = await region(['--shard', '1/2', '--format', 'csv']);
    expect(run.code).toBe(2);
    expect((await region(['--shard', '3/2'])).code).toBe(2);
  });
});

describe('shard assignment', () => {
  it('parses K/N and refuses the rest', async () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    for (const bad of ['0/3', '4/3', '1/0', '1', 'a/b', '1/2/3', '-1/2'])
      expect(parseShard(bad)).toBeUndefined();
  });

  it("a school's shard depends on its own path only, and spreads schools over every shard", async () => {
    const keys = Array.from({ length: 2000 }, (_, i) => `district-${i % 7}/school-${i}/school.yaml`);
    const before = keys.map((k) => shardOf(k, 8));
    // Adding schools moves none of the others.
    const more = [...keys.slice(0, 1000), 'new/school.yaml', ...keys.slice(1000)];
    expect(more.filter((k) => k !== 'new/school.yaml').map((k) => shardOf(k, 8))).toEqual(before);
    const sizes = Array.from({ length: 8 }, (_, s) => before.filter((x) => x === s + 1).length);
    for (const size of sizes) expect(size).toBeGreaterThan(180);
  });
});

/** A strict reader of the OpenMetrics text format, enough to catch malformed output. */
function parseOpenMetrics(
  text: string,
): Map<
  string,
  { type: string; help: string; samples: { name: string; labels: Record<string, string>; value: number }[] }
> {
  expect(text.endsWith('# EOF\n')).toBe(true);
  const families = new Map<
    string,
    { type: string; help: string; samples: { name: string; labels: Record<string, string>; value: number }[] }
  >();
  let current: string | undefined;
  const lines = text
    .slice(0, -'# EOF\n'.length)
    .split('\n')
    .filter((l, i, all) => i < all.length - 1 || l !== '');
  const NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*';
  for (const line of lines) {
    let m: RegExpExecArray | null;
    if ((m = new RegExp(`^# (HELP|TYPE) (${NAME}) (.*)$`).exec(line))) {
      const [, kind, name, rest] = m as unknown as [string, string, string, string];
      if (current !== name) {
        if (families.has(name)) throw new Error(`family ${name} is not contiguous`);
        families.set(name, { type: 'unknown', help: '', samples: [] });
        current = name;
      }
      const f = families.get(name)!;
      if (f.samples.length > 0) throw new Error(`metadata after samples: ${line}`);
      if (kind === 'TYPE') {
        if (
          ![
            'gauge',
            'counter',
            'info',
            'stateset',
            'unknown',
            'histogram',
            'summary',
            'gaugehistogram',
          ].includes(rest)
        )
          throw new Error(`bad type ${rest}`);
        f.type = rest;
      } else f.help = rest;
      continue;
    }
    m = new RegExp(`^(${NAME})(\\{(.*)\\})? (\\S+)$`).exec(line);
    if (!m) throw new Error(`not a sample line: ${JSON.stringify(line)}`);
    const [, name, , body, value] = m as unknown as [
      string,
      string,
      string | undefined,
      string | undefined,
      string,
    ];
    if (!current) throw new Error(`sample before any family: ${line}`);
    const f = families.get(current)!;
    const expected = f.type === 'info' ? `${current}_info` : current;
    if (name !== expected) throw new Error(`sample ${name} in family ${current}`);
    const labels: Record<string, string> = {};
    if (body !== undefined) {
      const re = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\["\\n])*)"(,|$)/y;
      let at = 0;
      while (at < body.length) {
        re.lastIndex = at;
        const lm = re.exec(body);
        if (!lm) throw new Error(`bad labels: ${body}`);
        if (lm[1]! in labels) throw new Error(`repeated label ${lm[1]}`);
        labels[lm[1]!] = lm[2]!.replace(/\\(["\\n])/g, (_, c: string) => (c === 'n' ? '\n' : c));
        at = re.lastIndex;
        if (lm[3] === '' && at < body.length) throw new Error(`bad labels: ${body}`);
      }
    }
    if (!/^-?(\d+(\.\d+)?([eE][-+]?\d+)?|NaN|\+Inf|-Inf)$/.test(value)) throw new Error(`bad value ${value}`);
    f.samples.push({ name, labels, value: Number(value) });
  }
  return families;
}

describe('monitoring outputs', () => {
  it('openmetrics parses strictly and agrees with the JSON summary', () => {
    const summary = (
      JSON.parse(file('jobs1.json').toString('utf8')) as {
        summary: import('../../src/region/types.js').RegionSummary;
      }
    ).summary;
    const families = parseOpenMetrics(file('jobs1.openmetrics').toString('utf8'));
    for (const f of families.values()) {
      expect(f.help).not.toBe('');
      expect(f.type).not.toBe('unknown');
    }
    const get = (family: string, labels: Record<string, string>) =>
      families.get(family)!.samples.find((s) => Object.entries(labels).every(([k, v]) => s.labels[k] === v))
        ?.value;
    expect(get('sferum_region_schools', { status: 'failed' })).toBe(1);
    expect(get('sferum_region_findings', { severity: 'high' })).toBe(summary.findings.bySeverity.high);
    for (const [name, m] of Object.entries(summary.municipalities)) {
      expect(get('sferum_region_municipality_findings', { municipality: name, severity: 'critical' })).toBe(
        m.findings.bySeverity.critical,
      );
    }
    // The hostile municipality name survives as a label value, quotes and backslash escaped.
    expect(Object.keys(summary.municipalities)).toContain(`${HOSTILE} район`);
    for (const [clause, c] of Object.entries(summary.clauses))
      expect(get('sferum_region_clause_schools', { clause, status: 'violated' })).toBe(c.schools.violated);
  });

  it('html is one self-contained file: no scripts, no external requests, names escaped', () => {
    const html = file('jobs1.html').toString('utf8');
    expect(html).toContain('Content-Security-Policy');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\b(src|href)=/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('xlsx reads back: one sheet per view, every school, names as text not formulas', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file('jobs1.xlsx') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Сводка',
      'Школы',
      'Муниципалитеты',
      'Пункты',
      'Худшие школы',
      'Не проверены',
    ]);
    const sheet = wb.getWorksheet('Школы')!;
    expect(sheet.rowCount).toBe(schools.length + 2);
    const names = sheet.getColumn(2).values.slice(2);
    expect(names).toContain(HOSTILE);
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
    expect(wb.getWorksheet('Не проверены')!.rowCount).toBe(2);
  });

  it('xlsx to stdout is refused', async () => {
    expect((await region(['--format', 'xlsx'])).code).toBe(2);
  });
});
