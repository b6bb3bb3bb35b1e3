import type { Command } from 'commander';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { validateFile } from '../../node/load-files.js';
import type { CliContext } from '../context.js';
import { EXIT_OK, EXIT_USAGE } from '../exit-codes.js';
import { parseFormat, parseLanguage } from '../options.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { readStdin, STDIN_NAME, STDIN_PATH } from '../stdin.js';
import type { Language } from '../../model/vocabulary.js';

export function registerValidate(program: Command, ctx: CliContext): void {
  program
    .command('validate')
    .description(
      'проверить только входные данные (схемы и ссылки) / validate inputs only (schemas and references)',
    )
    .argument(
      '<school>',
      'файл школы school.yaml или school.json; «-» — прочитать из стандартного ввода / the school file; «-» reads standard input',
    )
    .option(
      '-f, --format <format>',
      'формат вывода / output format: text|json',
      parseFormat(['text', 'json'] as const),
      'text',
    )
    .option('--lang <lang>', 'язык сообщений / language: ru|en', parseLanguage, 'ru')
    .option('-q, --quiet', 'печатать только ошибки / print errors only')
    .option(
      '--root <dir>',
      "папка, внутри которой должны лежать файлы, названные в файле школы (по умолчанию папка файла школы) / the folder files named by the school file must stay inside (default: the school file's folder)",
    )
    .addHelpText(
      'after',
      `
Код выхода 0 — данные корректны, 2 — есть ошибки (каждая с файлом, строкой и столбцом).
Exit 0 — inputs valid, 2 — errors (each with file, line and column).

Примеры / examples:
  $ sferum-compliance validate school.yaml
  $ sferum-compliance validate school.yaml --format json
  $ cat school.yaml | sferum-compliance validate -

Школа из стандартного ввода («-») не имеет папки: файлы, на которые она ссылается, не читаются.
A school from standard input («-») has no folder: files it names are not read.`,
    )
    .action(
      async (
        school: string,
        options: { format: 'text' | 'json'; lang: Language; quiet?: boolean; root?: string },
      ) => {
        const { io } = ctx;
        const fromStdin = school === STDIN_PATH;
        const shown = fromStdin ? STDIN_NAME : school;
        const result = await validateFile(
          shown,
          options.root !== undefined ? { root: options.root } : {},
          fromStdin ? { path: STDIN_NAME, bytes: await readStdin(ctx) } : undefined,
        );
        const failed = hasErrors(result.diagnostics);
        if (options.format === 'json') {
          io.stdout(
            `${JSON.stringify({ file: shown, valid: !failed, counts: result.counts, diagnostics: result.diagnostics }, null, 2)}\n`,
          );
        } else {
          printDiagnostics(
            io,
            options.quiet ? result.diagnostics.filter((d) => d.severity === 'error') : result.diagnostics,
            options.lang,
          );
          if (!failed && !options.quiet) {
            const c = result.counts;
            io.stdout(
              options.lang === 'ru'
                ? `✓ ${shown}: данные корректны — людей: ${c.people}, каналов: ${c.channels}, документов: ${c.documents}, администраторов: ${c.admins}, классов: ${c.classes}\n`
                : `✓ ${shown}: inputs valid — people: ${c.people}, channels: ${c.channels}, documents: ${c.documents}, admins: ${c.admins}, classes: ${c.classes}\n`,
            );
          }
        }
        ctx.exitCode = failed ? EXIT_USAGE : EXIT_OK;
      },
    );
}
