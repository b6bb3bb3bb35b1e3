import type { CliContext } from './context.js';
import { CliUsageError } from './exit-codes.js';
import { MAX_STDIN_BYTES } from './io.js';

/** `-` as an input path: standard input, as ESLint's `--stdin` and Conftest's `-` read it. */
export const STDIN_PATH = '-';
/** How reports and diagnostics name what came from standard input. */
export const STDIN_NAME = '<stdin>';

/** Standard input, whole; a usage error (exit 2) when there is none or it is too large. */
export async function readStdin(ctx: CliContext): Promise<Uint8Array> {
  if (!ctx.io.readStdin) {
    throw new CliUsageError('стандартный ввод недоступен', 'standard input is not available');
  }
  try {
    return await ctx.io.readStdin();
  } catch (error) {
    const tooLarge = (error as { code?: unknown }).code === 'EFBIG';
    const mib = MAX_STDIN_BYTES / (1024 * 1024);
    throw new CliUsageError(
      tooLarge
        ? `стандартный ввод больше ${mib} МиБ`
        : `не удалось прочитать стандартный ввод: ${error instanceof Error ? error.message : String(error)}`,
      tooLarge
        ? `standard input is larger than ${mib} MiB`
        : `cannot read standard input: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
