import type { Command } from 'commander';
import { auditFiles } from '../../node/audit-files.js';
import { FORMAT_NAMES } from '../../format/types.js';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import type { Report } from '../../report/types.js';
import type { CliContext } from '../context.js';
import { CliUsageError, EXIT_FINDINGS, EXIT_OK } from '../exit-codes.js';
import { parseAsOf, parseFailOn, reachesThreshold, type FailOn } from '../options.js';
import {
  collectFormat,
  formatOptionHelp,
  formatSpecsOrDefault,
  outputTargets,
  writeReportOutputs,
  type FormatSpec,
} from '../report-outputs.js';
import { readStdin, STDIN_NAME, STDIN_PATH } from '../stdin.js';
import { addSetupOptions, printRunSetup, setupFromCli, type SetupCliOptions } from '../setup-options.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { createProgress } from '../progress.js';

interface AuditCliOptions extends SetupCliOptions {
  format?: FormatSpec[];
  output?: string;
  failOn?: FailOn;
  failOnUndetermined?: boolean;
  timestamp?: boolean;
  quiet?: boolean;
  attestations?: string;
  auditor?: string;
  position?: string;
  actDate?: string;
  root?: string;
}

/**
 * Number of unwaived findings that reach the threshold, plus — with `failOnUndetermined` — the
 * clauses the data could not decide; drives the exit code.
 */
function countFailing(report: Report, failOn: FailOn, failOnUndetermined = false): number {
  const findings = report.findings.filter((f) => !f.waived && reachesThreshold(f.severity, failOn)).length;
  return (
    findings + (failOnUndetermined ? report.clauses.filter((c) => c.status === 'undetermined').length : 0)
  );
}

