import {
  closeSync,
  cpSync,
  existsSync,
  ftruncateSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  htmlOffences,
  markdownTableShapeErrors,
  readCsv,
  readJunit,
  validateXml,
} from '../format/helpers.js';
import { validateSarif } from '../format/safety.js';
import { hasStackTrace, repoRoot, runCli, sharedRuns } from './run-cli.js';

// Every case runs the CLI in-process through main(argv, io) (see run-cli.ts); what needs a real
// process (the bin starting, exit codes, EPIPE) is smoke-tested in test/built/bin.test.ts.
const EXAMPLE = 'examples/school-72/school.yaml';
const AS_OF = '2026-11-30';
const FORMATS = ['text', 'json', 'md', 'html', 'csv', 'junit', 'sarif'] as const;
/** The example's JSON report, read by several tests from one run. */
const JSON_AUDIT = ['audit', EXAMPLE, '--as-of', AS_OF, '--format', 'json'];
/** Runs of the example that tests only read: each distinct command line runs once in this file. */
const shared = sharedRuns();

const reportSchema = JSON.parse(readFileSync(join(repoRoot, 'schemas/report.schema.json'), 'utf8')) as object;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validateReport = ajv.compile(reportSchema);

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'sferum-cli-'));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

interface EveryFormat {
  code: number;
  stderr: string;
  /** What each format wrote, by format. */
  outputs: Record<(typeof FORMATS)[number], string>;
}
const everyFormatRuns = new Map<string, Promise<EveryFormat>>();

/**
 * One audit of `school` that writes every format to its own file (`-f F:FILE`), for the tests
 * about what each formatter writes: an audit is the cost, not the rendering. That such a run
 * writes exactly what a one-format run writes is test/cli/habits.test.ts's and region.test.ts's.
 */
function everyFormat(school: string): Promise<EveryFormat> {
  let run = everyFormatRuns.get(school);
  if (!run) {
    run = (async () => {
      const dir = mkdtempSync(join(work, 'formats-'));
      const file = (format: string) => join(dir, `report.${format}`);
      const r = await runCli([
        'audit',
        school,
        '--as-of',
        AS_OF,
        '--fail-on',
        'none',
        ...FORMATS.flatMap((f) => ['-f', `${f}:${file(f)}`]),
      ]);
      const read = (f: string) => (r.code === 0 ? readFileSync(file(f), 'utf8') : '');
      return {
        code: r.code,
        stderr: r.stderr,
        outputs: Object.fromEntries(FORMATS.map((f) => [f, read(f)])) as EveryFormat['outputs'],
      };
    })();
    everyFormatRuns.set(school, run);
  }
  return run;
}

/** Every name written in the example roster: reports must never repeat them. */
function rosterNames(): string[] {
  const rows = parseCsv(readFileSync(join(repoRoot, 'examples/school-72/people.csv')), {
    bom: true,
    delimiter: ';',
    columns: true,
  }) as Record<string, string>[];
  return rows.map((r) => r['ФИО'] ?? '').filter((n) => n.trim().length > 0);
}

