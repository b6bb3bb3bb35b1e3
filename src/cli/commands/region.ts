import { open, type FileHandle } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { SEVERITIES } from '../../catalog/types.js';
import { formatDiagnostic } from '../../diagnostics/format-diagnostic.js';
import { auditRegionFiles } from '../../node/audit-region.js';
import {
  formatRegionCsvHeader,
  formatRegionText,
  formatSchoolCsvRow,
  formatSchoolLine,
  formatSummaryLine,
  RegionJsonWriter,
  type SchoolResult,
} from '../../region/index.js';
import type { Language } from '../../report/types.js';
import type { CliContext } from '../context.js';
import { CliUsageError, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from '../exit-codes.js';
import { collect, parseAsOf, parseEngine, parseFailOn, parseFormat, parseLanguage, reachesThreshold, type FailOn } from '../options.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { cannotWrite } from '../write-output.js';
import { createProgress } from '../progress.js';

export const REGION_FORMATS = ['text', 'ndjson', 'json', 'csv'] as const;
type RegionFormat = (typeof REGION_FORMATS)[number];

interface RegionCliOptions {
  format: RegionFormat;
  output?: string;
  failOn?: FailOn;
  asOf?: string;
  lang?: Language;
  config?: string;
  rules?: string[];
  registry?: string;
  engine: 'compiled' | 'reference';
  includeFindings?: boolean;
  worst?: number;
  concurrency?: number;
  quiet?: boolean;
  root?: string;
  ignoreWaivers?: boolean;
  /** `--no-school-waivers` sets it false. */
  schoolWaivers: boolean;
  schoolConfig?: boolean;
}

function positiveInt(min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (/^\d+$/.test(value) && Number.isSafeInteger(n) && n >= min) return n;
    throw new InvalidArgumentError(`ожидается целое число не меньше ${min} / expected an integer ≥ ${min} (получено / got «${value}»)`);
  };
}

/** Where the command writes: stdout, a file (streamed), or nowhere under --quiet. */
async function openSink(ctx: CliContext, output: string | undefined, quiet: boolean) {
  if (!output) {
    // `region … --format ndjson | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
    const state = { closed: false };
    const onError = (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') state.closed = true;
    };
    process.stdout.on('error', onError);
    return {
      get closed() {
        return state.closed;
      },
      write: async (text: string) => void (quiet || state.closed ? undefined : ctx.io.stdout(text)),
      close: async () => void process.stdout.off('error', onError),
    };
  }
  let handle: FileHandle;
  try {
    handle = await open(resolve(ctx.io.cwd, output), 'w');
  } catch (error) {
    throw cannotWrite(output, error);
  }
  return {
    closed: false,
    write: async (text: string) => void (await handle.write(text)),
    close: async () => handle.close(),
  };
}

/** Unwaived findings at or above the threshold in one school. */
function failing(result: SchoolResult, failOn: FailOn): number {
  const s = result.summary;
  if (!s) return 0;
  return SEVERITIES.filter((sev) => reachesThreshold(sev, failOn)).reduce((n, sev) => n + s.findings.bySeverity[sev], 0);
}

