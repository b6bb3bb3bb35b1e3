import { availableParallelism } from 'node:os';
import { InvalidArgumentError, type Command } from 'commander';
import { type Language, SEVERITIES } from '../../model/vocabulary.js';
import { DEFAULT_WORST } from '../../region/region-aggregator.js';
import { auditRegionFiles, type AuditRegionFilesOptions } from '../../node/audit-region.js';
import { parseShard, type RegionShard } from '../../node/region-shard.js';
import type { RegionSummary, SchoolResult } from '../../region/index.js';
import type { CliContext } from '../context.js';
import { CliUsageError, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from '../exit-codes.js';
import {
  collect,
  parseAsOf,
  parseEngine,
  parseFailOn,
  parseLanguage,
  reachesThreshold,
  type FailOn,
} from '../options.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { createProgress } from '../progress.js';
import { EXIT_INTERRUPTED, EXIT_STDOUT_CLOSED, watchInterrupt } from '../interrupt.js';
import type { FormatSpec } from '../report-outputs.js';
import {
  collectRegionFormat,
  RegionOutputWriter,
  regionOutputs,
  REGION_FORMATS,
  reportFailedSchools,
  reportInterrupted,
  type RegionFormat,
} from '../region-output.js';

export { REGION_FORMATS };

interface RegionCliOptions {
  format?: FormatSpec<RegionFormat>[];
  output?: string;
  failOn?: FailOn;
  failOnUndetermined?: boolean;
  asOf?: string;
  lang?: Language;
  config?: string;
  rules?: string[];
  rule?: string[];
  skipRule?: string[];
  registry?: string;
  engine: 'compiled' | 'reference';
  includeFindings?: boolean;
  worst?: number;
  concurrency?: number;
  jobs?: number;
  shard?: RegionShard;
  quiet?: boolean;
  root?: string;
  ignoreWaivers?: boolean;
  /** `--no-school-waivers` sets it false. */
  schoolWaivers: boolean;
  schoolConfig?: boolean;
}

export function positiveInt(min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (/^\d+$/.test(value) && Number.isSafeInteger(n) && n >= min) return n;
    throw new InvalidArgumentError(
      `ожидается целое число не меньше ${min} / expected an integer ≥ ${min} (получено / got «${value}»)`,
    );
  };
}

function shardOption(value: string): RegionShard {
  const shard = parseShard(value);
  if (shard) return shard;
  throw new InvalidArgumentError(
    `ожидается K/N, 1 ≤ K ≤ N, например 2/8 / expected K/N with 1 ≤ K ≤ N, e.g. 2/8 (получено / got «${value}»)`,
  );
}

/** The options of `auditRegionFiles` the command line sets. */
function regionFilesOptions(options: RegionCliOptions): AuditRegionFilesOptions {
  return {
    ...(options.config !== undefined ? { configPath: options.config } : {}),
    ...(options.registry !== undefined ? { registryPath: options.registry } : {}),
    rulesDirs: options.rules ?? [],
    ...(options.rule !== undefined ? { onlyRules: options.rule } : {}),
    ...(options.skipRule !== undefined ? { skipRules: options.skipRule } : {}),
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
    ...(options.lang !== undefined ? { language: options.lang } : {}),
    engine: options.engine,
    includeFindings: Boolean(options.includeFindings),
    ...(options.worst !== undefined ? { worst: options.worst } : {}),
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
    jobs: options.jobs ?? availableParallelism(),
    ...(options.shard ? { shard: options.shard } : {}),
    ignoreWaivers: Boolean(options.ignoreWaivers),
    noSchoolWaivers: options.schoolWaivers === false,
    schoolConfig: Boolean(options.schoolConfig),
    ...(options.root !== undefined ? { root: options.root } : {}),
  };
}

/**
 * What makes one school fail the run, counted as `audit` counts it for the school's exit code
 * (`countFailing`): unwaived findings at or above the threshold, plus — with `failOnUndetermined`
 * — the clauses the data could not decide.
 */
