import type { CliIO } from './io.js';

/** Shared by the commands of one CLI run: where to write, and the exit code the run ends with. */
export interface CliContext {
  io: CliIO;
  exitCode: number;
  version: string;
}
