import { resolve } from 'node:path';
import { formatDiagnostic } from '../diagnostics/format-diagnostic.js';
import { escapeTerminal } from '../diagnostics/escape-terminal.js';
import { regionXlsxFormatter } from '../node/format-region-xlsx.js';
import { type AtomicFile, openAtomicFile, partialPath } from '../node/atomic-file.js';
import type { RegionSummary, SchoolResult } from '../region/index.js';
import type { RegionFormatter } from '../region/region-formatter.js';
import {
  type RegionStream,
  STREAMED_REGION_FORMATS,
  WHOLE_REGION_FORMATTERS,
} from '../region/region-formats.js';
import {
  formatShardEnd,
  formatShardHeader,
  formatShardSchool,
  type ShardHeader,
} from '../region/region-shard-format.js';
import type { Language } from '../model/vocabulary.js';
import type { CliContext } from './context.js';
import { CliUsageError } from './exit-codes.js';
import {
  collectFormat,
  formatSpecsOrDefault,
  outputTargets,
  STDOUT_PATH,
  type FormatSpec,
} from './report-outputs.js';
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
  ...WHOLE_REGION_FORMATTERS,
  xlsx: regionXlsxFormatter,
};

/** Formats that are bytes, not text: written to a file only. */
const BINARY_REGION_FORMATS: readonly RegionFormat[] = ['xlsx'];

/** One output of a region or merge run: a format and its file (`undefined`: standard output). */
export interface RegionOutput {
  format: RegionFormat;
  file?: string;
}

/** The `--format` option of `region` and `merge`: repeatable `F[:FILE]`, no formatter modules. */
export const collectRegionFormat = collectFormat(REGION_FORMATS, { modules: false });

/**
 * The outputs `--format` and `--output` ask for, paired as `audit` pairs them (`outputTargets`):
 * at most one to standard output, no file twice. Checked before any school is read, so a wrong
 * pairing costs no audit. `fallback` is the format when none is given.
 */
export function regionOutputs(
  specs: readonly FormatSpec<RegionFormat>[] | undefined,
  output: string | undefined,
  cwd: string,
  fallback: RegionFormat,
): RegionOutput[] {
  const outputs = outputTargets(formatSpecsOrDefault(specs, fallback), output, cwd).map(
    (target): RegionOutput => {
      const format = target.spec.format;
      // Unreachable: `collectRegionFormat` accepts no modules.
      if (!('builtin' in format)) throw new TypeError('region formats have no formatter modules');
      return target.file === undefined
        ? { format: format.builtin }
        : { format: format.builtin, file: target.file };
    },
  );
  for (const { format, file } of outputs) {
    if (file === undefined && BINARY_REGION_FORMATS.includes(format)) {
      throw new CliUsageError(
        `формат ${format} записывается только в файл: укажите --output или --format ${format}:ФАЙЛ`,
        `format ${format} is written to a file only: give --output or --format ${format}:FILE`,
      );
    }
  }
  return outputs;
}

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
 * Standard output as a sink; nothing under --quiet. With `watchClose` the sink listens for the
 * reader closing the pipe (`| head`) and says so in `closed`, and the bin, seeing a listener
 * besides its own, leaves the ending of the run to the command (bin.ts); without it the bin ends
 * the process quietly at once, as for every other command.
 */
function stdoutSink(ctx: CliContext, quiet: boolean, watchClose: boolean): RegionSink {
  const state = { closed: false };
  const onError = (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') state.closed = true;
  };
  if (watchClose) process.stdout.on('error', onError);
  const stopWatching = async () => void process.stdout.off('error', onError);
  return {
    get closed() {
      return state.closed;
    },
    write: async (data) =>
      void (quiet || state.closed
        ? undefined
        : ctx.io.stdout(typeof data === 'string' ? data : Buffer.from(data).toString('utf8'))),
    commit: stopWatching,
    discard: stopWatching,
    keepPartial: stopWatching,
  };
}

/**
 * Where one region, merge or scan output goes: stdout, or a file streamed to `<name>.partial` and
 * renamed when complete.
 */
