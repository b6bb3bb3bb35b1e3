import { resolve } from 'node:path';
import { formatDiagnostic } from '../diagnostics/format-diagnostic.js';
import { escapeTerminal } from '../diagnostics/escape-terminal.js';
import { regionXlsxFormatter } from '../node/format-region-xlsx.js';
import { type AtomicFile, openAtomicFile, partialPath } from '../node/atomic-file.js';
import {
  formatRegionCsvHeader,
  formatRegionText,
  formatSchoolCsvRow,
  formatSchoolLine,
  formatSummaryLine,
  RegionJsonWriter,
  type RegionSummary,
  type SchoolResult,
} from '../region/index.js';
import { regionHtmlFormatter } from '../region/format-region-html.js';
import { regionOpenMetricsFormatter } from '../region/format-region-openmetrics.js';
import type { RegionFormatter } from '../region/region-formatter.js';
import {
  formatShardEnd,
  formatShardHeader,
  formatShardSchool,
  type ShardHeader,
} from '../region/region-shard-format.js';
import type { Language } from '../model/vocabulary.js';
import type { CliContext } from './context.js';
import { CliUsageError } from './exit-codes.js';
import { cannotWrite } from './write-output.js';

export const REGION_FORMATS = [
  'text',
  'ndjson',
  'json',
  'csv',
  'openmetrics',
  'html',
  'xlsx',
  'shard',
] as const;
export type RegionFormat = (typeof REGION_FORMATS)[number];

/** Outputs rendered once, at the end, from the summary and the schools' counts. */
const WHOLE_REGION: Partial<Record<RegionFormat, RegionFormatter>> = {
  text: (summary, schools, options) => formatRegionText(schools, summary, options),
  openmetrics: regionOpenMetricsFormatter,
  html: regionHtmlFormatter,
  xlsx: regionXlsxFormatter,
};

/** Formats that are bytes, not text: written to a file only. */
const BINARY_REGION_FORMATS: readonly RegionFormat[] = ['xlsx'];

export interface RegionSink {
  readonly closed: boolean;
  write(data: string | Uint8Array): Promise<void>;
  /** The output is complete: a file is renamed from `<name>.partial` into place. */
  commit(): Promise<void>;
  /** The run failed: a file's `<name>.partial` is removed, so no half file is left. */
  discard(): Promise<void>;
  /** The run was interrupted: a file is kept as `<name>.partial` and that name (as given) returned. */
  keepPartial(): Promise<string | undefined>;
}

/**
 * Where region and merge write: stdout, a file (streamed to `<name>.partial` and renamed when
 * complete), or nowhere under --quiet.
 */
export async function openRegionSink(
  ctx: CliContext,
  output: string | undefined,
  quiet: boolean,
  format: RegionFormat,
): Promise<RegionSink> {
  // `-o -` is standard output (ESLint's convention), never a file named «-».
  if (!output || output === '-') {
    if (BINARY_REGION_FORMATS.includes(format)) {
      throw new CliUsageError(
        `формат ${format} записывается только в файл: укажите --output`,
        `format ${format} is written to a file only: give --output`,
      );
    }
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
      write: async (data) =>
        void (quiet || state.closed
          ? undefined
          : ctx.io.stdout(typeof data === 'string' ? data : Buffer.from(data).toString('utf8'))),
      commit: async () => void process.stdout.off('error', onError),
      discard: async () => void process.stdout.off('error', onError),
      keepPartial: async () => void process.stdout.off('error', onError),
    };
  }
  let file: AtomicFile;
  try {
    file = await openAtomicFile(resolve(ctx.io.cwd, output));
  } catch (error) {
    throw cannotWrite(output, error);
  }
  // A write that fails (a full disk) removes the half file and is a usage error, not a crash.
  const guarded = async (step: () => Promise<void>) => {
    try {
      await step();
    } catch (error) {
      await file.discard();
      throw cannotWrite(output, error);
    }
  };
  return {
    closed: false,
    write: (data) => guarded(() => file.write(data)),
    commit: () => guarded(() => file.commit()),
    discard: () => file.discard(),
    keepPartial: async () => {
      await file.keepPartial();
      return partialPath(output);
    },
  };
}