// long-function: commander's option table and help text (declarations), then one short action
export function registerAudit(program: Command, ctx: CliContext): void {
  const command = program
    .command('audit')
    .description('проверить школу по всем пунктам Порядка / audit a school against every clause')
    .argument(
      '<school>',
      'файл школы school.yaml или school.json; «-» — прочитать из стандартного ввода / the school file; «-» reads standard input',
    );
  addSetupOptions(command)
    .option('-f, --format <format>', formatOptionHelp(), collectFormat(FORMAT_NAMES))
    .option(
      '-o, --output <file>',
      'записать отчёт единственного --format в файл; «-» — стандартный вывод / write the report of a single --format to a file; «-» is standard output',
    )
    .option(
      '--fail-on <severity>',
      'порог для кода выхода 1 (по умолчанию high) / exit 1 threshold (default high): critical|high|medium|low|info|none',
      parseFailOn,
    )
    .option(
      '--fail-on-undetermined',
      'код выхода 1 и при пунктах «недостаточно данных» / also exit 1 on undetermined clauses',
    )
    .option(
      '--attestations <file>',
      'файл ответов attestations.yaml вместо ответов в файле школы (см. attest) / attestations file override',
    )
    .option(
      '--auditor <name>',
      'кто проводил проверку — в подписи акта (--format html) / auditor named in the act',
    )
    .option(
      '--position <text>',
      "должность проверяющего — в подписи акта / the auditor's position in the act",
    )
    .option(
      '--act-date <date>',
      "дата акта ГГГГ-ММ-ДД (иначе пустая строка) / the act's date (blank line otherwise)",
      parseAsOf,
    )
    .option(
      '--root <dir>',
      "папка, внутри которой должны лежать файлы, названные в файле школы (по умолчанию папка файла школы) / the folder files named by the school file must stay inside (default: the school file's folder)",
    )
    .option(
      '--timestamp',
      'записать время формирования в отчёт (иначе отчёт побайтно воспроизводим) / record generation time',
    )
    .option(
      '-q, --quiet',
      'не печатать отчёт и ход работы в терминал / print no report or progress to the terminal',
    )
    .addHelpText(
      'after',
      `
Примеры / examples:
  $ sferum-compliance audit school.yaml
  $ sferum-compliance audit school.yaml --format html --output акт.html --auditor "Иванова И. И." --position "заместитель директора"
  $ sferum-compliance audit school.yaml --format csv --output нарушения.csv --fail-on critical
  $ sferum-compliance audit school.yaml --as-of 2025-03-01 --format json --waivers waivers.yaml
  $ sferum-compliance audit school.yaml --people people.csv --channels channels.csv
  $ sferum-compliance audit school.yaml -f text -f sarif:отчёт.sarif -f junit:отчёт.xml
  $ sferum-compliance audit school.yaml --skip-rule SFR-2.3-CLASS-CHAT-OUTSIDERS --format json:-
  $ cat school.yaml | sferum-compliance audit - --people people.csv --channels channels.csv

Несколько выводов за один запуск: повторите --format, указав файл через двоеточие (F:ФАЙЛ);
«-» вместо файла — стандартный вывод (туда может идти только один формат). Одиночный
--format пишется в --output, если он задан. Путь вместо имени формата (./formatter.js) —
свой модуль форматирования (docs/api.md, ReportFormatter).
«-» вместо файла школы читает его из стандартного ввода: у такой школы нет папки, поэтому
файлы, на которые она ссылается, не читаются (задайте их параметрами), а настройки и
исключения рядом с ней не ищутся (задайте --config, --waivers).
Several outputs in one run: repeat --format with a file after a colon (F:FILE); «-» is standard
output (at most one format may go there). A single --format is written to --output when given.
A path instead of a format name (./formatter.js) is a custom formatter module.
«-» as the school file reads it from standard input: it has no folder, so files it names are not
read (give them as options) and no config or waivers are looked for beside it.`,
    )
    .action(async (school: string, options: AuditCliOptions) => {
      const { io } = ctx;
      const specs = formatSpecsOrDefault(options.format);
      if (options.printConfig) {
        const first = specs[0]!.format;
        await printRunSetup(ctx, school, options, 'builtin' in first && first.builtin === 'json');
        ctx.exitCode = EXIT_OK;
        return;
      }
      // Checked before the audit runs: a wrong pairing should not cost a whole audit.
      const targets = outputTargets(specs, options.output, io.cwd);
      const fromStdin = school === STDIN_PATH;
      const schoolText = fromStdin ? { path: STDIN_NAME, bytes: await readStdin(ctx) } : undefined;
      const progress = createProgress(io, !options.quiet, options.lang === 'en' ? 'Auditing' : 'Проверка');
      // Paths go on as the user wrote them, so reports and errors name files the way the user does.
      const result = await auditFiles(fromStdin ? STDIN_NAME : school, {
        ...setupFromCli(options),
        ...(schoolText ? { schoolText } : {}),
        ...(options.attestations !== undefined ? { attestationsPath: options.attestations } : {}),
        ...(options.root !== undefined ? { root: options.root } : {}),
        generatedAt: options.timestamp ? new Date().toISOString() : undefined,
        onProgress: (done, total) => progress.update(done, total),
      });
      progress.done();
      // An error anywhere in the inputs (a waiver without expiry, say) is bad input: exit 2 rather
      // than a report that silently left part of the input out.
      if (!result.report || hasErrors(result.diagnostics)) {
        throw new CliUsageError(
          'проверка не выполнена: исправьте ошибки во входных данных',
          'audit not run: fix the input errors above',
          result.diagnostics,
        );
      }
      const language = result.report.language;
      const failOn: FailOn = options.failOn ?? result.config?.failOn ?? 'high';
      if (!options.quiet) {
        const warnings = result.diagnostics.filter((d) => d.severity === 'warning');
        if (warnings.length > 0) printDiagnostics(io, warnings, language);
      }
      await writeReportOutputs(ctx, result.report, targets, {
        language,
        quiet: Boolean(options.quiet),
        act: {
          auditor: options.auditor ?? result.config?.act?.auditor,
          position: options.position ?? result.config?.act?.position,
          date: options.actDate,
        },
      });
      const failOnUndetermined = options.failOnUndetermined ?? result.config?.failOnUndetermined ?? false;
      ctx.exitCode = countFailing(result.report, failOn, failOnUndetermined) > 0 ? EXIT_FINDINGS : EXIT_OK;
    });
}
