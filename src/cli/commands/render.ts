import type { Command } from 'commander';
import { FORMAT_NAMES } from '../../format/types.js';
import type { Language } from '../../model/vocabulary.js';
import type { CliContext } from '../context.js';
import { CliUsageError, EXIT_OK } from '../exit-codes.js';
import { parseLanguage } from '../options.js';
import {
  collectFormat,
  formatOptionHelp,
  formatSpecsOrDefault,
  outputTargets,
  writeReportOutputs,
  type FormatSpec,
} from '../report-outputs.js';
import { readReportText } from '../read-report-text.js';
import { STDIN_NAME, STDIN_PATH } from '../stdin.js';

interface RenderOptions {
  format?: FormatSpec[];
  output?: string;
  lang?: Language;
  quiet?: boolean;
  auditor?: string;
  position?: string;
}

/** `render report.json --format html`: a saved JSON report in any format (InSpec's habit). */
export function registerRender(program: Command, ctx: CliContext): void {
  program
    .command('render')
    .description(
      'вывести сохранённый отчёт JSON в другом формате / render a saved JSON report in another format',
    )
    .argument(
      '<report>',
      'отчёт, сохранённый с --format json; «-» — из стандартного ввода / a report saved with --format json; «-» reads standard input',
    )
    .option('-f, --format <format>', formatOptionHelp(), collectFormat(FORMAT_NAMES))
    .option(
      '-o, --output <file>',
      'записать результат единственного --format в файл; «-» — стандартный вывод / write a single --format to a file; «-» is standard output',
    )
    .option(
      '--lang <lang>',
      'язык (по умолчанию язык отчёта) / language (default: the report’s)',
      parseLanguage,
    )
    .option('--auditor <name>', 'кто проводил проверку — в подписи акта / auditor named in the act')
    .option('--position <text>', "должность проверяющего — в подписи акта / the auditor's position")
    .option('-q, --quiet', 'не печатать в стандартный вывод / print nothing to standard output')
    .addHelpText(
      'after',
      `
Отчёт сначала проверяется по schemas/report.schema.json; если он не подходит — код выхода 2.
The report is checked against schemas/report.schema.json first; a report that does not match exits 2.

Примеры / examples:
  $ sferum-compliance audit school.yaml --format json --output отчёт.json --fail-on none
  $ sferum-compliance render отчёт.json --format html --output акт.html
  $ sferum-compliance render отчёт.json -f sarif:отчёт.sarif -f junit:отчёт.xml -f text
  $ cat отчёт.json | sferum-compliance render - --format md`,
    )
    .action(async (path: string, options: RenderOptions) => {
      const targets = outputTargets(formatSpecsOrDefault(options.format), options.output, ctx.io.cwd);
      const shown = path === STDIN_PATH ? STDIN_NAME : path;
      // Loaded here, not at start: the report's validator is ~250 kB of generated code that no
      // other command needs (test/built/startup.test.ts).
      const { parseReport } = await import('../../report/parse-report.js');
      const parsed = parseReport(await readReportText(ctx, path), shown);
      if (!parsed.report) {
        throw new CliUsageError(
          `«${shown}» не является отчётом sferum-compliance (см. ошибки выше). Сохраните отчёт с --format json`,
          `«${shown}» is not a sferum-compliance report (see the errors above). Save one with --format json`,
          parsed.diagnostics,
        );
      }
      await writeReportOutputs(ctx, parsed.report, targets, {
        language: options.lang ?? parsed.report.language,
        quiet: Boolean(options.quiet),
        act: {
          ...(options.auditor !== undefined ? { auditor: options.auditor } : {}),
          ...(options.position !== undefined ? { position: options.position } : {}),
        },
      });
      ctx.exitCode = EXIT_OK;
    });
}
