import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { repoRoot } from './run-cli.js';

/** The CLI in-process with a fake terminal, for what a spawned process cannot show (a TTY). */
function fakeIO(
  options: { stdoutIsTTY?: boolean; stderrIsTTY?: boolean; env?: Record<string, string> } = {},
) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    env: options.env ?? {},
    cwd: repoRoot,
    writeFile: async () => {},
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

const AUDIT = ['audit', 'examples/school-72/school.yaml', '--as-of', '2026-11-30', '--fail-on', 'none'];

describe('CLI in-process', () => {
  it('shows progress on a terminal and clears the line afterwards', async () => {
    const cwd = process.cwd();
    process.chdir(repoRoot);
    try {
      const f = fakeIO({ stderrIsTTY: true });
      expect(await main(AUDIT, f.io)).toBe(0);
      expect(f.err()).toMatch(/\rПроверка: (\d+)\/\1 \(100%\)/);
      expect(f.err()).toContain('\r\u001b[2K');
    } finally {
      process.chdir(cwd);
    }
  });

  it('shows no progress under --quiet or without a terminal', async () => {
    const cwd = process.cwd();
    process.chdir(repoRoot);
    try {
      const quiet = fakeIO({ stderrIsTTY: true });
      await main([...AUDIT, '--quiet'], quiet.io);
      expect(quiet.err()).not.toContain('Проверка:');
      expect(quiet.out()).toBe('');
      const piped = fakeIO({ stderrIsTTY: false });
      await main(AUDIT, piped.io);
      expect(piped.err()).not.toContain('Проверка:');
    } finally {
      process.chdir(cwd);
    }
  });

  it('colours the text report on a terminal unless NO_COLOR is set', async () => {
    const cwd = process.cwd();
    process.chdir(repoRoot);
    try {
      const tty = fakeIO({ stdoutIsTTY: true });
      await main(AUDIT, tty.io);
      expect(tty.out()).toMatch(/\u001b\[\d+m/);
      const noColor = fakeIO({ stdoutIsTTY: true, env: { NO_COLOR: '1' } });
      await main(AUDIT, noColor.io);
      expect(noColor.out()).not.toMatch(/\u001b\[/);
    } finally {
      process.chdir(cwd);
    }
  });
});
