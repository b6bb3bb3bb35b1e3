/**
 * Help that works: every `$ sferum-compliance …` example of every `--help` is parsed out of the
 * help text and run in-process against a copy of the example school (files the examples name are
 * provided); each must exit 0 or 1, never a usage error or an internal error.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProgram, main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';

const repo = process.cwd();
let dir: string;

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
    cwd: dir,
    writeFile: async (p, t) => writeFileSync(p, t),
  };
  return { io: value, out: () => out.join(''), err: () => err.join('') };
}

/** Shell words of an example line: double quotes group, a trailing `> file` redirection is dropped. */
function words(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/"([^"]*)"|(\S+)/g)) out.push(m[1] ?? m[2]!);
  const redirect = out.indexOf('>');
  return redirect >= 0 ? out.slice(0, redirect) : out;
}

async function helpOf(args: string[]): Promise<string> {
  const h = io();
  expect(await main([...args, '--help'], h.io)).toBe(0);
  return h.out();
}

function examplesIn(help: string): string[][] {
  return help
    .split('\n')
    .map((l) => /^\s*\$ sferum-compliance (.+)$/.exec(l)?.[1])
    .filter((l): l is string => l !== undefined)
    .map(words);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sferum-help-'));
  const school = join(repo, 'examples/school-72');
  cpSync(school, dir, { recursive: true });
  cpSync(school, join(dir, 'examples/school-72'), { recursive: true });
  cpSync(school, join(dir, 'schools/school-72'), { recursive: true });
  cpSync(school, join(dir, 'school-1'), { recursive: true });
  cpSync(school, join(dir, 'school-2'), { recursive: true });
  writeFileSync(join(dir, 'region.config.yaml'), 'failOn: high\n');
  // The region's registry overlay that `registry --help` names.
  writeFileSync(
    join(dir, 'region-54.yaml'),
    'version: region-54\nsource: НСО\nentries:\n  - id: zoom\n    name: { ru: Zoom, en: Zoom }\n    aliases: [Zoom]\n    domains: [zoom.us]\n    history:\n      - { kind: region, status: prohibited, from: 2026-01-01, source: { title: Приказ, url: "file:order.pdf", read: 2026-02-01 } }\n',
  );
  cpSync(join(repo, 'test/fixtures/exports/telegram-full-export.json'), join(dir, 'result.json'));
  cpSync(join(repo, 'test/fixtures/exports/whatsapp-android-ru.txt'), join(dir, 'Чат WhatsApp с 5А.txt'));
  mkdirSync(join(dir, 'out'), { recursive: true });
  // The region's rule pack that `rules --help` lists and tests.
  cpSync(join(repo, 'test/fixtures/rule-pack'), join(dir, 'region-rules'), { recursive: true });
  process.chdir(dir);
});
afterAll(() => {
  process.chdir(repo);
  rmSync(dir, { recursive: true, force: true });
});

describe('every --help example runs', () => {
  it('finds examples in the help of every command', async () => {
    const commands = buildProgram({ io: io().io, exitCode: 0, version: '0' })
      .commands.map((c) => c.name())
      .filter((n) => n !== 'help');
    expect(commands.length).toBeGreaterThanOrEqual(8);
    for (const name of commands) expect(examplesIn(await helpOf([name])).length, name).toBeGreaterThan(0);
  });

  it('runs each example, exit 0 or 1', async () => {
    // An earlier report for `diff август.json сентябрь.json`.
    expect(
      await main(
        [
          'audit',
          'school.yaml',
          '--format',
          'json',
          '--output',
          'август.json',
          '--fail-on',
          'none',
          '--quiet',
        ],
        io().io,
      ),
    ).toBe(0);
    const commands = buildProgram({ io: io().io, exitCode: 0, version: '0' })
      .commands.map((c) => c.name())
      .filter((n) => n !== 'help');
    const examples = [...examplesIn(await helpOf([]))];
    for (const name of commands) examples.push(...examplesIn(await helpOf([name])));
    expect(examples.length).toBeGreaterThan(20);
    for (const args of examples) {
      const run = io();
      const code = await main(
        [...args, '--quiet'].filter(
          (a, _i, all) => a !== '--quiet' || ['audit', 'region', 'validate'].includes(all[0]!),
        ),
        run.io,
      );
      expect([0, 1], `sferum-compliance ${args.join(' ')}\n${run.err()}`).toContain(code);
    }
  }, 600_000);
});

describe('unknown ids are usage errors', () => {
  it('an unknown rule or subject exits 2 and names the closest known ids', async () => {
    const rule = io();
    expect(await main(['explain', 'SFR-2.FINAL-FOREIGN-MESSENGER', 'school.yaml'], rule.io)).toBe(2);
    expect(rule.err()).toContain('SFR-2.FINAL-PROHIBITED-MESSENGER');
    expect(rule.err()).not.toMatch(/внутренняя ошибка|internal error/);
    const subject = io();
    expect(
      await main(
        ['explain', 'SFR-2.6-LINK-ROLE', 'school.yaml', '--subject', 'p-03', '--lang', 'en'],
        subject.io,
      ),
    ).toBe(2);
    expect(subject.err()).toMatch(/unknown subject «p-03».*closest: p-0\d3/);
  });
});
