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
  /** Standard input, read whole (`-` as an input path); absent where there is none. */
  readStdin?: () => Promise<Uint8Array>;
}

/** Standard input is held to the loaders' file limit: a school file is never larger. */
export const MAX_STDIN_BYTES = 20 * 1024 * 1024;

async function readProcessStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > MAX_STDIN_BYTES) {
      process.stdin.destroy();
      throw Object.assign(new Error('standard input is too large'), { code: 'EFBIG' });
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
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
    readStdin: readProcessStdin,
  };
}

/** Colours only on a terminal, never when NO_COLOR is set (https://no-color.org), forced by FORCE_COLOR. */
export function colorEnabled(io: CliIO, toFile: boolean): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return !toFile && io.stdoutIsTTY;
}
