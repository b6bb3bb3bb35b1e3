import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InvalidArgumentError } from 'commander';
import { formatReport } from '../format/index.js';
import { FORMAT_NAMES, type FormatName, type FormatOptions } from '../format/types.js';
import type { ReportFormatter } from '../format/formatter.js';
import type { Report } from '../report/types.js';
import type { Language } from '../model/vocabulary.js';
import type { CliContext } from './context.js';
import { CliUsageError } from './exit-codes.js';
import { colorEnabled } from './io.js';
import { getMessageLanguage } from './options.js';
import { cannotWrite } from './write-output.js';

/** `-` as an output file: standard output (ESLint's `-o -`), never a file named `-`. */
export const STDOUT_PATH = '-';

/**
 * One `--format` value: a built-in format or a formatter module (ESLint's `-f ./formatter.js`),
 * and where it goes (`F:FILE`, Checkov's `-o cli -o sarif` / InSpec's `--reporter json:FILE`).
 * `audit`, `render`, `region` and `merge` share it; `F` is the command's own format names.
 */
export interface FormatSpec<F extends string = FormatName> {
  /** As written, for messages. */
  raw: string;
  format: { builtin: F } | { module: string };
  /** `undefined`: pairs with `--output`, else standard output; `-`: standard output. */
  file?: string;
}

/** A path, not a name: what ESLint takes for a formatter module. */
export function isFormatterPath(value: string): boolean {
  return (
    value.startsWith('./') ||
    value.startsWith('../') ||
    value.startsWith('.\\') ||
    value.startsWith('..\\') ||
    isAbsolute(value) ||
    /\.(?:c|m)?js$/i.test(value)
  );
}

/** What a command's `--format` accepts besides its names. */
export interface FormatSpecOptions {
  /** Formatter modules (`./fmt.js`, `./fmt.js:FILE`); default true. `region` and `merge` have none. */
  modules?: boolean;
}

/**
 * Parses `F`, `F:FILE`, and — where modules are allowed — `./fmt.js`, `./fmt.js:FILE` against the
 * formats a command knows. Without modules `F:FILE` is split at the first colon whatever the file
 * is called (`json:out.js` writes JSON to out.js).
 */
export function parseFormatSpec<F extends string>(
  value: string,
  allowed: readonly F[],
  language: Language,
  options: FormatSpecOptions = {},
): FormatSpec<F> {
  const modules = options.modules ?? true;
  if (modules) {
    const moduleMatch = /^(.+?\.(?:c|m)?js):(.+)$/i.exec(value);
    if (moduleMatch) return { raw: value, format: { module: moduleMatch[1]! }, file: moduleMatch[2]! };
    if (isFormatterPath(value)) return { raw: value, format: { module: value } };
  }
  const colon = value.indexOf(':');
  const name = colon >= 0 ? value.slice(0, colon) : value;
  const file = colon >= 0 ? value.slice(colon + 1) : undefined;
  if (!(allowed as readonly string[]).includes(name)) {
    const also = modules
      ? {
          ru: ', F:ФАЙЛ или путь к модулю форматирования ./formatter.js',
          en: ', F:FILE or a formatter module path ./formatter.js',
        }
      : { ru: ' или F:ФАЙЛ', en: ' or F:FILE' };
    throw new InvalidArgumentError(
      language === 'ru'
        ? `допустимо: ${allowed.join(', ')}${also.ru} (получено «${value}»)`
        : `allowed: ${allowed.join(', ')}${also.en} (got «${value}»)`,
    );
  }
  if (file === '') {
    throw new InvalidArgumentError(
      language === 'ru'
        ? `после «${name}:» нужен файл или «-» (стандартный вывод)`
        : `«${name}:» needs a file or «-» (standard output)`,
    );
  }
  return { raw: value, format: { builtin: name as F }, ...(file !== undefined ? { file } : {}) };
}

/** Where each output goes: a file, or standard output (`undefined`). */
export interface OutputTarget<F extends string = FormatName> {
  spec: FormatSpec<F>;
  /** Undefined: standard output. */
  file?: string;
}

/**
 * Pairs the `--format` values with `--output`. A single `--output` pairs with a single format
 * that names no file of its own; with several formats each names its own (`F:FILE`), and those
 * that do not go to standard output. At most one output may go to standard output, and no two to
 * one file (compared as paths from `cwd`, so `a.json` and `./a.json` are one file).
 */
export function outputTargets<F extends string>(
  specs: readonly FormatSpec<F>[],
  output: string | undefined,
  cwd: string,
): OutputTarget<F>[] {
  if (output !== undefined) {
    if (specs.length !== 1 || specs[0]!.file !== undefined) {
      throw new CliUsageError(
        '--output задаёт файл для одного --format; для нескольких выводов пишите --format F:ФАЙЛ (например -f text -f sarif:отчёт.sarif)',
        '--output names the file of a single --format; for several outputs write --format F:FILE (e.g. -f text -f sarif:report.sarif)',
      );
    }
  }
  const targets = specs.map((spec): OutputTarget<F> => {
    const file = spec.file ?? output;
    return file === undefined || file === STDOUT_PATH ? { spec } : { spec, file };
  });
  const toStdout = targets.filter((t) => t.file === undefined);
  if (toStdout.length > 1) {
    throw new CliUsageError(
      `в стандартный вывод может идти только один формат, а их ${toStdout.length}: ${toStdout.map((t) => t.spec.raw).join(', ')}. Остальным укажите файл: --format F:ФАЙЛ`,
      `only one format may go to standard output, got ${toStdout.length}: ${toStdout.map((t) => t.spec.raw).join(', ')}. Give the others a file: --format F:FILE`,
    );
  }
  const files = new Set<string>();
  for (const t of targets) {
    if (t.file === undefined) continue;
    const path = resolve(cwd, t.file);
    if (files.has(path)) {
      throw new CliUsageError(
        `два формата пишутся в один файл «${t.file}»`,
        `two formats write the same file «${t.file}»`,
      );
    }
    files.add(path);
  }
  return targets;
}

