/**
 * Smoke tests of the real bin (dist/cli.js, built by `npm test` before vitest runs): what only a
 * separate process shows — that it starts, its exit codes, its environment, a closed pipe. The
 * cases themselves run in-process in test/cli/.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliRun, cliPath, hasStackTrace, repoRoot, runBin, runCli } from '../cli/run-cli.js';

const EXAMPLE = 'examples/school-72/school.yaml';
const AS_OF = '2026-11-30';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'sferum-bin-'));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** The example's text report under --fail-on none with colours forced, run once for two tests. */
let colouredRun: CliRun | undefined;
function coloured(): CliRun {
  colouredRun ??= runBin(['audit', EXAMPLE, '--as-of', AS_OF, '--no-school-waivers', '--fail-on', 'none'], {
    env: { FORCE_COLOR: '1', NO_COLOR: '' },
  });
  return colouredRun;
}

describe('the built bin', () => {
  it('starts and prints the package version', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const run = runBin(['--version']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(pkg.version);
  });

  it('help exits 0', () => {
    const run = runBin(['audit', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('sferum-compliance audit');
  });

  it('exits 1 on high findings, 0 under --fail-on none, with the same report as main() in-process', async () => {
    // Without the school's waivers.yaml: its expired and unused waivers would warn on stderr.
    const args = ['audit', EXAMPLE, '--as-of', AS_OF, '--format', 'json', '--no-school-waivers'];
    const failing = runBin(args);
    expect(failing.code).toBe(1);
    expect(failing.stderr).toBe('');
    expect(failing.stdout).toBe((await runCli(args)).stdout);
    // The same audit under --fail-on none (the text report, coloured: see below) exits 0.
    expect(coloured().code).toBe(0);
  });

  it('exits 2 on a usage error and on broken input, without a stack trace', () => {
    const usage = runBin(['frobnicate']);
    expect(usage.code).toBe(2);
    expect(hasStackTrace(usage.stderr)).toBe(false);
    const broken = runBin(['validate', 'test/fixtures/input/broken/malformed.yaml']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/malformed\.yaml:\d+:\d+: ошибка YAML_SYNTAX/);
    expect(hasStackTrace(broken.stderr)).toBe(false);
  });

  it('reads its colour settings from its real environment', () => {
    // runBin sets NO_COLOR=1 unless told otherwise: plain output is checked by the cases above.
    expect(coloured().stdout).toMatch(/\u001b\[/);
  });

  it('resolves relative paths against its working directory', () => {
    const run = runBin(['validate', 'school.yaml'], { cwd: join(repoRoot, 'examples/school-72') });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/людей: 58, каналов: 16/);
  });

  it('a reader that closes the pipe early ends the run quietly (EPIPE)', async () => {
    // Far more output than a pipe buffers (64 KiB): 300 WhatsApp chats, one finding each.
    const dir = join(work, 'epipe');
    cpSync(join(repoRoot, 'examples/school-72'), dir, { recursive: true });
    const extra = Array.from(
      { length: 300 },
      (_, i) =>
        `x-${i};Чат ${i};WhatsApp;;чат;родители;5А;p-005;p-005, p-041;;;;нет;2026-09-01;2026-11-19;нет;нет;нет`,
    );
    writeFileSync(
      join(dir, 'channels.csv'),
      `${readFileSync(join(dir, 'channels.csv'), 'utf8').trimEnd()}\n${extra.join('\n')}\n`,
    );
    const child = spawn(
      process.execPath,
      [cliPath, 'audit', join(dir, 'school.yaml'), '--as-of', AS_OF, '--format', 'json', '--fail-on', 'none'],
      {
        cwd: repoRoot,
        env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
      },
    );
    let stderr = '';
    let received = 0;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', (chunk: Buffer) => {
      received = chunk.length;
      child.stdout.destroy();
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(received).toBeGreaterThan(0);
    expect(hasStackTrace(stderr)).toBe(false);
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  });
});