/**
 * Writes one region output in run order: `school()` per result as it comes (streamed formats
 * write at once; whole-region ones keep the school's counts, never its findings), `end()` with the
 * summary. `region` and `merge` both write through it, so a merge prints what one run would.
 */
export class RegionOutputWriter {
  readonly #format: RegionFormat;
  readonly #sink: RegionSink;
  readonly #language: Language;
  readonly #shard: Omit<ShardHeader, 'type' | 'format' | 'version'> | undefined;
  readonly #json = new RegionJsonWriter();
  readonly #kept: SchoolResult[] = [];
  #count = 0;

  constructor(
    format: RegionFormat,
    sink: RegionSink,
    options: { language: Language; shard?: Omit<ShardHeader, 'type' | 'format' | 'version'> },
  ) {
    this.#format = format;
    this.#sink = sink;
    this.#language = options.language;
    this.#shard = options.shard;
  }

  async start(): Promise<void> {
    if (this.#format === 'json') await this.#sink.write(this.#json.start());
    else if (this.#format === 'csv')
      await this.#sink.write(formatRegionCsvHeader({ language: this.#language }));
    else if (this.#format === 'shard') {
      if (!this.#shard) throw new TypeError('the shard format needs its header');
      await this.#sink.write(formatShardHeader(this.#shard));
    }
  }

  async school(result: SchoolResult, position: number): Promise<void> {
    this.#count += 1;
    switch (this.#format) {
      case 'ndjson':
        return this.#sink.write(formatSchoolLine(result));
      case 'json':
        return this.#sink.write(this.#json.school(result));
      case 'csv':
        return this.#sink.write(formatSchoolCsvRow(result, { language: this.#language }));
      case 'shard':
        return this.#sink.write(formatShardSchool(position, result));
      default: {
        const { findings: _findings, ...counts } = result;
        this.#kept.push(counts);
      }
    }
  }

  async end(summary: RegionSummary): Promise<void> {
    if (this.#format === 'ndjson') await this.#sink.write(formatSummaryLine(summary));
    else if (this.#format === 'json') await this.#sink.write(this.#json.end(summary));
    else if (this.#format === 'shard') await this.#sink.write(formatShardEnd(this.#count));
    else {
      const formatter = WHOLE_REGION[this.#format];
      if (formatter)
        await this.#sink.write(await formatter(summary, this.#kept, { language: this.#language }));
    }
  }
}

/** The schools that could not be audited, on stderr, as `region` and `merge` list them. */
export function reportFailedSchools(
  ctx: CliContext,
  failed: readonly SchoolResult[],
  total: number,
  language: Language,
): void {
  if (failed.length === 0) return;
  ctx.io.stderr(
    language === 'ru'
      ? `Не удалось проверить школ: ${failed.length} из ${total}\n`
      : `Schools that could not be audited: ${failed.length} of ${total}\n`,
  );
  for (const r of failed) {
    const first = r.diagnostics.find((d) => d.severity === 'error') ?? r.diagnostics[0];
    ctx.io.stderr(first ? `${formatDiagnostic(first, language)}\n` : `${r.source ?? r.id}\n`);
  }
}

/** The stderr line of a run stopped by a signal: how far it got and where the partial output is. */
export function reportInterrupted(
  ctx: CliContext,
  signal: string,
  done: number,
  total: number,
  partial: string | undefined,
  language: Language,
): void {
  const where = escapeTerminal(partial ?? '', { newlines: false });
  ctx.io.stderr(
    language === 'ru'
      ? `sferum-compliance: прервано (${signal}), результат НЕПОЛНЫЙ: записано школ ${done} из ${total}` +
          `${partial ? `; частичный файл — «${where}»` : ''}\n`
      : `sferum-compliance: interrupted (${signal}), the result is PARTIAL: ${done} of ${total} schools written` +
          `${partial ? `; the partial file is «${where}»` : ''}\n`,
  );
}