function loadError(path: string, reason: string): CliUsageError {
  return new CliUsageError(
    `не удалось загрузить модуль форматирования «${path}»: ${reason}`,
    `cannot load the formatter module «${path}»: ${reason}`,
  );
}

/** The default export of a formatter module (a function, or `{ format }`), loaded once per path. */
export async function loadFormatter(cwd: string, path: string): Promise<ReportFormatter> {
  let loaded: unknown;
  try {
    loaded = await import(pathToFileURL(resolve(cwd, path)).href);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const reason =
      code === 'ERR_MODULE_NOT_FOUND' || code === 'ENOENT'
        ? 'файл не найден / file not found'
        : error instanceof Error
          ? `${error.name}: ${error.message.split('\n')[0]}`
          : String(error);
    throw loadError(path, reason);
  }
  const exported = (loaded as { default?: unknown }).default ?? loaded;
  const fn =
    typeof exported === 'function'
      ? exported
      : typeof (exported as { format?: unknown } | null)?.format === 'function'
        ? (exported as { format: ReportFormatter }).format
        : undefined;
  if (!fn) {
    throw loadError(
      path,
      'модуль должен экспортировать по умолчанию функцию (report, context) => string / the module must export a default function (report, context) => string',
    );
  }
  return fn as ReportFormatter;
}

/** Renders one output; a custom formatter's failure is a usage error naming the module. */
async function render(
  ctx: CliContext,
  report: Report,
  target: OutputTarget,
  options: FormatOptions & { language: Language },
): Promise<string> {
  const color = colorEnabled(ctx.io, target.file !== undefined);
  const format = target.spec.format;
  if ('builtin' in format) return formatReport(report, format.builtin, { ...options, color });
  const formatter = await loadFormatter(ctx.io.cwd, format.module);
  let text: unknown;
  try {
    text = await formatter(report, {
      language: options.language,
      color,
      formatReport: (name, extra) => formatReport(report, name, { ...options, color, ...extra }),
    });
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error);
    throw new CliUsageError(
      `модуль форматирования «${format.module}» завершился ошибкой: ${reason}`,
      `the formatter module «${format.module}» failed: ${reason}`,
    );
  }
  if (typeof text !== 'string') {
    throw new CliUsageError(
      `модуль форматирования «${format.module}» вернул не строку (${typeof text})`,
      `the formatter module «${format.module}» returned ${typeof text}, not a string`,
    );
  }
  return text;
}

/**
 * Renders every output first and only then writes them, so a failing formatter leaves no half of
 * the outputs behind. `quiet` silences standard output only.
 */
export async function writeReportOutputs(
  ctx: CliContext,
  report: Report,
  targets: readonly OutputTarget[],
  options: FormatOptions & { language: Language; quiet?: boolean },
): Promise<void> {
  const { quiet, ...formatOptions } = options;
  const rendered: { target: OutputTarget; text: string }[] = [];
  for (const target of targets) {
    rendered.push({ target, text: await render(ctx, report, target, formatOptions) });
  }
  for (const { target, text } of rendered) {
    if (target.file !== undefined) {
      try {
        await ctx.io.writeFile(resolve(ctx.io.cwd, target.file), text);
      } catch (error) {
        throw cannotWrite(target.file, error);
      }
    } else if (!quiet) {
      ctx.io.stdout(text.endsWith('\n') ? text : `${text}\n`);
    }
  }
}

/** The `--format` option of report commands: repeatable, `F[:FILE]` or a formatter module. */
export function formatOptionHelp(): string {
  return (
    `формат отчёта (можно повторять; F:ФАЙЛ — в файл, «-» — стандартный вывод; ./formatter.js — свой модуль) / ` +
    `report format, repeatable (F:FILE to a file, «-» standard output, ./formatter.js a custom module): ${FORMAT_NAMES.join('|')}`
  );
}

/** Commander's parser for a repeatable `--format`: each value parsed, collected in order. */
export function collectFormat<F extends string>(allowed: readonly F[], options: FormatSpecOptions = {}) {
  return (value: string, previous: FormatSpec<F>[] | undefined): FormatSpec<F>[] => [
    ...(previous ?? []),
    parseFormatSpec(value, allowed, getMessageLanguage(), options),
  ];
}

/** The formats asked for, `fallback` (standard output or `--output`) when none. */
export function formatSpecsOrDefault<F extends string = FormatName>(
  specs: readonly FormatSpec<F>[] | undefined,
  fallback = 'text' as F,
): FormatSpec<F>[] {
  return specs && specs.length > 0 ? [...specs] : [{ raw: fallback, format: { builtin: fallback } }];
}
