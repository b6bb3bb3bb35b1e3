import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CliContext } from './context.js';
import { CliUsageError } from './exit-codes.js';
import { readStdin, STDIN_PATH } from './stdin.js';

/**
 * The text of a saved report for `render` and `diff`: a file, or standard input for `-` (ESLint's
 * and Conftest's habit, e.g. `audit … -f json | diff old.json -`). A missing file is a usage error.
 */
export async function readReportText(ctx: CliContext, path: string): Promise<string> {
  if (path === STDIN_PATH) return new TextDecoder().decode(await readStdin(ctx));
  try {
    return await readFile(resolve(ctx.io.cwd, path), 'utf8');
  } catch {
    throw new CliUsageError(
      `не удалось прочитать отчёт «${path}»: файл не найден или недоступен`,
      `cannot read report «${path}»: missing or unreadable`,
    );
  }
}