describe('help and usage', () => {
  it.each(['audit', 'validate', 'rules', 'explain', 'init', 'diff', 'scan'])(
    '%s --help shows Russian help with examples',
    async (command) => {
      const run = await runCli([command, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Примеры');
      expect(run.stdout).toContain(`sferum-compliance ${command}`);
    },
  );

  it('--version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const run = await runCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(pkg.version);
  });

  it.each([
    [['frobnicate'], 'unknown command'],
    [['audit'], 'missing argument'],
    [['audit', EXAMPLE, '--format', 'pdf'], 'bad format'],
    [['audit', EXAMPLE, '--fail-on', 'severe'], 'bad threshold'],
    [['audit', EXAMPLE, '--as-of', '2025-02-30'], 'impossible date'],
    [['audit', EXAMPLE, '--lang', 'de'], 'bad language'],
    [['audit', EXAMPLE, '--engine', 'fast'], 'bad engine'],
    [['audit', EXAMPLE, '--wat'], 'unknown option'],
  ])('%j exits 2 without a stack trace (%s)', async (args) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr.length).toBeGreaterThan(0);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});

describe('validate', () => {
  it('accepts the example and counts what it read', async () => {
    const run = await runCli(['validate', EXAMPLE]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/людей: 58, каналов: 16/);
  });

  it('prints a JSON result with --format json', async () => {
    const run = await runCli(['validate', EXAMPLE, '--format', 'json']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as {
      valid: boolean;
      counts: { people: number };
      diagnostics: unknown[];
    };
    expect(doc.valid).toBe(true);
    expect(doc.counts.people).toBe(58);
    expect(doc.diagnostics).toEqual([]);
  });

  it.each([
    ['malformed.yaml', /malformed\.yaml:\d+:\d+: ошибка YAML_SYNTAX/],
    ['wrong-types.yaml', /wrong-types\.yaml:\d+:\d+: ошибка SCHEMA_VIOLATION/],
    ['unknown-keys.yaml', /unknown-keys\.yaml:\d+:\d+: ошибка SCHEMA_VIOLATION/],
    ['empty.yaml', /empty\.yaml: ошибка FILE_EMPTY/],
    ['alias-bomb.yaml', /alias-bomb\.yaml:\d+:\d+: ошибка YAML_ALIAS_LIMIT/],
    ['proto.yaml', /proto\.yaml:\d+:\d+: ошибка FORBIDDEN_KEY/],
    ['duplicate-ids.yaml', /duplicate-ids\.yaml:\d+:\d+: ошибка DUPLICATE_ID/],
    ['school-bad-rows.yaml', /bad-rows\.csv:\d+:\d+: ошибка CSV_/],
    ['school-missing-file.yaml', /FILE_NOT_FOUND/],
  ])('rejects broken input %s with exit 2 and a positioned message', async (file, pattern) => {
    const run = await runCli(['validate', `test/fixtures/input/broken/${file}`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(pattern);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it('rejects a missing file', async () => {
    const run = await runCli(['validate', 'no/such/school.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('FILE_NOT_FOUND');
    expect(run.stderr).toContain('no/such/school.yaml');
  });

  it('rejects a 100 MB file quickly, without reading it', async () => {
    const big = join(work, 'huge.yaml');
    writeFileSync(big, '');
    // A sparse file: the size is there, the bytes never are.
    const fd = openSync(big, 'r+');
    ftruncateSync(fd, 100 * 1024 * 1024);
    closeSync(fd);
    const run = await runCli(['validate', big]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('FILE_TOO_LARGE');
  });
});

describe('audit', () => {
  it('prints a readable Russian report and exits 1 on high findings by default', async () => {
    const run = await runCli(['audit', EXAMPLE, '--as-of', AS_OF]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Сводка');
    expect(run.stdout).toContain('2.final');
    expect(run.stdout).not.toMatch(/\u001b\[/);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it.each([
    ['critical', 1],
    ['high', 1],
    ['none', 0],
  ])('--fail-on %s exits %i', async (threshold, code) => {
    expect((await shared(['audit', EXAMPLE, '--as-of', AS_OF, '--fail-on', threshold, '--quiet'])).code).toBe(
      code,
    );
  });

  it('--fail-on decides by the findings the report holds', async () => {
    const report = JSON.parse((await everyFormat(EXAMPLE)).outputs.json) as {
      findings: { severity: string; waived: boolean }[];
    };
    const rank = ['critical', 'high', 'medium', 'low', 'info'];
    for (const threshold of rank) {
      const expected = report.findings.some(
        (f) => !f.waived && rank.indexOf(f.severity) <= rank.indexOf(threshold),
      )
        ? 1
        : 0;
      expect(
        (await shared(['audit', EXAMPLE, '--as-of', AS_OF, '--fail-on', threshold, '--quiet'])).code,
        threshold,
      ).toBe(expected);
    }
  });

  it('JSON output validates against the report schema and is byte-identical across runs', async () => {
    const a = await shared(JSON_AUDIT);
    const b = await runCli(JSON_AUDIT);
    expect(a.stdout).toBe(b.stdout);
    const report = JSON.parse(a.stdout) as { asOf: string; schemaVersion: string; findings: unknown[] };
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.asOf).toBe(AS_OF);
    expect(report.findings.length).toBeGreaterThan(0);
  });

  it('the reference engine gives the same report', async () => {
    const compiled = await shared(JSON_AUDIT);
    const reference = await runCli([
      'audit',
      EXAMPLE,
      '--as-of',
      AS_OF,
      '--format',
      'json',
      '--engine',
      'reference',
    ]);
    const strip = (s: string) =>
      JSON.parse(s.replace(/"engine": "(compiled|reference)"/, '"engine": "x"')) as unknown;
    expect(strip(reference.stdout)).toEqual(strip(compiled.stdout));
  });

  it('--output writes the file and prints nothing on stdout', async () => {
    const out = join(work, 'report.html');
    const run = await runCli(['audit', EXAMPLE, '--as-of', AS_OF, '--format', 'html', '--output', out]);
    expect(run.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/i);
  });

  it('--output into a missing folder is a usage error', async () => {
    const run = await runCli([
      'audit',
      EXAMPLE,
      '--as-of',
      AS_OF,
      '--output',
      join(work, 'no', 'such', 'dir', 'r.txt'),
    ]);
    expect(run.code).toBe(2);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it('--lang en switches the report language', async () => {
    const run = await runCli(['audit', EXAMPLE, '--as-of', AS_OF, '--lang', 'en']);
    expect(run.stdout).toContain('Summary');
    expect(run.stdout).not.toContain('Сводка');
  });

  it('colours only when forced, never under NO_COLOR', async () => {
    expect(
      (await runCli(['audit', EXAMPLE, '--as-of', AS_OF], { env: { FORCE_COLOR: '1', NO_COLOR: '' } }))
        .stdout,
    ).toMatch(/\u001b\[/);
    expect(
      (await runCli(['audit', EXAMPLE, '--as-of', AS_OF], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }))
        .stdout,
    ).not.toMatch(/\u001b\[/);
  });

  it('prints no progress when stderr is not a terminal', async () => {
    const run = await shared(JSON_AUDIT);
    expect(run.stderr).not.toMatch(/Проверка: \d+\/\d+/);
  });

  it.each(FORMATS)('format %s parses with a parser of that format', async (format) => {
    const run = await everyFormat(EXAMPLE);
    expect(run.code, run.stderr).toBe(0);
    const out = run.outputs[format];
    const json = JSON.parse((await shared(JSON_AUDIT)).stdout) as {
      findings: unknown[];
      clauses: unknown[];
    };
    switch (format) {
      case 'json':
        expect(validateReport(JSON.parse(out))).toBe(true);
        break;
      case 'sarif': {
        const log = JSON.parse(out) as { runs: { results: unknown[] }[] };
        expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
        expect(log.runs[0]!.results).toHaveLength(json.findings.length);
        break;
      }
      case 'junit':
        expect(validateXml(out)).toBe(true);
        expect(readJunit(out).suites.flatMap((s) => s.cases)).toHaveLength(json.clauses.length);
        break;
      case 'csv': {
        expect(out.charCodeAt(0)).toBe(0xfeff);
        // The header, one row per finding, then one row per clause with a remark (undetermined, or a
        // note such as an expired attestation).
        const remarked = (json.clauses as { missing?: unknown[]; notes?: unknown[] }[]).filter(
          (c) => (c.missing?.length ?? 0) > 0 || (c.notes?.length ?? 0) > 0,
        ).length;
        expect(readCsv(out.replace(/\r?\n$/, ''), ';')).toHaveLength(json.findings.length + 1 + remarked);
        break;
      }
      case 'html':
        expect(htmlOffences(out)).toEqual([]);
        break;
      case 'md':
        expect(markdownTableShapeErrors(out)).toEqual([]);
        break;
      case 'text':
        expect(out).toContain('2.final');
        break;
    }
  });

  it.each(FORMATS)('format %s never repeats a name from the roster', async (format) => {
    // The run the test above parses: the threshold decides the exit code, not what is written.
    const out = (await everyFormat(EXAMPLE)).outputs[format];
    expect(out.length, format).toBeGreaterThan(100);
    const names = rosterNames();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      for (const part of name.split(/\s+/).filter((p) => p.length > 3)) expect(out, part).not.toContain(part);
    }
  });

  it('--people and --channels replace the files the school file names', async () => {
    const dir = join(work, 'override');
    cpSync(join(repoRoot, 'examples/school-72'), dir, { recursive: true });
    const channels = readFileSync(join(dir, 'channels.csv'), 'utf8')
      .split('\n')
      .filter((line) => !/^c-1[4-6];/.test(line))
      .join('\n');
    writeFileSync(join(dir, 'channels-fewer.csv'), channels);
    // The roster override fixes p-044's e-school role: the audit must read the given file, not people.csv.
    const people = readFileSync(join(dir, 'people.csv'), 'utf8')
      .split('\n')
      .map((line) => (line.startsWith('p-044;') ? line.replace(/;ученик(\r?)$/, ';родитель$1') : line))
      .join('\n');
    expect(people).not.toBe(readFileSync(join(dir, 'people.csv'), 'utf8'));
    writeFileSync(join(dir, 'people-fewer.csv'), people);
    const run = await runCli([
      'audit',
      join(dir, 'school.yaml'),
      '--as-of',
      AS_OF,
      '--format',
      'json',
      '--channels',
      join(dir, 'channels-fewer.csv'),
      '--people',
      join(dir, 'people-fewer.csv'),
      // The waivers beside the school would name the removed channels (unused-waiver warnings).
      '--no-school-waivers',
    ]);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as {
      summary: { subjects: { channel: number; person: number } };
      findings: { clauses: string[]; subject: { id: string } }[];
      inputs: { path: string }[];
    };
    expect(report.summary.subjects.channel).toBe(13);
    expect(report.summary.subjects.person).toBe(58);
    expect(report.findings.filter((f) => f.clauses.includes('2.final')).map((f) => f.subject.id)).toEqual([
      'c-13',
    ]);
    expect(report.findings.some((f) => f.subject.id === 'p-044')).toBe(false);
    expect(
      report.inputs
        .map((i) => i.path)
        .filter((p) => p.endsWith('.csv'))
        .map((p) => p.split('/').pop()),
    ).toEqual(['people-fewer.csv', 'channels-fewer.csv']);
  });

  it('--waivers marks waived findings, brings back expired ones, reports unused ones; --ignore-waivers shows the raw state', async () => {
    const args = [
      'audit',
      EXAMPLE,
      '--as-of',
      AS_OF,
      '--format',
      'json',
      '--waivers',
      'examples/school-72/waivers.yaml',
    ];
    const run = await runCli(args);
    expect(run.stderr).toContain('WAIVER_EXPIRED');
    expect(run.stderr).toContain('WAIVER_UNUSED');
    type R = {
      findings: { subject: { id: string }; waived: boolean; note?: string }[];
      waivers: { unused: string[]; expired: string[] };
    };
    const report = JSON.parse(run.stdout) as R;
    expect(report.findings.find((f) => f.subject.id === 'p-044')!.waived).toBe(true);
    const viber = report.findings.find((f) => f.subject.id === 'c-15')!;
    expect(viber.waived).toBe(false);
    expect(viber.note).toContain('W-2026-03');
    expect(report.waivers).toMatchObject({ unused: ['W-2026-09'], expired: ['W-2026-03'] });
    const raw = JSON.parse((await runCli([...args, '--ignore-waivers'])).stdout) as R;
    expect(raw.findings.every((f) => !f.waived)).toBe(true);
    expect(raw.findings).toHaveLength(report.findings.length);
  });

  it('a broken waivers file is an input error with its position', async () => {
    const file = join(work, 'waivers-bad.yaml');
    writeFileSync(
      file,
      'waivers:\n  - id: W-1\n    rule: SFR-2.6-LINK-ROLE\n    subject: p-044\n    justification: x\n    approvedBy: y\n    approvedAt: 2026-01-01\n',
    );
    const run = await runCli(['audit', EXAMPLE, '--as-of', AS_OF, '--waivers', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/waivers-bad\.yaml:\d+:\d+: ошибка WAIVER_INVALID/);
  });

  it('a school file with errors exits 2 with positioned messages', async () => {
    const run = await runCli(['audit', 'test/fixtures/input/broken/wrong-types.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/wrong-types\.yaml:\d+:\d+/);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});

describe('a hostile inventory renders safely in every format', () => {
  // One payload per channel that produces a finding, so every payload reaches every format.
  const HOSTILE: Record<string, string> = {
    'c-06': '<script>alert(1)</script>',
    'c-13': '=HYPERLINK("http://evil.example","жми")',
    'c-14': '| труба | и\nперевод строки',
    'c-15': '"><img src=x onerror=alert(1)> +1+cmd|calc',
    'c-16': '@SUM(1+1) [ссылка](javascript:alert(1))',
  };
  let school: string;
  beforeAll(async () => {
    const dir = join(work, 'hostile');
    cpSync(join(repoRoot, 'examples/school-72'), dir, { recursive: true });
    const lines = readFileSync(join(dir, 'channels.csv'), 'utf8').split('\n');
    const rewritten = lines.map((line) => {
      const cells = line.split(';');
      const title = HOSTILE[cells[0]!];
      if (title === undefined) return line;
      cells[1] = `"${title.replace(/"/g, '""')}"`;
      return cells.join(';');
    });
    writeFileSync(join(dir, 'channels.csv'), rewritten.join('\n'));
    school = join(dir, 'school.yaml');
    expect((await runCli(['validate', school])).code).toBe(0);
  });

  it.each(FORMATS)('%s', async (format) => {
    const run = await everyFormat(school);
    expect(run.code, run.stderr).toBe(0);
    const out = run.outputs[format];
    switch (format) {
      case 'html':
        expect(htmlOffences(out)).toEqual([]);
        expect(out).not.toContain('<script>alert(1)</script>');
        expect(out).not.toContain('<img src=x');
        break;
      case 'csv': {
        const rows = readCsv(out.replace(/\r?\n$/, ''), ';');
        for (const row of rows) {
          for (const cell of row) expect(/^\s*[=+\-@\t\r]/.test(cell), cell).toBe(false);
        }
        break;
      }
      case 'md':
        expect(markdownTableShapeErrors(out)).toEqual([]);
        expect(out).not.toContain('<script>');
        expect(out).not.toMatch(/(?<!\\)\]\(javascript:/);
        break;
      case 'junit':
        expect(validateXml(out)).toBe(true);
        expect(out).not.toContain('<script>');
        break;
      case 'sarif':
        expect(validateSarif(JSON.parse(out))).toBe(true);
        break;
      case 'json': {
        // JSON is data: the payloads arrive intact (escaping is the consumer's medium's job).
        const report = JSON.parse(out) as { findings: { subject: { id: string; label: string } }[] };
        expect(validateReport(report)).toBe(true);
        for (const [id, title] of Object.entries(HOSTILE)) {
          const finding = report.findings.find((f) => f.subject.id === id);
          expect(finding, id).toBeDefined();
          expect(finding!.subject.label).toContain(title.split('\n')[0]);
        }
        break;
      }
      case 'text':
        expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
        break;
    }
  });
});

describe('rules', () => {
  it('--format json lists every clause with id, disposition and rules', async () => {
    const run = await runCli(['rules', '--format', 'json']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as {
      clauses: { id: string; disposition: string; rules: string[] }[];
      rules: { id: string }[];
    };
    expect(doc.clauses).toHaveLength(44);
    for (const clause of doc.clauses) {
      expect(['auto', 'attest', 'info']).toContain(clause.disposition);
      if (clause.disposition === 'auto') expect(clause.rules.length, clause.id).toBeGreaterThan(0);
    }
    const ruleIds = new Set(doc.rules.map((r) => r.id));
    for (const id of doc.clauses.flatMap((c) => c.rules)) expect(ruleIds.has(id), id).toBe(true);
  });

  it('--clause narrows the listing', async () => {
    const doc = JSON.parse((await runCli(['rules', '--clause', '2.final', '--format', 'json'])).stdout) as {
      clauses: { id: string }[];
      rules: { clauses: string[] }[];
    };
    expect(doc.clauses.map((c) => c.id)).toEqual(['2.final']);
    expect(doc.rules.length).toBeGreaterThan(0);
    for (const rule of doc.rules) expect(rule.clauses).toContain('2.final');
  });

  it('text listing names clauses and rules', async () => {
    const run = await runCli(['rules', '--clause', '2.6.b']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^2\.6\.b/m);
    expect(run.stdout).toMatch(/SFR-/);
  });

  it('an unknown clause is a usage error', async () => {
    const run = await runCli(['rules', '--clause', '9.9']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('9.9');
  });
});

describe('explain', () => {
  it('explains why a rule fired for one subject, condition by condition', async () => {
    const json = JSON.parse((await shared(JSON_AUDIT)).stdout) as {
      findings: { ruleId: string; subject: { id: string } }[];
    };
    const finding = json.findings.find((f) => f.subject.id === 'p-044')!;
    expect(finding).toBeDefined();
    const run = await runCli(['explain', finding.ruleId, EXAMPLE, '--subject', 'p-044', '--as-of', AS_OF]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('p-044');
    expect(run.stdout).toContain('НАРУШЕНИЕ');
    const doc = JSON.parse(
      (
        await runCli([
          'explain',
          finding.ruleId,
          EXAMPLE,
          '--subject',
          'p-044',
          '--as-of',
          AS_OF,
          '--format',
          'json',
        ])
      ).stdout,
    ) as { outcome: string; violation?: unknown }[];
    expect(doc).toHaveLength(1);
    expect(doc[0]!.outcome).toBe('fires');
    expect(doc[0]!.violation).toBeDefined();
  });

  it('an unknown rule is a usage error', async () => {
    const run = await runCli(['explain', 'SFR-NOPE', EXAMPLE]);
    expect(run.code).toBe(2);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});

describe('init', () => {
  it('scaffolds files that validate, and refuses to overwrite them', async () => {
    const dir = join(work, 'новая-школа');
    const first = await runCli(['init', dir]);
    expect(first.code).toBe(0);
    for (const file of ['school.yaml', 'people.csv', 'channels.csv'])
      expect(existsSync(join(dir, file))).toBe(true);
    expect(readFileSync(join(dir, 'people.csv'), 'utf8')).toMatch(/^\uFEFFИД;/);
    expect((await runCli(['validate', join(dir, 'school.yaml')])).code).toBe(0);
    const again = await runCli(['init', dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--force');
    expect((await runCli(['init', dir, '--force'])).code).toBe(0);
  });
});

describe('diff', () => {
  it('reports new, fixed and unchanged findings by fingerprint', async () => {
    const before = join(work, 'before.json');
    const after = join(work, 'after.json');
    await runCli(['audit', EXAMPLE, '--as-of', AS_OF, '--format', 'json', '--output', before]);
    const dir = join(work, 'fixed');
    cpSync(join(repoRoot, 'examples/school-72'), dir, { recursive: true });
    const channels = readFileSync(join(dir, 'channels.csv'), 'utf8')
      .split('\n')
      .filter((line) => !line.startsWith('c-14;'))
      .join('\n');
    writeFileSync(join(dir, 'channels.csv'), channels);
    await runCli([
      'audit',
      join(dir, 'school.yaml'),
      '--as-of',
      AS_OF,
      '--format',
      'json',
      '--output',
      after,
    ]);
    const run = await runCli(['diff', before, after, '--format', 'json']);
    expect(run.code).toBe(0);
    const diff = JSON.parse(run.stdout) as {
      added: unknown[];
      fixed: { subject: { id: string } }[];
      unchanged: unknown[];
    };
    expect(diff.added).toHaveLength(0);
    expect(diff.fixed.map((f) => f.subject.id)).toContain('c-14');
    expect(diff.unchanged.length).toBeGreaterThan(0);
    const reverse = await runCli(['diff', after, before]);
    expect(reverse.code).toBe(1);
    expect(reverse.stdout).toMatch(/Новые: [1-9]/);
  });

  it('reads one of the two reports from standard input with -', async () => {
    const saved = join(work, 'stdin-before.json');
    await runCli(['audit', EXAMPLE, '--as-of', AS_OF, '--format', 'json', '--output', saved]);
    const run = await runCli(['diff', saved, '-', '--format', 'json'], {
      stdin: readFileSync(saved, 'utf8'),
    });
    expect(run.code).toBe(0);
    const diff = JSON.parse(run.stdout) as { added: unknown[]; fixed: unknown[]; unchanged: unknown[] };
    expect(diff.added).toHaveLength(0);
    expect(diff.fixed).toHaveLength(0);
    expect(diff.unchanged.length).toBeGreaterThan(0);
    // Nothing on standard input is not a report: exit 2 with the usual message, not a file named «-».
    const empty = await runCli(['diff', saved, '-'], { stdin: '' });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('«-»');
  });

  it('a file that is not a report is a usage error', async () => {
    const run = await runCli(['diff', 'package.json', 'package.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('schemaVersion');
  });
});

describe('scan', () => {
  it('prints findings with kind, messageId and masked values only', async () => {
    const run = await runCli(['scan', 'test/fixtures/exports/telegram-full-export.json', '--format', 'json']);
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as { findings: { kind: string; messageId: string; masked: string }[] };
    expect(doc.findings.length).toBeGreaterThan(0);
    for (const f of doc.findings) {
      expect(typeof f.kind).toBe('string');
      expect(String(f.messageId).length).toBeGreaterThan(0);
      expect(f.masked).toContain('•');
    }
  });

  it.each(['text', 'md'])('%s output is masked too', async (format) => {
    const json = JSON.parse(
      (await shared(['scan', 'test/fixtures/exports/whatsapp-android-ru.txt', '--format', 'json'])).stdout,
    ) as {
      findings: unknown[];
    };
    const run = await runCli(['scan', 'test/fixtures/exports/whatsapp-android-ru.txt', '--format', format]);
    expect(run.code).toBe(json.findings.length > 0 ? 1 : 0);
    expect(run.stdout.length).toBeGreaterThan(0);
  });

  it('several files: one Markdown outline with a section per file, one JSON with findings per file', async () => {
    const files = [
      'examples/school-72/exports/chat-5b-parents.txt',
      'test/fixtures/exports/whatsapp-ios-en.txt',
    ];
    const md = (await runCli(['scan', ...files, '--format', 'md'])).stdout;
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings.filter((h) => h.startsWith('# '))).toHaveLength(1);
    expect(headings.filter((h) => h.startsWith('## ')).map((h) => h.slice(3))).toEqual(
      files.map((f) => f.replace(/_/g, '\\_')),
    );
    const json = JSON.parse((await runCli(['scan', ...files, '--format', 'json'])).stdout) as {
      files: { file: string; findings: number }[];
      findings: { file: string }[];
    };
    expect(json.files.map((f) => f.file)).toEqual(files);
    for (const f of json.files)
      expect(json.findings.filter((x) => x.file === f.file)).toHaveLength(f.findings);
  });

  it('a missing export is a usage error', async () => {
    const run = await runCli(['scan', 'no-such-export.json']);
    expect(run.code).toBe(2);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});
