import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { stableStringify } from '../../model/stable-json.js';
import { RegionAggregator } from '../../region/region-aggregator.js';
import {
  SHARD_FORMAT,
  SHARD_FORMAT_VERSION,
  type ShardHeader,
  type ShardLine,
  type ShardSchoolLine,
} from '../../region/region-shard-format.js';
import type { SchoolResult } from '../../region/types.js';
import type { Language } from '../../model/vocabulary.js';
import type { CliContext } from '../context.js';
import { CliUsageError, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from '../exit-codes.js';
import { parseFailOn, parseLanguage, type FailOn } from '../options.js';
import type { FormatSpec } from '../report-outputs.js';
import {
  collectRegionFormat,
  RegionOutputWriter,
  regionOutputs,
  REGION_FORMATS,
  reportFailedSchools,
  type RegionFormat,
} from '../region-output.js';
import { failing } from './region.js';

interface MergeCliOptions {
  format?: FormatSpec<RegionFormat>[];
  output?: string;
  failOn?: FailOn;
  failOnUndetermined?: boolean;
  lang?: Language;
  quiet?: boolean;
}

function bad(file: string, ru: string, en: string): CliUsageError {
  return new CliUsageError(`${file}: ${ru}`, `${file}: ${en}`);
}

/** The lines of a file. node:readline is imported here: only `merge` reads lines (it cost every run ~1 ms). */
async function* lines(path: string): AsyncGenerator<string> {
  const { createInterface } = await import('node:readline');
  yield* createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
}

function parseLine(file: string, text: string, n: number): ShardLine {
  try {
    const value = JSON.parse(text) as ShardLine;
    if (value && typeof value === 'object' && typeof value.type === 'string') return value;
  } catch {
    // Reported below.
  }
  throw bad(file, `строка ${n} — не строка файла части (shard)`, `line ${n} is not a shard line`);
}

interface OpenShard {
  file: string;
  header: ShardHeader;
  next: () => Promise<ShardSchoolLine | undefined>;
}

/** First pass: the file is a complete shard (a header, school lines, an `end` line that counts them). */
async function checkShard(file: string, path: string): Promise<ShardHeader> {
  let header: ShardHeader | undefined;
  let schools = 0;
  let last: ShardLine | undefined;
  let n = 0;
  let previous = -1;
  for await (const text of lines(path)) {
    n += 1;
    if (text === '') continue;
    if (last?.type === 'end') throw bad(file, 'строки после строки end', 'lines after the end line');
    if (n === 1) {
      const h = parseLine(file, text, n);
      if (h.type !== 'shard' || (h as ShardHeader).format !== SHARD_FORMAT)
        throw bad(
          file,
          'это не файл части региона (region --shard)',
          'not a region shard file (region --shard)',
        );
      if ((h as ShardHeader).version !== SHARD_FORMAT_VERSION)
        throw bad(
          file,
          `версия формата ${(h as ShardHeader).version} не поддерживается`,
          `format version ${(h as ShardHeader).version} is not supported`,
        );
      header = h as ShardHeader;
      last = h;
      continue;
    }
    // Schools are only counted and ordered here; their JSON is parsed once, in the merge.
    if (text.startsWith('{"position":') || text.includes('"type":"school"')) {
      const m = /^\{"position":(\d+),/.exec(text);
      const position = m ? Number(m[1]) : NaN;
      if (!(position > previous))
        throw bad(file, `строка ${n}: школы не по порядку`, `line ${n}: schools out of order`);
      previous = position;
      schools += 1;
      last = { type: 'school' } as ShardLine;
      continue;
    }
    last = parseLine(file, text, n);
    if (last.type !== 'end') throw bad(file, `строка ${n}: неизвестный тип`, `line ${n}: unknown line type`);
    if (last.schools !== schools)
      throw bad(
        file,
        `в файле ${schools} школ, а в строке end — ${last.schools}`,
        `${schools} schools in the file, ${last.schools} in its end line`,
      );
  }
  if (!header) throw bad(file, 'файл пуст', 'the file is empty');
  if (last?.type !== 'end')
    throw bad(
      file,
      'файл оборван: нет строки end (часть не дописана?)',
      'the file is cut off: no end line (was the shard finished?)',
    );
  return header;
}

async function openShard(file: string, path: string, header: ShardHeader): Promise<OpenShard> {
  const it = lines(path);
  await it.next(); // the header, checked already
  return {
    file,
    header,
    next: async () => {
      for (;;) {
        const r = await it.next();
        if (r.done) return undefined;
        if (r.value === '') continue;
        const line = parseLine(file, r.value, 0);
        if (line.type === 'end') return undefined;
        if (line.type === 'school') return line;
      }
    },
  };
}

/** What every shard of one run must share. */
function runKey(h: ShardHeader): string {
  return stableStringify(
    {
      count: h.shard.count,
      region: h.region,
      run: h.run,
      worst: h.worst,
      language: h.language,
      failOn: h.failOn,
      failOnUndetermined: h.failOnUndetermined ?? false,
    },
    0,
  );
}

// long-function: commander's option table and help text, then the merge action
export function registerMerge(program: Command, ctx: CliContext): void {
  program
    .command('merge')
    .description(
      'объединить части региона (region --shard K/N) в один результат / combine region shards into one output',
    )
    .argument('<shards...>', 'файлы частей (все N) / the shard files (all N of them)')
    .option(
      '-f, --format <format>',
      `формат (можно повторять; F:ФАЙЛ — в файл, «-» — стандартный вывод; по умолчанию text) / ` +
        `format, repeatable (F:FILE to a file, «-» standard output; default text): ${REGION_FORMATS.join('|')}`,
      collectRegionFormat,
    )
    .option(
      '-o, --output <file>',
      'записать результат единственного --format в файл; «-» — стандартный вывод / write a single --format to a file; «-» is standard output',
    )
    .option(
      '--fail-on <severity>',
      'порог для кода выхода 1 (по умолчанию — как в частях) / exit 1 threshold (default: as in the shards)',
      parseFailOn,
    )
    .option(
      '--fail-on-undetermined',
      'код выхода 1 и при пунктах «недостаточно данных» (по умолчанию — как в частях) / also exit 1 on undetermined clauses (default: as in the shards)',
    )
    .option(
      '--lang <lang>',
      'язык (по умолчанию — как в частях) / language (default: as in the shards): ru|en',
      parseLanguage,
    )
    .option('-q, --quiet', 'не печатать результат в терминал / print no result to the terminal')
    .addHelpText(
      'after',
      `
Печатает ровно то, что напечатал бы один запуск region на всём регионе с тем же форматом.
Несколько форматов за одно чтение частей: повторите --format с файлом (F:ФАЙЛ), как у region.
Prints exactly what one region run over the whole region would print in that format.
Several formats from one read of the shards: repeat --format with a file (F:FILE), as region does.

Примеры / examples:
  $ sferum-compliance region schools/ --shard 1/2 --output part-1.ndjson
  $ sferum-compliance region schools/ --shard 2/2 --output part-2.ndjson
  $ sferum-compliance merge part-1.ndjson part-2.ndjson --format csv --output школы.csv
  $ sferum-compliance merge part-1.ndjson part-2.ndjson -f text -f json:region.json -f xlsx:регион.xlsx`,
    )
    .action(
      // long-function: check the shard set, then write through the same writer as region, in the order one run would
      async (files: string[], options: MergeCliOptions) => {
        const { io } = ctx;
        // Checked before the shards are read: a wrong pairing should not cost a merge.
        const outputs = regionOutputs(options.format, options.output, io.cwd, 'text');
        const paths = files.map((f) => resolve(io.cwd, f));
        const headers: ShardHeader[] = [];
        for (const [i, file] of files.entries()) {
          try {
            headers.push(await checkShard(file, paths[i]!));
          } catch (error) {
            if (error instanceof CliUsageError) throw error;
            const text = error instanceof Error ? error.message : String(error);
            throw bad(file, `не читается: ${text}`, `cannot be read: ${text}`);
          }
        }
        const first = headers[0]!;
        const key = runKey(first);
        headers.forEach((h, i) => {
          if (runKey(h) !== key) {
            throw bad(
              files[i]!,
              `часть другого запуска, чем ${files[0]} (другие школы, настройки, дата или версия)`,
              `a shard of another run than ${files[0]} (other schools, settings, date or version)`,
            );
          }
        });
        const count = first.shard.count;
        const seen = new Map<number, string>();
        headers.forEach((h, i) => {
          const dup = seen.get(h.shard.index);
          if (dup !== undefined)
            throw bad(
              files[i]!,
              `часть ${h.shard.index}/${count} уже дана файлом ${dup}`,
              `shard ${h.shard.index}/${count} is given twice (also ${dup})`,
            );
          seen.set(h.shard.index, files[i]!);
        });
        const missing = Array.from({ length: count }, (_, i) => i + 1).filter((k) => !seen.has(k));
        if (missing.length > 0) {
          throw new CliUsageError(
            `не хватает частей: ${missing.map((k) => `${k}/${count}`).join(', ')}`,
            `shards missing: ${missing.map((k) => `${k}/${count}`).join(', ')}`,
          );
        }

        const language: Language = options.lang ?? first.language;
        const failOn = (options.failOn ?? first.failOn) as FailOn;
        const failOnUndetermined = options.failOnUndetermined ?? first.failOnUndetermined ?? false;
        const quiet = Boolean(options.quiet);
        const writer = await RegionOutputWriter.open(ctx, outputs, {
          language,
          quiet,
          shard: {
            shard: { index: 1, count: 1 },
            region: first.region,
            run: first.run,
            worst: first.worst,
            language,
            failOn,
            failOnUndetermined,
          },
        });
        const aggregator = new RegionAggregator(first.run, { worst: first.worst });
        const failed: SchoolResult[] = [];
        let failingSchools = 0;
        let total = 0;
        let complete = false;
        try {
          const shards = await Promise.all(files.map((f, i) => openShard(f, paths[i]!, headers[i]!)));
          const heads = await Promise.all(shards.map((s) => s.next()));
          await writer.start();
          // k-way merge by position: the schools come out in the order one run lists them.
          for (;;) {
            let best = -1;
            for (let i = 0; i < heads.length; i++)
              if (heads[i] && (best < 0 || heads[i]!.position < heads[best]!.position)) best = i;
            if (best < 0) break;
            const line = heads[best]!;
            heads[best] = await shards[best]!.next();
            const result = line.result;
            total += 1;
            aggregator.add(result);
            if (result.status === 'failed') failed.push(result);
            if (failing(result, failOn, failOnUndetermined) > 0) failingSchools += 1;
            await writer.school(result, line.position);
          }
          await writer.end(aggregator.result());
          await writer.commit();
          complete = true;
        } finally {
          if (!complete) await writer.discard();
        }
        if (total !== first.region.schools) {
          io.stderr(
            language === 'ru'
              ? `sferum-compliance: в частях ${total} школ, а в регионе ${first.region.schools}\n`
              : `sferum-compliance: the shards hold ${total} schools, the region ${first.region.schools}\n`,
          );
          ctx.exitCode = EXIT_USAGE;
          return;
        }
        const summary = aggregator.result();
        if (!quiet) reportFailedSchools(ctx, failed, summary.schools.total, language);
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
      },
    );
}
