import { writeFileAtomic } from '../node/atomic-file.js';

/** Where the CLI reads its environment and writes its output; injectable for in-process tests. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Writes a whole output file; processIO's writes it atomically (see `writeFileAtomic`). */
  writeFile: (path: string, text: string) => Promise<void>;
}

export function processIO(): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
    writeFile: writeFileAtomic,
  };
}

/** Colours only on a terminal, never when NO_COLOR is set (https://no-color.org), forced by FORCE_COLOR. */
export function colorEnabled(io: CliIO, toFile: boolean): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return !toFile && io.stdoutIsTTY;
}
