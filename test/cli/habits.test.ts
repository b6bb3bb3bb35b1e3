/**
 * The habits users bring from ESLint, Checkov, Conftest and InSpec (issue 15), in-process: several
 * outputs in one run, `-` for standard input and output, `render`, custom formatter modules,
 * `--rule` / `--skip-rule`, `rules test`, `rules --rules`, `--env-info`. Those that depend on a
 * real process (stdin, stdout, files, modules imported from the bundle) also run through the built
 * bin in test/built/habits.test.ts.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasStackTrace, repoRoot, runCli, sharedRuns } from './run-cli.js';

const EXAMPLE = 'examples/school-72/school.yaml';
const AS_OF = '2026-11-30';
const BASE = ['--as-of', AS_OF, '--no-school-waivers', '--fail-on', 'none'];
const GOOD = 'test/fixtures/input/good';
/** The good fixture school without its chat exports (the last lines), so it can come from stdin. */
/** Single-format runs of the example that several tests compare against run once in this file. */
const shared = sharedRuns();
const schoolWithoutExports = () =>
  readFileSync(join(repoRoot, GOOD, 'school.yaml'), 'utf8').split(/^exports:/m)[0]!;

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'sferum-habits-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('several outputs in one run (--format F[:FILE])', () => {
  it('writes each format where it says, one to stdout, the same bytes as single runs', async () => {
    const sarif = join(work, 'a.sarif');
    const junit = join(work, 'a.xml');
    const run = await runCli([
      'audit',
      EXAMPLE,
      ...BASE,
      '-f',
      'text',
      '-f',
      `sarif:${sarif}`,
      '-f',
      `junit:${junit}`,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe((await shared(['audit', EXAMPLE, ...BASE, '-f', 'text'])).stdout);
    expect(readFileSync(sarif, 'utf8')).toBe(
      (await shared(['audit', EXAMPLE, ...BASE, '-f', 'sarif'])).stdout,
    );
    expect(readFileSync(junit, 'utf8')).toContain('<testsuites');
  });

  it('-o - and F:- are standard output, never a file named «-»', async () => {
    const a = await runCli(['audit', join(repoRoot, EXAMPLE), ...BASE, '-f', 'json', '-o', '-'], {
      cwd: work,
    });
    const b = await runCli(['audit', join(repoRoot, EXAMPLE), ...BASE, '-f', 'json:-'], { cwd: work });
    expect(a.code).toBe(0);
    expect(JSON.parse(a.stdout).findings.length).toBeGreaterThan(0);
    expect(b.stdout).toBe(a.stdout);
    expect(existsSync(join(work, '-'))).toBe(false);
  });

  it('a single --format pairs with --output; more than one output to stdout is exit 2', async () => {
    const file = join(work, 'single.md');
    expect((await runCli(['audit', EXAMPLE, ...BASE, '-f', 'md', '-o', file])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^# /);
    const two = await runCli(['audit', EXAMPLE, ...BASE, '-f', 'text', '-f', 'json']);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('в стандартный вывод может идти только один формат');
    const paired = await runCli(['audit', EXAMPLE, ...BASE, '-f', 'text', '-f', 'json', '-o', file]);
    expect(paired.code).toBe(2);
    expect(paired.stderr).toContain('--output задаёт файл для одного --format');
    const unknown = await runCli(['audit', EXAMPLE, ...BASE, '-f', 'pdf:x.pdf']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('допустимо: text, json');
  });
});

describe('- reads standard input', () => {
  it('audit - reads the school from stdin; files given as options are read', async () => {
    const args = [
      'audit',
      '-',
      '--people',
      `${GOOD}/people.csv`,
      '--channels',
      `${GOOD}/channels.csv`,
      '--as-of',
      AS_OF,
    ];
    const run = await runCli([...args, '-f', 'json', '--fail-on', 'none'], { stdin: schoolWithoutExports() });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.inputs.map((i: { path: string }) => i.path)).toContain('<stdin>');
    expect(report.school.name).toBe('МБОУ СОШ № 1');
  });

  it('a school from stdin has no folder: the files it names are refused, positioned, exit 2', async () => {
    const run = await runCli(['validate', '-'], {
      stdin: readFileSync(join(repoRoot, GOOD, 'school.yaml'), 'utf8'),
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/<stdin>:43:\d+: ошибка FILE_REFERENCE_WITHOUT_FOLDER: файл «people\.csv»/);
    expect(run.stderr).toMatch(
      /<stdin>:46:\d+: ошибка FILE_REFERENCE_WITHOUT_FOLDER: файл «exports\/c-2\.txt»/,
    );
    expect(hasStackTrace(run.stderr)).toBe(false);
    const audit = await runCli(['audit', '-', '--as-of', AS_OF], {
      stdin: readFileSync(join(repoRoot, GOOD, 'school.yaml'), 'utf8'),
    });
    expect(audit.code).toBe(2);
    expect(audit.stderr).toContain('FILE_REFERENCE_WITHOUT_FOLDER');
  });
});

describe('render a saved JSON report', () => {
  it('gives the bytes audit gives in every built-in format', async () => {
    const saved = join(work, 'saved.json');
    await runCli(['audit', EXAMPLE, ...BASE, '-f', `json:${saved}`, '-q']);
    for (const format of ['text', 'md', 'html', 'csv', 'junit', 'sarif']) {
      const direct = await shared(['audit', EXAMPLE, ...BASE, '-f', format]);
      const rendered = await runCli(['render', saved, '-f', format]);
      expect(rendered.code, rendered.stderr).toBe(0);
      expect(rendered.stdout, format).toBe(direct.stdout);
    }
    const fromStdin = await runCli(['render', '-', '-f', 'md'], { stdin: readFileSync(saved, 'utf8') });
    expect(fromStdin.stdout).toBe((await runCli(['render', saved, '-f', 'md'])).stdout);
  });

  it('refuses what is not a report, with positions, exit 2', async () => {
    const bad = join(work, 'bad.json');
    writeFileSync(bad, '{\n  "schemaVersion": 1,\n  "findings": []\n}\n');
    const run = await runCli(['render', bad, '-f', 'html']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad\.json:2:\d+: ошибка REPORT_INVALID/);
    expect(run.stderr).toContain('не является отчётом sferum-compliance');
    const notJson = await runCli(['render', '-'], { stdin: '{ not json' });
    expect(notJson.code).toBe(2);
    expect(hasStackTrace(notJson.stderr)).toBe(false);
    const missing = await runCli(['render', join(work, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('не удалось прочитать отчёт');
  });
});

describe('custom formatter modules (--format ./formatter.js)', () => {
  it('calls the default export with the report and a context, and writes what it returns', async () => {
    writeFileSync(
      join(work, 'count.mjs'),
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of a formatter module, template literal included
      'export default (report, ctx) => `findings=${report.findings.length} lang=${ctx.language} md=${ctx.formatReport("md").startsWith("# ")}`;\n',
    );
    const run = await runCli(
      ['audit', join(repoRoot, EXAMPLE), ...BASE, '-f', './count.mjs', '-f', 'json:out.json'],
      {
        cwd: work,
      },
    );
    expect(run.stderr).toBe('');
    const count = JSON.parse(readFileSync(join(work, 'out.json'), 'utf8')).findings.length;
    expect(run.stdout).toBe(`findings=${count} lang=ru md=true\n`);
  });

  it('a missing, broken or wrong module is exit 2 with a clear message and no stack trace', async () => {
    writeFileSync(join(work, 'throws.mjs'), 'export default () => { throw new Error("boom"); };\n');
    writeFileSync(join(work, 'nothing.mjs'), 'export const x = 1;\n');
    writeFileSync(join(work, 'syntax.mjs'), 'export default (=>\n');
    const cases: [string, RegExp][] = [
      ['./missing.mjs', /не удалось загрузить модуль форматирования «\.\/missing\.mjs»: файл не найден/],
      ['./throws.mjs', /модуль форматирования «\.\/throws\.mjs» завершился ошибкой: Error: boom/],
      ['./nothing.mjs', /должен экспортировать по умолчанию функцию/],
      ['./syntax.mjs', /не удалось загрузить модуль форматирования «\.\/syntax\.mjs»/],
    ];
    for (const [module, message] of cases) {
      const run = await runCli(['audit', join(repoRoot, EXAMPLE), ...BASE, '-f', module], { cwd: work });
      expect(run.code, module).toBe(2);
      expect(run.stderr, module).toMatch(message);
      expect(hasStackTrace(run.stderr), module).toBe(false);
    }
  });
});

describe('--rule / --skip-rule', () => {
  const OUTSIDERS = 'SFR-2.3-CLASS-CHAT-OUTSIDERS';
  it('--skip-rule removes a rule’s findings and the run setup says so', async () => {
    const all = JSON.parse((await runCli(['audit', EXAMPLE, ...BASE, '-f', 'json'])).stdout);
    expect(all.findings.some((f: { ruleId: string }) => f.ruleId === OUTSIDERS)).toBe(true);
    const skipped = JSON.parse(
      (await runCli(['audit', EXAMPLE, ...BASE, '-f', 'json', '--skip-rule', OUTSIDERS])).stdout,
    );
    expect(skipped.findings.some((f: { ruleId: string }) => f.ruleId === OUTSIDERS)).toBe(false);
    expect(skipped.findings.length).toBeLessThan(all.findings.length);
    expect(skipped.setup.ruleSelection).toEqual({ skip: [OUTSIDERS] });
    const text = await runCli(['audit', EXAMPLE, ...BASE, '--skip-rule', OUTSIDERS]);
    expect(text.stdout).toContain(`Пропущены правила (--skip-rule)`);
  });

  it('--rule runs only the rules named, in audit and in the printed setup', async () => {
    const only = JSON.parse(
      (await runCli(['audit', EXAMPLE, ...BASE, '-f', 'json', '--rule', OUTSIDERS])).stdout,
    );
    expect(new Set(only.findings.map((f: { ruleId: string }) => f.ruleId))).toEqual(new Set([OUTSIDERS]));
    const setup = await runCli(['audit', EXAMPLE, '--rule', OUTSIDERS, '--print-config', '-f', 'json']);
    expect(setup.code).toBe(0);
    const printed = JSON.parse(setup.stdout);
    expect(printed.ruleSelection).toEqual({ only: [OUTSIDERS] });
    expect(printed.disabledRules.length).toBeGreaterThan(30);
  });

  it('an unknown id is exit 2 naming the nearest ids, in audit, explain and region', async () => {
    for (const args of [
      ['audit', EXAMPLE, ...BASE, '--rule', 'SFR-2.3-CLASS-CHAT-OUTSIDER'],
      ['explain', 'SFR-1.1-REGULATION-EXISTS', EXAMPLE, '--skip-rule', 'SFR-2.3-CLASS-CHAT-OUTSIDER'],
      ['region', 'examples', '--as-of', AS_OF, '--skip-rule', 'SFR-2.3-CLASS-CHAT-OUTSIDER', '--jobs', '1'],
    ]) {
      const run = await runCli(args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(
        /RULE_UNKNOWN.*«SFR-2\.3-CLASS-CHAT-OUTSIDER»; ближайшие: SFR-2\.3-CLASS-CHAT-OUTSIDERS/,
      );
    }
  });

  it('region applies the selection to every school', async () => {
    const args = [
      'region',
      'examples',
      '--as-of',
      AS_OF,
      '-f',
      'json',
      '--jobs',
      '1',
      '--fail-on',
      'none',
      '--include-findings',
    ];
    const ruleIds = (stdout: string) =>
      new Set([...stdout.matchAll(/"ruleId": "([^"]+)"/g)].map((m) => m[1]));
    const all = await runCli(args);
    const only = await runCli([...args, '--rule', OUTSIDERS]);
    const skipped = await runCli([...args, '--skip-rule', OUTSIDERS]);
    expect(only.code, only.stderr).toBe(0);
    expect(ruleIds(all.stdout).size).toBeGreaterThan(1);
    expect(ruleIds(only.stdout)).toEqual(new Set([OUTSIDERS]));
    expect(ruleIds(skipped.stdout).has(OUTSIDERS)).toBe(false);
    expect(ruleIds(skipped.stdout).size).toBe(ruleIds(all.stdout).size - 1);
  });
});

describe('rules test DIR and rules --rules DIR', () => {
  it('rules test: exit 0 when every fixture passes, 1 when one fails, 2 for a bad pack', async () => {
    const ok = await runCli(['rules', 'test', 'test/fixtures/rule-pack']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(
      'PASS - test/fixtures/rule-pack/X-SCHOOL-NO-REGULATION.test.yaml - X-SCHOOL-NO-REGULATION - no regulation',
    );
    expect(ok.stdout).toContain('проверок: 2, пройдено: 2, не пройдено: 0');
    const failing = await runCli(['rules', 'test', 'test/fixtures/rule-pack-failing', '--lang', 'en']);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toMatch(
      /^FAIL - .* - X-SCHOOL-NO-REGULATION - the base school, expected to fire/m,
    );
    expect(failing.stdout).toContain('school: expected fires, got passes');
    expect(failing.stdout).toContain('2 tests, 1 passed, 1 failures');
    const json = JSON.parse(
      (await runCli(['rules', 'test', 'test/fixtures/rule-pack-failing', '-f', 'json'])).stdout,
    );
    expect(json.ok).toBe(false);
    expect((await runCli(['rules', 'test', 'test/fixtures/no-such-pack'])).code).toBe(2);
    expect((await runCli(['rules', 'test', 'test/fixtures/rules/bad'])).code).toBe(2);
  });

  it('rules --rules lists the pack’s rules beside the built-in ones, marked', async () => {
    const run = await runCli(['rules', '--rules', 'test/fixtures/rule-pack', '--clause', '1.1']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /X-SCHOOL-NO-REGULATION +\(low, school\) +Нет Положения +\[пакет test\/fixtures\/rule-pack\]/,
    );
    expect(run.stdout).toMatch(/SFR-1\.1-REGULATION-EXISTS .*[^\]]$/m);
    const json = JSON.parse(
      (await runCli(['rules', '--rules', 'test/fixtures/rule-pack', '-f', 'json'])).stdout,
    );
    const rule = json.rules.find((r: { id: string }) => r.id === 'X-SCHOOL-NO-REGULATION');
    expect(rule.pack).toBe('test/fixtures/rule-pack');
    expect(json.rules.filter((r: { pack?: string }) => r.pack).length).toBe(1);
    expect((await runCli(['rules', '--rules', 'test/fixtures/rules/bad'])).code).toBe(2);
  });
});

describe('--env-info', () => {
  it('prints the tool, Node, platform and bundled data versions and where to report a bug', async () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const run = await runCli(['--env-info']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`sferum-compliance: v${pkg.version}`);
    expect(run.stdout).toContain(`Node.js: ${process.version}`);
    expect(run.stdout).toContain(`${process.platform} ${process.arch}`);
    expect(run.stdout).toMatch(/каталог правил \/ rule catalog: \d{4}\.\d{2}\.\d{2}/);
    expect(run.stdout).toMatch(/реестр мессенджеров \/ messenger registry: \S+/);
    expect(run.stdout).toMatch(/report a bug: https:\/\/\S+/);
  });
});
