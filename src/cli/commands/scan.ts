import { resolve } from 'node:path';
import type { Command } from 'commander';
import { scanFile } from '../../node/scan-files.js';
import { formatScanResult, scanTotal } from '../../scan/format-scan-result.js';
import type { ScanResult } from '../../scan/types.js';
import {
  formatScanFileLine,
  formatScanFindingLine,
  formatScanSummaryLine,
  scanTotals,
} from '../../scan/format-scan-ndjson.js';
import { openRegionSink } from '../region-output.js';
import { LineBuffer } from '../line-buffer.js';
import { positiveInt } from './region.js';
import type { CliContext } from '../context.js';
import { EXIT_FINDINGS, EXIT_OK } from '../exit-codes.js';
import { parseFormat, parseLanguage } from '../options.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { CliUsageError } from '../exit-codes.js';
import { writeOutput } from '../write-output.js';
import type { Language } from '../../model/vocabulary.js';

/**
 * One JSON document for all files: the totals, then each file's counts and its first N findings
 * of each kind (`--samples`), so the document stays small however many findings an export has.
 * Findings carry their file; values are already masked by the scanner.
 */
function scanJson(results: { file: string; result: ScanResult }[], samples: number): string {
  const totals = scanTotals(results.map((r) => r.result));
  const doc = {
    files: results.map(({ file, result }) => ({
      file,
      format: result.format,
      messages: result.messages,
      chats: result.chats.length,
      findings: scanTotal(result),
      countsByKind: result.countsByKind,
      messagesByKind: result.messagesByKind ?? {},
      ...(result.omitted ? { omitted: result.omitted } : {}),
    })),
    messages: totals.messages,
    findingsTotal: totals.findings,
    summary: totals.summary,
    countsByKind: totals.countsByKind,
    messagesByKind: totals.messagesByKind,
    samplesPerKind: samples,
    findings: results.flatMap(({ file, result }) => result.findings.map((f) => ({ file, ...f }))),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** One file: the scanner's own text. Several: each under a `== file` line. */
function scanText(results: { file: string; result: ScanResult }[], language: Language): string {
  if (results.length === 1) return formatScanResult(results[0]!.result, 'text', { language });
  return results
    .map(({ file, result }) => `== ${file}\n\n${formatScanResult(result, 'text', { language })}`)
    .join('\n');
}

/**
 * One file: the scanner's own Markdown. Several: one document whose sections are the files, the
 * scanner's headings moved one level down so the outline stays a tree.
 */
function scanMarkdown(results: { file: string; result: ScanResult }[], language: Language): string {
  if (results.length === 1) return formatScanResult(results[0]!.result, 'md', { language });
  const title =
    language === 'ru'
      ? `# Проверка выгрузок чатов: ${results.length}`
      : `# Chat export scan: ${results.length} files`;
  const sections = results.map(({ file, result }) => {
    const body = formatScanResult(result, 'md', { language })
      .split('\n')
      .map((line) => (/^#{1,5} /.test(line) ? `#${line}` : line));
    // The scanner's own title becomes the file's heading.
    const first = body.findIndex((line) => line.startsWith('## '));
    if (first >= 0) body[first] = `## ${file.replace(/[\\`*_[\]<>#|]/g, '\\$&')}`;
    return body.join('\n');
  });
  return [title, ...sections].join('\n\n');
}

/** Findings of each kind listed in text, md and json unless `--samples` says otherwise. */
const DEFAULT_SAMPLES = 20;

export function registerScan(program: Command, ctx: CliContext): void {
  program
    .command('scan')
    .description(
      'найти персональные и платёжные данные в выгрузках чатов (Telegram JSON, WhatsApp TXT) / scan chat exports for personal and payment data',
    )
    .argument('<file...>', 'выгрузки чатов / chat export files')
    .option(
      '-f, --format <format>',
      'формат / format: text|json|md|ndjson',
      parseFormat(['text', 'json', 'md', 'ndjson'] as const),
      'text',
    )
    .option('-o, --output <file>', 'записать результат в файл / write to a file')
    .option(
      '--fail-on <when>',
      'any — код 1 при любой находке, none — никогда / exit 1 on any finding or never',
      parseFormat(['any', 'none'] as const),
      'any',
    )
    .option('--lang <lang>', 'язык / language: ru|en', parseLanguage, 'ru')
    .option('-q, --quiet', 'не печатать результат в терминал / print nothing to the terminal')
    .option(
      '--samples <n>',
      'в text/json/md — не больше N находок каждого вида, остальные только считаются (0 — только счёт); память не растёт / in text/json/md, list at most N findings per kind, the rest are counted (0: counts only); memory stays flat',
      positiveInt(0),
      DEFAULT_SAMPLES,
    )
    .addHelpText(
      'after',
      `
Значения в выводе всегда замаскированы; авторы — псевдонимы.
Values are always masked in the output; authors are pseudonyms.

Форматы / formats:
  text, md, json  итог: счёт по видам и сообщениям, первые N находок каждого вида (--samples)
                  / the summary: counts by kind and by message, the first N findings of each kind
  ndjson          строка JSON на каждую находку по мере чтения, строка на файл, затем {"type":"summary",…}
                  / a JSON line per finding as it is found, a line per file, then the summary

Примеры / examples:
  $ sferum-compliance scan result.json
  $ sferum-compliance scan result.json --format ndjson --output находки.ndjson
  $ sferum-compliance scan "Чат WhatsApp с 5А.txt" --format md --output находки.md`,
    )
    .action(
      async (
        files: string[],
        options: {
          format: 'text' | 'json' | 'md' | 'ndjson';
          output?: string;
          failOn: 'any' | 'none';
          lang: Language;
          quiet?: boolean;
          samples: number;
        },
      ) => {
        const results =
          options.format === 'ndjson'
            ? await scanToNdjson(ctx, files, options)
            : await scanAll(ctx, files, options, options.samples);
        if (options.format !== 'ndjson') {
          const text =
            options.format === 'json'
              ? scanJson(results, options.samples)
              : options.format === 'md'
                ? scanMarkdown(results, options.lang)
                : scanText(results, options.lang);
          await writeOutput(ctx, text, options.output, Boolean(options.quiet));
        }
        const total = results.reduce((n, r) => n + scanTotal(r.result), 0);
        ctx.exitCode = total > 0 && options.failOn === 'any' ? EXIT_FINDINGS : EXIT_OK;
      },
    );
}

interface ScanRunOptions {
  lang: Language;
  quiet?: boolean;
  output?: string;
}

/** A file that could not be read to the end stops the run (exit 2), after its diagnostics. */
function checkReadable(ctx: CliContext, file: string, result: ScanResult, options: ScanRunOptions): void {
  if (result.diagnostics.some((d) => d.severity === 'error')) {
    throw new CliUsageError(
      `не удалось прочитать выгрузку «${file}»`,
      `cannot read export «${file}»`,
      result.diagnostics,
    );
  }
  if (result.diagnostics.length > 0 && !options.quiet)
    printDiagnostics(ctx.io, result.diagnostics, options.lang);
}

/** Every file scanned with at most `samples` findings of each kind kept: the rest are counted. */
async function scanAll(
  ctx: CliContext,
  files: readonly string[],
  options: ScanRunOptions,
  samples: number,
): Promise<{ file: string; result: ScanResult }[]> {
  const results: { file: string; result: ScanResult }[] = [];
  for (const file of files) {
    const result = await scanFile(resolve(ctx.io.cwd, file), { displayPath: file, samples });
    checkReadable(ctx, file, result, options);
    results.push({ file, result });
  }
  return results;
}

/**
 * `--format ndjson`: each finding is written as it is found (in blocks), none is kept, so memory
 * stays flat whatever the export holds; a line per file and the summary line close the output.
 */
async function scanToNdjson(
  ctx: CliContext,
  files: readonly string[],
  options: ScanRunOptions,
): Promise<{ file: string; result: ScanResult }[]> {
  const sink = await openRegionSink(ctx, options.output, Boolean(options.quiet));
  const out = new LineBuffer(sink);
  const results: { file: string; result: ScanResult }[] = [];
  let complete = false;
  try {
    for (const file of files) {
      const result = await scanFile(resolve(ctx.io.cwd, file), {
        displayPath: file,
        samples: 0,
        onFinding: (finding) => out.add(formatScanFindingLine(file, finding)),
      });
      await out.add(formatScanFileLine(file, result));
      await out.flush();
      checkReadable(ctx, file, result, options);
      results.push({ file, result });
    }
    await out.add(formatScanSummaryLine(results.map((r) => r.result)));
    await out.flush();
    complete = true;
  } finally {
    // A file output is renamed into place only when the stream is whole (see RegionSink).
    await (complete ? sink.commit() : sink.discard());
  }
  return results;
}