export function failing(result: SchoolResult, failOn: FailOn, failOnUndetermined = false): number {
  const s = result.summary;
  if (!s) return 0;
  const findings = SEVERITIES.filter((sev) => reachesThreshold(sev, failOn)).reduce(
    (n, sev) => n + s.findings.bySeverity[sev],
    0,
  );
  return findings + (failOnUndetermined ? (s.clauses.undetermined ?? 0) : 0);
}

// long-function: commander's option table (declarations, not logic) and a short action over helpers
export function registerRegion(program: Command, ctx: CliContext): void {
  program
    .command('region')
    .description(
      'проверить все школы региона и свести результаты / audit every school of a region and aggregate',
    )
    .argument(
      '<paths...>',
      'папка региона (в ней папки школ с school.yaml) или файлы школ / region folder or school files',
    )
    .option(
      '-f, --format <format>',
      `формат (можно повторять; F:ФАЙЛ — в файл, «-» — стандартный вывод; по умолчанию text, с --shard — shard) / ` +
        `format, repeatable (F:FILE to a file, «-» standard output; default text, with --shard shard): ${REGION_FORMATS.join('|')}`,
      collectRegionFormat,
    )
    .option(
      '-o, --output <file>',
      'записать результат единственного --format в файл; «-» — стандартный вывод / write a single --format to a file; «-» is standard output',
    )
    .option(
      '--fail-on <severity>',
      'порог для кода выхода 1 (по умолчанию high) / exit 1 threshold (default high): critical|high|medium|low|info|none',
      parseFailOn,
    )
    .option(
      '--fail-on-undetermined',
      'код выхода 1 и при пунктах «недостаточно данных» (как audit) / also exit 1 on undetermined clauses (as audit)',
    )
    .option(
      '--as-of <date>',
      'дата проверки ГГГГ-ММ-ДД (по умолчанию сегодня) / as-of date (default today)',
      parseAsOf,
    )
    .option('--lang <lang>', 'язык (по умолчанию ru) / language (default ru): ru|en', parseLanguage)
    .option(
      '-c, --config <file>',
      'региональный файл настроек, общий для всех школ / regional config file for every school',
    )
    .option(
      '--rules <dir>',
      'каталог с дополнительными правилами (можно повторять) / extra rule pack directory (repeatable)',
      collect,
    )
    .option(
      '--rule <id>',
      'проверять только это правило во всех школах (можно повторять) / run only this rule in every school (repeatable)',
      collect,
    )
    .option(
      '--skip-rule <id>',
      'не проверять это правило (можно повторять) / skip this rule (repeatable)',
      collect,
    )
    .option('--registry <file>', 'дополнение реестра мессенджеров / messenger registry overlay')
    .option(
      '--ignore-waivers',
      'не применять исключения школ (файлы читаются и проверяются) / apply no waivers (files are still read and checked)',
    )
    .option('--no-school-waivers', "не читать waivers.yaml школ / do not read the schools' waivers files")
    .option(
      '--school-config',
      "учитывать файл настроек школы под региональным (региональные ключи главнее) / merge each school's config under the region's (region keys win)",
    )
    .option(
      '--root <dir>',
      "папка, внутри которой должны лежать файлы, названные в файле школы (по умолчанию папка файла школы) / the folder files named by the school file must stay inside (default: the school file's folder)",
    )
    .option('--engine <engine>', 'движок правил / rule engine: compiled|reference', parseEngine, 'compiled')
    .option(
      '--include-findings',
      "включить нарушения каждой школы (ndjson, json) / include every school's findings (ndjson, json)",
    )
    .option(
      '--worst <n>',
      'сколько худших школ показать (по умолчанию 10) / how many worst schools to list (default 10)',
      positiveInt(0),
    )
    .option(
      '--concurrency <n>',
      'сколько школ читать заранее (по умолчанию 4) / schools read ahead (default 4)',
      positiveInt(1),
    )
    .option(
      '-j, --jobs <n>',
      'потоков проверки (по умолчанию — число ядер; 1 — в одном потоке) / worker threads (default: the number of cores; 1: in one thread)',
      positiveInt(1),
    )
    .option(
      '--shard <K/N>',
      'проверить только K-ю из N частей региона (для нескольких машин; объединение — merge) / audit only shard K of N (several machines; combine with merge)',
      shardOption,
    )
    .option(
      '-q, --quiet',
      'не печатать результат и ход работы в терминал / print no result or progress to the terminal',
    )
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
  text         таблица школ и сводка по региону / a table of schools and the aggregate
  ndjson       строка JSON на школу по мере проверки, затем {"type":"summary",…} / a line per school, then the summary
  json         один документ {"schools":[…],"summary":{…}} / one document
  csv          строка на школу (UTF-8 с BOM, «;») / a row per school
  openmetrics  показатели для Prometheus/Grafana / gauges for Prometheus/Grafana
  html         обзор для руководителя (один файл, графики) / a self-contained overview with charts
  xlsx         книга Excel, лист на каждый разрез (только в файл) / an Excel workbook (to a file only)
  shard        часть региона для merge (NDJSON, см. docs/scaling.md) / a shard for merge

Несколько выводов за одну проверку: повторите --format, указав файл через двоеточие (F:ФАЙЛ), как
у audit; «-» вместо файла — стандартный вывод (туда может идти только один формат). Каждый файл
побайтно тот же, что при запуске с одним форматом. Одиночный --format пишется в --output.
Several outputs from one audit: repeat --format with a file after a colon (F:FILE), as audit does;
«-» is standard output (at most one format may go there). Each file is byte for byte what a run
with that one format writes. A single --format is written to --output.

Коды выхода / exit codes: 0 — нарушений на уровне --fail-on нет; 1 — есть (хотя бы в одной школе;
  с --fail-on-undetermined или failOnUndetermined: true в настройках — и пункты «недостаточно данных»);
  2 — ошибка использования или ни одну школу не удалось проверить; 130/143 — прервано сигналом,
  141 — стандартный вывод закрыт раньше конца, когда писались и файлы (оба — файлы остаются <имя>.partial).
  Exit 130/143: interrupted by a signal; 141: standard output closed early while files were written
  (the files are left as <name>.partial in both cases).

Примеры / examples:
  $ sferum-compliance region schools/
  $ sferum-compliance region schools/ --format ndjson --as-of 2026-11-30 > region.ndjson
  $ sferum-compliance region schools/ --format csv --output школы.csv --fail-on critical
  $ sferum-compliance region schools/ --format json --include-findings --output region.json
  $ sferum-compliance region schools/ --config region.config.yaml --worst 20
  $ sferum-compliance region school-1/school.yaml school-2/school.yaml
  $ sferum-compliance region schools/ --format openmetrics --output region.prom
  $ sferum-compliance region schools/ -f json:region.json -f openmetrics:region.prom -f html:обзор.html -f xlsx:регион.xlsx
  $ sferum-compliance region schools/ -f text -f csv:школы.csv
  $ sferum-compliance region schools/ --shard 1/2 --output part-1.ndjson
  $ sferum-compliance region schools/ --shard 2/2 --output part-2.ndjson
  $ sferum-compliance merge part-1.ndjson part-2.ndjson --format html --output region.html`,
    )
    .action(
      // long-function: the streaming loop of a region run (sink, writer, early end on a closed pipe, exit code) kept together so the order of writes is visible
      async (paths: string[], options: RegionCliOptions) => {
        const { io } = ctx;
        const quiet = Boolean(options.quiet);
        // Checked before any school is read: a wrong pairing should not cost a regional audit.
        const outputs = regionOutputs(
          options.format,
          options.output,
          io.cwd,
          options.shard ? 'shard' : 'text',
        );
        const notShard = options.shard ? outputs.find((o) => o.format !== 'shard') : undefined;
        if (notShard) {
          throw new CliUsageError(
            `с --shard результат пишется в формате shard (объединяется командой merge), а не ${notShard.format}`,
            `with --shard the output is the shard format (combined by merge), not ${notShard.format}`,
          );
        }
        const progress = createProgress(
          io,
          !quiet,
          options.lang === 'en' ? 'Auditing schools' : 'Проверка школ',
        );
        const run = await auditRegionFiles(paths, {
          ...regionFilesOptions(options),
          onProgress: (done, total) => progress.update(done, total ?? done),
        });
        const language: Language = options.lang ?? run.config?.language ?? 'ru';
        if (!run.results || !run.info) {
          throw new CliUsageError(
            'региональная проверка не выполнена: исправьте ошибки в настройках, правилах или путях',
            'region not audited: fix the config, rule pack or path errors above',
            run.diagnostics,
          );
        }
        if (run.total === 0) {
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
        const failOnUndetermined = options.failOnUndetermined ?? run.config?.failOnUndetermined ?? false;

        const writer = await RegionOutputWriter.open(ctx, outputs, {
          language,
          quiet,
          shard: {
            shard: options.shard ?? { index: 1, count: 1 },
            region: { schools: run.total, listing: run.listing },
            run: run.info,
            worst: options.worst ?? DEFAULT_WORST,
            language,
            failOn,
            failOnUndetermined,
          },
        });
        const failed: SchoolResult[] = [];
        let failingSchools = 0;
        let summary: RegionSummary;
        let complete = false;
        const interrupt = watchInterrupt();
        try {
          await writer.start();
          let index = 0;
          for (;;) {
            if (writer.stdoutClosed) {
              // The reader of standard output went away while files are written too: the run ends
              // here, and the files, incomplete, are never put under their final names but kept as
              // `.partial` and named, as an interrupted run does (docs/region.md). Without files
              // the bin ends the process at once, as for any command.
              await run.results.return(undefined as never);
              progress.done();
              const kept = await writer.keepPartial();
              complete = true;
              const reason = language === 'ru' ? 'стандартный вывод закрыт' : 'standard output closed';
              reportInterrupted(ctx, reason, index, run.total, kept, language);
              ctx.exitCode = EXIT_STDOUT_CLOSED;
              return;
            }
            const pending = run.results.next();
            const next = await Promise.race([pending, interrupt.signal]);
            if (typeof next === 'string') {
              // Stopped by a signal between two schools: what was written stays, named as partial.
              pending.catch(() => undefined);
              void run.results.return(undefined as never).catch(() => undefined);
              progress.done();
              const kept = await writer.keepPartial();
              complete = true;
              reportInterrupted(ctx, next, index, run.total, kept, language);
              ctx.exitCode = EXIT_INTERRUPTED[next];
              return;
            }
            if (next.done) {
              summary = next.value;
              break;
            }
            const result = next.value;
            if (result.status === 'failed') failed.push(result);
            if (failing(result, failOn, failOnUndetermined) > 0) failingSchools += 1;
            await writer.school(result, run.positions[index++]!);
          }
          // Listening ends here: a signal while the whole-region formats render ends the process
          // the default way, leaving only `<name>.partial`.
          interrupt.dispose();
          progress.done();
          await writer.end(summary);
          await writer.commit();
          complete = true;
        } finally {
          interrupt.dispose();
          progress.done();
          if (!complete) await writer.discard();
        }

        if (!quiet) reportFailedSchools(ctx, failed, summary.schools.total, language);
        // A shard may hold no audited school while others do: only `merge` can tell.
        if (summary.schools.audited === 0 && !options.shard) {
          io.stderr(
            language === 'ru'
              ? 'sferum-compliance: ни одну школу не удалось проверить: исправьте ошибки во входных данных\n'
              : 'sferum-compliance: no school could be audited: fix the input errors above\n',
          );
          ctx.exitCode = EXIT_USAGE;
          return;
        }
        ctx.exitCode = failingSchools > 0 ? EXIT_FINDINGS : EXIT_OK;
      },
    );
}
