import { describe, expect, it } from 'vitest';
import { buildProgram, requestedCommand } from '../../src/cli/main.js';
import type { CliContext } from '../../src/cli/context.js';
import { runCli } from './run-cli.js';

/**
 * `main` declares only the command a run names first (src/cli/main.ts, buildProgram's `only`):
 * the other eleven commands' declarations were start-up time that run never used. These tests
 * pin that the shortcut changes nothing a user sees.
 */
function ctx(): CliContext {
  const sink = (): void => undefined;
  return {
    io: {
      stdout: sink,
      stderr: sink,
      stdoutIsTTY: false,
      stderrIsTTY: false,
      env: {},
      cwd: process.cwd(),
      writeFile: async () => undefined,
    },
    exitCode: 0,
    version: '0',
  };
}

const fullProgram = buildProgram(ctx());
const names = fullProgram.commands.map((c) => c.name()).filter((n) => n !== 'help');

describe('declaring only the requested command', () => {
  it('knows every command of the full program by its name', () => {
    expect(names.length).toBeGreaterThanOrEqual(12);
    for (const name of names) expect(requestedCommand([name, '--help']), name).toBe(name);
  });

  it.each(names)('%s alone is declared exactly as in the full program', (name) => {
    const alone = buildProgram(ctx(), 'ru', name);
    expect(alone.commands.map((c) => c.name())).toEqual([name]);
    const full = fullProgram.commands.find((c) => c.name() === name)!;
    const help = (c: typeof full): string => c.helpInformation();
    expect(help(alone.commands[0]!)).toBe(help(full));
    // Subcommands (`rules test`) come along.
    expect(alone.commands[0]!.commands.map((c) => c.name())).toEqual(full.commands.map((c) => c.name()));
  });

  it('declares everything when the first argument is no command name', () => {
    for (const argv of [
      [],
      ['--help'],
      ['help', 'audit'],
      ['aduit'],
      ['--lang', 'en', 'audit'],
      ['--env-info'],
    ])
      expect(requestedCommand(argv), JSON.stringify(argv)).toBeUndefined();
  });

  it('a mistyped command is still answered with the closest name', async () => {
    const run = await runCli(['aduit', 'school.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/audit/);
  });
});
