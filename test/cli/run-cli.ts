import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFileAtomic } from '../../src/node/atomic-file.js';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cliPath = join(repoRoot, 'dist', 'cli.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliRunOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** What the run reads as standard input (`-`); none when absent. */
  stdin?: string;
}

/** The environment a run sees: what an auditor's script would pass, without colours unless asked. */
function cliEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? '', NO_COLOR: '1', TZ: process.env.TZ ?? 'UTC', ...extra };
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs the CLI in this process through `main(argv, io)`, as the bin does but without starting
 * node: a piped (non-TTY) stdout and stderr, the given environment and working directory.
 * Library code that reports paths relative to `process.cwd()` sees the same folder as the
 * bin would, so runs are serialised and the working directory is restored afterwards.
 */
export function runCli(args: readonly string[], options: CliRunOptions = {}): Promise<CliRun> {
  const next = queue.then(async () => {
    const out: string[] = [];
    const err: string[] = [];
    const cwd = options.cwd ?? repoRoot;
    const io: CliIO = {
      stdout: (text) => void out.push(text),
      stderr: (text) => void err.push(text),
      stdoutIsTTY: false,
      stderrIsTTY: false,
      env: cliEnv(options.env),
      cwd,
      writeFile: writeFileAtomic,
      readStdin: async () => new TextEncoder().encode(options.stdin ?? ''),
    };
    const previous = process.cwd();
    process.chdir(cwd);
    try {
      const code = await main(args, io);
      return { code, stdout: out.join(''), stderr: err.join('') };
    } finally {
      process.chdir(previous);
    }
  });
  queue = next.catch(() => undefined);
  return next;
}

/**
 * `runCli` that runs each distinct command line once and hands every later caller the same
 * result: for tests in one file that read the same output (a run is ~0.1 CPU-s). Only for runs
 * that write no file and whose inputs the file does not change; a test about repeated runs
 * (byte-identical output) calls `runCli` for its second run. One per test file: the module is
 * shared by the files a worker runs.
 */
export function sharedRuns(): (args: readonly string[], options?: CliRunOptions) => Promise<CliRun> {
  const runs = new Map<string, Promise<CliRun>>();
  return (args, options = {}) => {
    const key = JSON.stringify([args, options]);
    let run = runs.get(key);
    if (!run) runs.set(key, (run = runCli(args, options)));
    return run;
  };
}

/** Spawns the BUILT CLI (`npm test` builds before vitest runs), for what needs a real process. */
export function runBin(args: readonly string[], options: CliRunOptions & { input?: string } = {}): CliRun {
  if (!existsSync(cliPath)) {
    throw new Error(`${cliPath} is missing: run \`npm run build\` first (npm test does).`);
  }
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: cliEnv(options.env),
    input: options.input ?? options.stdin ?? '',
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  if (result.error) throw result.error;
  // The bin never ends by a signal here (region-interrupt signals its own children): say which
  // one and what the process printed, rather than a bare exit code of -1.
  if (result.status === null) {
    throw new Error(
      `dist/cli.js ${args.join(' ')} was ended by ${result.signal ?? 'an unknown cause'}\n` +
        `stderr:\n${result.stderr.slice(-2000)}`,
    );
  }
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A user must never see a JavaScript stack trace. */
export function hasStackTrace(text: string): boolean {
  return /\n\s+at .+\(.+:\d+:\d+\)/.test(text) || /\bat (async )?[\w.<>]+ \(file:/.test(text);
}
