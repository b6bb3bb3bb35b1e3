import type { Command } from 'commander';
import { auditFiles, FORMAT_NAMES, hasErrors, formatReport, type FormatName, type Report } from '../../node.js';
import type { CliContext } from '../context.js';
import { CliUsageError, EXIT_FINDINGS, EXIT_OK } from '../exit-codes.js';
import { colorEnabled } from '../io.js';
import {
  collect,
  parseAsOf,
  parseEngine,
  parseFailOn,
  parseFormat,
  parseLanguage,
  reachesThreshold,
  type FailOn,
} from '../options.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { createProgress } from '../progress.js';
import { writeOutput } from '../write-output.js';

interface AuditCliOptions {
  people?: string;
  channels?: string;
  format: FormatName;
  output?: string;
  failOn?: FailOn;
  asOf?: string;
  lang?: 'ru' | 'en';
  config?: string;
  waivers?: string;
  ignoreWaivers?: boolean;
  rules?: string[];
  registry?: string;
  engine: 'compiled' | 'reference';
  timestamp?: boolean;
  quiet?: boolean;
  root?: string;
}

/** Number of unwaived findings that reach the threshold; drives the exit code. */
export function countFailing(report: Report, failOn: FailOn): number {
  return report.findings.filter((f) => !f.waived && reachesThreshold(f.severity, failOn)).length;
}

export function registerAudit(program: Command, ctx: CliContext): void {
  program
    .command('audit')
    .description('проверить школу по всем пунктам Порядка / audit a school against every clause')
    .argument('<school>', 'файл школы school.yaml или school.json / the school file')
    .option('--people <file>', 'CSV со списком людей вместо указанного в файле школы / roster CSV override')
    .option('--channels <file>', 'CSV с перечнем каналов вместо указанного в файле школы / channel inventory CSV override')
    .option('-f, --format <format>', `формат отчёта / report format: ${FORMAT_NAMES.join('|')}`, parseFormat(FORMAT_NAMES), 'text')
    .option('-o, --output <file>', 'записать отчёт в файл / write the report to a file')
    .option('--fail-on <severity>', 'порог для кода выхода 1 (по умолчанию high) / exit 1 threshold (default high): critical|high|medium|low|info|none', parseFailOn)
    .option('--as-of <date>', 'дата проверки ГГГГ-ММ-ДД (по умолчанию сегодня) / as-of date (default today)', parseAsOf)
    .option('--lang <lang>', 'язык отчёта (по умолчанию ru) / report language (default ru): ru|en', parseLanguage)
    .option('-c, --config <file>', 'файл настроек sferum-compliance.config.yaml / config file')
    .option('--waivers <file>', 'файл исключений waivers.yaml / waivers file')
    .option('--ignore-waivers', 'не применять исключения (показать исходное состояние) / ignore all waivers')
    .option('--rules <dir>', 'каталог с дополнительными правилами (можно повторять) / extra rule pack directory (repeatable)', collect)
    .option('--registry <file>', 'дополнение реестра мессенджеров (регион, школа) / messenger registry overlay')
    .option('--engine <engine>', 'движок правил / rule engine: compiled|reference', parseEngine, 'compiled')
    .option('--root <dir>', 'папка, внутри которой должны лежать файлы, названные в файле школы (по умолчанию папка файла школы) / the folder files named by the school file must stay inside (default: the school file\'s folder)')
    .option('--timestamp', 'записать время формирования в отчёт (иначе отчёт побайтно воспроизводим) / record generation time')
    .option('-q, --quiet', 'не печатать отчёт и ход работы в терминал / print no report or progress to the terminal')
    .addHelpText(
      'after',
      `
Примеры / examples:
  $ sferum-compliance audit school.yaml
  $ sferum-compliance audit school.yaml --format html --output акт.html
  $ sferum-compliance audit school.yaml --format csv --output нарушения.csv --fail-on critical
  $ sferum-compliance audit school.yaml --as-of 2025-03-01 --format json --waivers waivers.yaml
  $ sferum-compliance audit school.yaml --people people.csv --channels channels.csv`,
    )
    .action(async (school: string, options: AuditCliOptions) => {
      const { io } = ctx;
      const progress = createProgress(io, !options.quiet, options.lang === 'en' ? 'Auditing' : 'Проверка');
      // Paths go on as the user wrote them, so reports and errors name files the way the user does.
      const result = await auditFiles(school, {
        peoplePath: options.people,
        channelsPath: options.channels,
        ...(options.root !== undefined ? { root: options.root } : {}),
        configPath: options.config,
        waiversPath: options.waivers,
        rulesDirs: options.rules ?? [],
        registryPath: options.registry,
        ignoreWaivers: Boolean(options.ignoreWaivers),
        asOf: options.asOf,
        language: options.lang,
        engine: options.engine,
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
      const text = formatReport(result.report, options.format, {
        language,
        color: colorEnabled(io, Boolean(options.output)),
      });
      await writeOutput(ctx, text, options.output, Boolean(options.quiet));
      ctx.exitCode = countFailing(result.report, failOn) > 0 ? EXIT_FINDINGS : EXIT_OK;
    });
}
