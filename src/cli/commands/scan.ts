import { resolve } from 'node:path';
import type { Command } from 'commander';
import { formatScanResult, scanFile, scanTotal, type ScanResult } from '../../node.js';
import { positiveInt } from './region.js';
import type { CliContext } from '../context.js';
import { EXIT_FINDINGS, EXIT_OK } from '../exit-codes.js';
import { parseFormat, parseLanguage } from '../options.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { CliUsageError } from '../exit-codes.js';
import { writeOutput } from '../write-output.js';
import type { Language } from '../../model/vocabulary.js';

/** One JSON document for all files: findings carry their file; values are already masked by the scanner. */
function scanJson(results: { file: string; result: ScanResult }[]): string {
  const countsByKind: Record<string, number> = {};
  for (const { result } of results) {
    for (const [kind, n] of Object.entries(result.countsByKind))
      countsByKind[kind] = (countsByKind[kind] ?? 0) + (n ?? 0);
  }
  const doc = {
    files: results.map(({ file, result }) => ({
      file,
      format: result.format,
      messages: result.messages,
      chats: result.chats.length,
      findings: scanTotal(result),
      ...(result.omitted ? { omitted: result.omitted } : {}),
    })),
    countsByKind: Object.fromEntries(Object.entries(countsByKind).sort(([a], [b]) => a.localeCompare(b))),
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

export function registerScan(program: Command, ctx: CliContext): void {
  program
    .command('scan')
    .description(
      'найти персональные и платёжные данные в выгрузках чатов (Telegram JSON, WhatsApp TXT) / scan chat exports for personal and payment data',
    )
    .argument('<file...>', 'выгрузки чатов / chat export files')
    .option(
      '-f, --format <format>',
      'формат / format: text|json|md',
      parseFormat(['text', 'json', 'md'] as const),
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
      'выводить не больше N находок каждого вида (остальные только считаются; память не растёт) / list at most N findings per kind (the rest are counted; memory stays flat)',
      positiveInt(0),
    )
    .addHelpText(
      'after',
      `
Значения в выводе всегда замаскированы; авторы — псевдонимы.
Values are always masked in the output; authors are pseudonyms.

Примеры / examples:
  $ sferum-compliance scan result.json
  $ sferum-compliance scan "Чат WhatsApp с 5А.txt" --format md --output находки.md`,
    )
    .action(
      async (
        files: string[],
        options: {
          format: 'text' | 'json' | 'md';
          output?: string;
          failOn: 'any' | 'none';
          lang: Language;
          quiet?: boolean;
          samples?: number;
        },
      ) => {
        const results: { file: string; result: ScanResult }[] = [];
        for (const file of files) {
          const result = await scanFile(resolve(ctx.io.cwd, file), {
            displayPath: file,
            ...(options.samples !== undefined ? { samples: options.samples } : {}),
          });
          if (result.diagnostics.some((d) => d.severity === 'error')) {
            throw new CliUsageError(
              `не удалось прочитать выгрузку «${file}»`,
              `cannot read export «${file}»`,
              result.diagnostics,
            );
          }
          if (result.diagnostics.length > 0 && !options.quiet)
            printDiagnostics(ctx.io, result.diagnostics, options.lang);
          results.push({ file, result });
        }
        const text =
          options.format === 'json'
            ? scanJson(results)
            : options.format === 'md'
              ? scanMarkdown(results, options.lang)
              : scanText(results, options.lang);
        await writeOutput(ctx, text, options.output, Boolean(options.quiet));
        const total = results.reduce((n, r) => n + scanTotal(r.result), 0);
        ctx.exitCode = total > 0 && options.failOn === 'any' ? EXIT_FINDINGS : EXIT_OK;
      },
    );
}
