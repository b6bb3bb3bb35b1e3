import { resolve } from 'node:path';
import type { CliContext } from './context.js';
import { CliUsageError } from './exit-codes.js';

/** The usage error for an `--output` file that cannot be opened or written. */
export function cannotWrite(output: string, error: unknown): CliUsageError {
  const reason = error instanceof Error ? error.message : String(error);
  return new CliUsageError(
    `не удалось записать файл «${output}»: ${reason}. Проверьте, что папка существует и доступна для записи`,
    `cannot write «${output}»: ${reason}. Check that the folder exists and is writable`,
  );
}

/** Writes a command's result to `--output` or stdout; `quiet` silences stdout only. */
export async function writeOutput(
  ctx: CliContext,
  text: string,
  output: string | undefined,
  quiet: boolean,
): Promise<void> {
  // `-o -` is standard output (ESLint's convention), never a file named «-».
  if (output && output !== '-') {
    try {
      await ctx.io.writeFile(resolve(ctx.io.cwd, output), text);
    } catch (error) {
      throw cannotWrite(output, error);
    }
    return;
  }
  if (!quiet) ctx.io.stdout(text.endsWith('\n') ? text : `${text}\n`);
}