export async function openRegionSink(
  ctx: CliContext,
  output: string | undefined,
  quiet: boolean,
  options: { watchClose?: boolean } = {},
): Promise<RegionSink> {
  // `-o -` is standard output (ESLint's convention), never a file named «-».
  if (output === undefined || output === STDOUT_PATH)
    return stdoutSink(ctx, quiet, options.watchClose ?? false);
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

/** Writes a piece of output; an empty piece (a format with nothing to say here) is no write at all. */
async function write(sink: RegionSink, data: string | Uint8Array): Promise<void> {
  if (data.length > 0) await sink.write(data);
}

/** The shard header fields a run knows (`type`, `format` and `version` are the format's own). */
export type ShardHeaderFields = Omit<ShardHeader, 'type' | 'format' | 'version'>;

/** The shard format: the run's header, a line per school with its place in the region, the count. */
function shardStream(header: ShardHeaderFields): RegionStream {
  let schools = 0;
  return {
    start: () => formatShardHeader(header),
    school: (result, position) => {
      schools += 1;
      if (position === undefined) throw new TypeError('a shard line needs the school position');
      return formatShardSchool(position, result);
    },
    end: () => formatShardEnd(schools),
  };
}

/** How a format is written: a stream (streamed formats, shard) or a formatter at the end. */
type FormatWriter = { stream: RegionStream } | { formatter: RegionFormatter };

/** One output being written: its sink and its format's writer. */
interface OpenOutput {
  sink: RegionSink;
  writer: FormatWriter;
}

function writerOf(
  format: RegionFormat,
  options: { language: Language; shard?: ShardHeaderFields },
): FormatWriter {
  if (format === 'shard') {
    if (!options.shard) throw new TypeError('the shard format needs its header');
    return { stream: shardStream(options.shard) };
  }
  if (format in STREAMED_REGION_FORMATS) {
    return { stream: STREAMED_REGION_FORMATS[format as keyof typeof STREAMED_REGION_FORMATS](options) };
  }
  const formatter = WHOLE_REGION[format];
  if (!formatter) throw new TypeError(`no writer for the region format ${format}`);
  return { formatter };
}

/**
 * Writes every output of one region or merge run in run order: `school()` per result as it comes
 * (streamed formats — ndjson, json, csv, shard — write at once; whole-region ones — text,
 * openmetrics, html, xlsx — share one list of the schools' counts, never their findings),
 * `end()` with the summary, then `commit()`. `region` and `merge` both write through it, and one
 * output is the same code as several, so each output's bytes do not depend on the others.
 */
export class RegionOutputWriter {
  readonly #outputs: OpenOutput[];
  readonly #language: Language;
  /** Schools' counts for the whole-region formats; none kept when no such format is asked for. */
  readonly #kept: SchoolResult[] | undefined;

  private constructor(outputs: OpenOutput[], language: Language) {
    this.#outputs = outputs;
    this.#language = language;
    this.#kept = outputs.some((o) => 'formatter' in o.writer) ? [] : undefined;
  }

  /** Opens every output's sink in order; if one cannot be opened, those opened are removed. */
  static async open(
    ctx: CliContext,
    outputs: readonly RegionOutput[],
    options: { language: Language; quiet: boolean; shard?: ShardHeaderFields },
  ): Promise<RegionOutputWriter> {
    const opened: OpenOutput[] = [];
    // Standard output closing early matters only when files are written alongside: they must
    // then be left as partial, not cut off unnamed (docs/region.md). Alone it just ends the process.
    const watchClose = outputs.some((o) => o.file !== undefined);
    try {
      for (const { format, file } of outputs) {
        const writer = writerOf(format, options);
        opened.push({ sink: await openRegionSink(ctx, file, options.quiet, { watchClose }), writer });
      }
    } catch (error) {
      for (const o of opened) await o.sink.discard();
      throw error;
    }
    return new RegionOutputWriter(opened, options.language);
  }

  /**
   * Standard output was closed by its reader (`| head`) while files are written alongside (only
   * then is it watched): the run ends and the files stay partial.
   */
  get stdoutClosed(): boolean {
    return this.#outputs.some((o) => o.sink.closed);
  }

  async start(): Promise<void> {
    for (const { sink, writer } of this.#outputs)
      if ('stream' in writer) await write(sink, writer.stream.start());
  }

  async school(result: SchoolResult, position: number): Promise<void> {
    if (this.#kept) {
      const { findings: _findings, ...counts } = result;
      this.#kept.push(counts);
    }
    for (const { sink, writer } of this.#outputs)
      if ('stream' in writer) await write(sink, writer.stream.school(result, position));
  }

  async end(summary: RegionSummary): Promise<void> {
    for (const { sink, writer } of this.#outputs) {
      await write(
        sink,
        'stream' in writer
          ? writer.stream.end(summary)
          : await writer.formatter(summary, this.#kept ?? [], { language: this.#language }),
      );
    }
  }

  /** Every output is complete: the files are renamed into place, in the order they were asked for. */
  async commit(): Promise<void> {
    for (const { sink } of this.#outputs) await sink.commit();
  }

  /** The run failed: no output file is left, not even `.partial`. */
  async discard(): Promise<void> {
    for (const { sink } of this.#outputs) await sink.discard();
  }

  /** The run stopped early: every file is kept as `<name>.partial`; their names, as given. */
  async keepPartial(): Promise<string[]> {
    const kept: string[] = [];
    for (const { sink } of this.#outputs) {
      const name = await sink.keepPartial();
      if (name !== undefined) kept.push(name);
    }
    return kept;
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

/**
 * The stderr line of a run stopped early — by a signal, or (`reason` then says so) by its
 * standard output closing while files were being written: how far it got and where the partial
 * outputs are.
 */
export function reportInterrupted(
  ctx: CliContext,
  reason: string,
  done: number,
  total: number,
  partials: readonly string[],
  language: Language,
): void {
  const where = partials.map((p) => `«${escapeTerminal(p, { newlines: false })}»`).join(', ');
  const one = partials.length === 1;
  ctx.io.stderr(
    language === 'ru'
      ? `sferum-compliance: прервано (${reason}), результат НЕПОЛНЫЙ: записано школ ${done} из ${total}` +
          `${partials.length > 0 ? `; ${one ? 'частичный файл' : 'частичные файлы'} — ${where}` : ''}\n`
      : `sferum-compliance: interrupted (${reason}), the result is PARTIAL: ${done} of ${total} schools written` +
          `${partials.length > 0 ? `; ${one ? 'the partial file is' : 'the partial files are'} ${where}` : ''}\n`,
  );
}
