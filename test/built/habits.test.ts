/**
 * The habits of issue 15's table that depend on being a real process, through the BUILT bin
 * (dist/cli.js): real standard input and output, files written, a formatter module imported from
 * the bundle, the bundle's own version data. What is decided inside `main(argv, io)` (rule
 * selection, `rules test`, render's bytes) is tested in-process in test/cli/habits.test.ts.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, hasStackTrace, repoRoot, runBin } from '../cli/run-cli.js';

const EXAMPLE = join(repoRoot, 'examples/school-72/school.yaml');
const BASE = ['--as-of', '2026-11-30', '--no-school-waivers', '--fail-on', 'none'];
const GOOD = join(repoRoot, 'test/fixtures/input/good');

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'sferum-bin-habits-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `audit -f json -o -` in the work folder, run once: its standard output is the report the
 * render and diff tests read back. */
let jsonRun: CliRun | undefined;
function jsonToStdout(): CliRun {
  jsonRun ??= runBin(['audit', EXAMPLE, ...BASE, '-f', 'json', '-o', '-'], { cwd: work });
  return jsonRun;
}

/** That report saved to a file, as a user's `> saved.json` would. */
function savedReport(): string {
  const file = join(work, 'saved.json');
  if (!existsSync(file)) {
    const run = jsonToStdout();
    expect(run.code).toBe(0);
    writeFileSync(file, run.stdout);
  }
  return file;
}

describe('the built bin keeps the habits of ESLint, Checkov, Conftest and InSpec', () => {
  it('several outputs in one run: -f text -f sarif:FILE -f junit:FILE', () => {
    const run = runBin(
      ['audit', EXAMPLE, ...BASE, '-f', 'text', '-f', 'sarif:a.sarif', '-f', 'junit:a.xml'],
      {
        cwd: work,
      },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Отчёт о проверке');
    expect(JSON.parse(readFileSync(join(work, 'a.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(readFileSync(join(work, 'a.xml'), 'utf8')).toContain('<testsuites');
    const two = runBin(['audit', EXAMPLE, ...BASE, '-f', 'text', '-f', 'json'], { cwd: work });
    expect(two.code).toBe(2);
    expect(hasStackTrace(two.stderr)).toBe(false);
  });

  it('-o - is standard output, never a file named «-»', () => {
    const run = jsonToStdout();
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(existsSync(join(work, '-'))).toBe(false);
  });

  it('- reads the school from standard input; the files it names are refused (no folder)', () => {
    const school = readFileSync(join(GOOD, 'school.yaml'), 'utf8');
    const ok = runBin(
      [
        'audit',
        '-',
        '--people',
        join(GOOD, 'people.csv'),
        '--channels',
        join(GOOD, 'channels.csv'),
        ...BASE,
        '-f',
        'json',
      ],
      { stdin: school.split(/^exports:/m)[0]! },
    );
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).school.name).toBe('МБОУ СОШ № 1');
    const refused = runBin(['validate', '-'], { stdin: school });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/<stdin>:43:\d+: ошибка FILE_REFERENCE_WITHOUT_FOLDER/);
    expect(hasStackTrace(refused.stderr)).toBe(false);
  });

  it('render reads a saved JSON report from stdin; a non-report exits 2', () => {
    const saved = savedReport();
    const piped = runBin(['render', '-', '-f', 'md'], { stdin: readFileSync(saved, 'utf8') });
    expect(piped.code).toBe(0);
    expect(piped.stdout).toMatch(/^# /);
    const bad = runBin(['render', '-'], { stdin: '{"schemaVersion": "1.0.0"}' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('REPORT_INVALID');
    expect(hasStackTrace(bad.stderr)).toBe(false);
  });

  it('diff reads the later report from standard input with -', () => {
    const saved = savedReport();
    const run = runBin(['diff', saved, '-', '-f', 'json'], { stdin: readFileSync(saved, 'utf8') });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { added: unknown[] }).added).toEqual([]);
  });

  it('--format ./formatter.js loads a custom formatter; a broken one exits 2 without a stack trace', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of a formatter module, template literal included
    writeFileSync(join(work, 'fmt.mjs'), 'export default (report) => `score=${report.summary.score}`;\n');
    writeFileSync(join(work, 'broken.mjs'), 'export default (=>\n');
    const run = runBin(['audit', EXAMPLE, ...BASE, '-f', './fmt.mjs'], { cwd: work });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^score=[\d.]+\n$/);
    const broken = runBin(['audit', EXAMPLE, ...BASE, '-f', './broken.mjs'], { cwd: work });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(
      /не удалось загрузить модуль форматирования «\.\/broken\.mjs»: SyntaxError/,
    );
    expect(hasStackTrace(broken.stderr)).toBe(false);
  });

  it('--env-info prints versions and the bugs URL', () => {
    const run = runBin(['--env-info']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Node.js: ${process.version}`);
    expect(run.stdout).toMatch(/report a bug: https:\/\/\S+\/issues/);
  });
});