export function registerRegion(program: Command, ctx: CliContext): void {
  program
    .command('region')
    .description('проверить все школы региона и свести результаты / audit every school of a region and aggregate')
    .argument('<paths...>', 'папка региона (в ней папки школ с school.yaml) или файлы школ / region folder or school files')
    .option('-f, --format <format>', `формат / format: ${REGION_FORMATS.join('|')}`, parseFormat(REGION_FORMATS), 'text')
    .option('-o, --output <file>', 'записать результат в файл / write to a file')
    .option('--fail-on <severity>', 'порог для кода выхода 1 (по умолчанию high) / exit 1 threshold (default high): critical|high|medium|low|info|none', parseFailOn)
    .option('--as-of <date>', 'дата проверки ГГГГ-ММ-ДД (по умолчанию сегодня) / as-of date (default today)', parseAsOf)
    .option('--lang <lang>', 'язык (по умолчанию ru) / language (default ru): ru|en', parseLanguage)
    .option('-c, --config <file>', 'региональный файл настроек, общий для всех школ / regional config file for every school')
    .option('--rules <dir>', 'каталог с дополнительными правилами (можно повторять) / extra rule pack directory (repeatable)', collect)
    .option('--registry <file>', 'дополнение реестра мессенджеров / messenger registry overlay')
    .option('--ignore-waivers', 'не применять исключения школ (файлы читаются и проверяются) / apply no waivers (files are still read and checked)')
    .option('--no-school-waivers', 'не читать waivers.yaml школ / do not read the schools\' waivers files')
    .option('--school-config', 'учитывать файл настроек школы под региональным (региональные ключи главнее) / merge each school\'s config under the region\'s (region keys win)')
    .option('--root <dir>', 'папка, внутри которой должны лежать файлы, названные в файле школы (по умолчанию папка файла школы) / the folder files named by the school file must stay inside (default: the school file\'s folder)')
    .option('--engine <engine>', 'движок правил / rule engine: compiled|reference', parseEngine, 'compiled')
    .option('--include-findings', 'включить нарушения каждой школы (ndjson, json) / include every school\'s findings (ndjson, json)')
    .option('--worst <n>', 'сколько худших школ показать (по умолчанию 10) / how many worst schools to list (default 10)', positiveInt(0))
    .option('--concurrency <n>', 'сколько школ читать заранее (по умолчанию 4) / schools read ahead (default 4)', positiveInt(1))
    .option('-q, --quiet', 'не печатать результат и ход работы в терминал / print no result or progress to the terminal')
    .addHelpText(
      'after',
      `
Папка региона: каждая подпапка с файлом school.yaml (school.yml, school.json) — одна школа;
вложенные папки (например, по муниципалитетам) просматриваются. Школа с ошибками во входных
данных не останавливает проверку: она попадает в результат со статусом «не проверена».
A region folder: every subfolder holding school.yaml (.yml, .json) is a school.

Исключения: waivers.yaml (waivers.yml, waivers.json) рядом с файлом школы применяется к этой школе,
как audit --waivers; ошибка в нём — школа «не проверена». Настройки школы
(sferum-compliance.config.yaml рядом с ней) по умолчанию НЕ применяются: действует региональная
конфигурация; --school-config подмешивает их под региональную.
Waivers next to each school apply to it; school configs apply only with --school-config.

Форматы / formats:
  text    таблица школ и сводка по региону / a table of schools and the aggregate
  ndjson  строка JSON на школу по мере проверки, затем {"type":"summary",…} / a line per school, then the summary
  json    один документ {"schools":[…],"summary":{…}} / one document
  csv     строка на школу (UTF-8 с BOM, «;») / a row per school

Коды выхода / exit codes: 0 — нарушений на уровне --fail-on нет; 1 — есть (хотя бы в одной школе);
  2 — ошибка использования или ни одну школу не удалось проверить.

Примеры / examples:
  $ sferum-compliance region schools/
  $ sferum-compliance region schools/ --format ndjson --as-of 2026-11-30 > region.ndjson
  $ sferum-compliance region schools/ --format csv --output школы.csv --fail-on critical
  $ sferum-compliance region schools/ --format json --include-findings --output region.json
  $ sferum-compliance region schools/ --config region.config.yaml --worst 20
  $ sferum-compliance region school-1/school.yaml school-2/school.yaml`,
    )
    .action(async (paths: string[], options: RegionCliOptions) => {
      const { io } = ctx;
      const quiet = Boolean(options.quiet);
      const progress = createProgress(io, !quiet, options.lang === 'en' ? 'Auditing schools' : 'Проверка школ');
      const run = await auditRegionFiles(paths, {
        ...(options.config !== undefined ? { configPath: options.config } : {}),
        ...(options.registry !== undefined ? { registryPath: options.registry } : {}),
        rulesDirs: options.rules ?? [],
        ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
        ...(options.lang !== undefined ? { language: options.lang } : {}),
        engine: options.engine,
        includeFindings: Boolean(options.includeFindings),
        ...(options.worst !== undefined ? { worst: options.worst } : {}),
        ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
        ignoreWaivers: Boolean(options.ignoreWaivers),
        noSchoolWaivers: options.schoolWaivers === false,
        schoolConfig: Boolean(options.schoolConfig),
        ...(options.root !== undefined ? { root: options.root } : {}),
        onProgress: (done, total) => progress.update(done, total ?? done),
      });
      const language: Language = options.lang ?? run.config?.language ?? 'ru';
      if (!run.results) {
        throw new CliUsageError(
          'региональная проверка не выполнена: исправьте ошибки в настройках, правилах или путях',
          'region not audited: fix the config, rule pack or path errors above',
          run.diagnostics,
        );
      }
      if (run.files.length === 0) {
        throw new CliUsageError(
          `школы не найдены: в «${paths.join('», «')}» нет папок с файлом school.yaml, school.yml или school.json`,
          `no schools found: no folder under «${paths.join('», «')}» holds school.yaml, school.yml or school.json`,
        );
      }
      if (!quiet) {
        const warnings = run.diagnostics.filter((d) => d.severity === 'warning');
        if (warnings.length > 0) printDiagnostics(io, warnings, language);
      }
      const failOn: FailOn = options.failOn ?? run.config?.failOn ?? 'high';

      const sink = await openSink(ctx, options.output, quiet);
      const json = new RegionJsonWriter();
      const kept: SchoolResult[] = [];
      const failed: SchoolResult[] = [];
      let failingSchools = 0;
      let summary;
      try {
        if (options.format === 'json') await sink.write(json.start());
        if (options.format === 'csv') await sink.write(formatRegionCsvHeader({ language }));
        for (;;) {
          if (sink.closed) {
            // Nobody reads any more: end the run without auditing the rest.
            await run.results.return(undefined as never);
            ctx.exitCode = failingSchools > 0 ? EXIT_FINDINGS : EXIT_OK;
            return;
          }
          const next = await run.results.next();
          if (next.done) {
            summary = next.value;
            break;
          }
          const result = next.value;
          if (result.status === 'failed') failed.push(result);
          if (failing(result, failOn) > 0) failingSchools += 1;
          if (options.format === 'ndjson') await sink.write(formatSchoolLine(result));
          else if (options.format === 'json') await sink.write(json.school(result));
          else if (options.format === 'csv') await sink.write(formatSchoolCsvRow(result, { language }));
          else {
            // The text table shows counts only: findings are not kept for it.
            const { findings: _findings, ...counts } = result;
            kept.push(counts);
          }
        }
        progress.done();
        if (options.format === 'ndjson') await sink.write(formatSummaryLine(summary));
        else if (options.format === 'json') await sink.write(json.end(summary));
        else if (options.format === 'text') await sink.write(formatRegionText(kept, summary, { language }));
      } finally {
        progress.done();
        await sink.close();
      }

      if (!quiet && failed.length > 0) {
        io.stderr(
          language === 'ru'
            ? `Не удалось проверить школ: ${failed.length} из ${summary.schools.total}\n`
            : `Schools that could not be audited: ${failed.length} of ${summary.schools.total}\n`,
        );
        for (const r of failed) {
          const first = r.diagnostics.find((d) => d.severity === 'error') ?? r.diagnostics[0];
          io.stderr(first ? `${formatDiagnostic(first, language)}\n` : `${r.source ?? r.id}\n`);
        }
      }
      if (summary.schools.audited === 0) {
        io.stderr(
          language === 'ru'
            ? 'sferum-compliance: ни одну школу не удалось проверить: исправьте ошибки во входных данных\n'
            : 'sferum-compliance: no school could be audited: fix the input errors above\n',
        );
        ctx.exitCode = EXIT_USAGE;
        return;
      }
      ctx.exitCode = failingSchools > 0 ? EXIT_FINDINGS : EXIT_OK;
    });
}
