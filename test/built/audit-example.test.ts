/**
 * `npm run audit:example` as a newcomer types it: the build runs quietly (`npm run build:js --silent`
 * passes npm's silent log level to tsup), so the terminal shows the report and nothing else. The
 * script rebuilds dist/'s JavaScript, so it runs in a copy of the project (node_modules linked):
 * rebuilding this repo's dist/ would pull it from under the other test/built files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, requireDist, run, type Run } from '../package/helpers.js';

const COPIED = [
  'package.json',
  'tsconfig.json',
  'tsconfig.base.json',
  'tsup.config.ts',
  'src',
  'scripts',
  'web',
  'schemas',
  'rules',
  'examples',
];

let work: string;
let viaNpm: Run;
let direct: Run;

beforeAll(() => {
  requireDist();
  work = mkdtempSync(join(tmpdir(), 'sferum-audit-example-'));
  for (const entry of COPIED) cpSync(join(repoRoot, entry), join(work, entry), { recursive: true });
  symlinkSync(join(repoRoot, 'node_modules'), join(work, 'node_modules'), 'dir');
  viaNpm = run('npm', ['run', 'audit:example'], { cwd: work, timeout: 600_000 });
  // The same command line without npm and without the build: what the report alone looks like.
  direct = run(
    process.execPath,
    ['dist/cli.js', 'audit', 'examples/school-72/school.yaml', '--as-of', '2026-11-30', '--fail-on', 'none'],
    { cwd: work },
  );
}, 660_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** npm's own banner: `> name@version script` and `> command`, then a blank line. */
function withoutNpmBanner(stdout: string): string {
  return stdout.replace(/^\n?> [^\n]*\n> [^\n]*\n\n/, '');
}

describe('npm run audit:example', () => {
  it('succeeds', () => {
    expect(viaNpm.code, viaNpm.stderr).toBe(0);
    expect(direct.code).toBe(0);
  });

  it('prints the report and nothing else: no build log before or after it', () => {
    expect(direct.stdout).toContain('Отчёт о проверке соблюдения');
    expect(withoutNpmBanner(viaNpm.stdout)).toBe(direct.stdout);
    // stderr carries the run's own diagnostics (the example's expired waiver), no build output.
    expect(viaNpm.stderr).toBe(direct.stderr);
    expect(viaNpm.stdout + viaNpm.stderr).not.toMatch(/tsup|ESM|DTS|Build success|build-web|KiB/);
  });
});
