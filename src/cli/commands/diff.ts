import type { Command } from 'commander';
import { diffReports } from '../../report/diff-reports.js';
import type { Finding, Report } from '../../report/types.js';
import { labelsFor } from '../../format/labels.js';
import { escapeTerminal } from '../../diagnostics/escape-terminal.js';
import { append } from '../../util/append.js';
import type { CliContext } from '../context.js';
import { CliUsageError, EXIT_FINDINGS, EXIT_OK } from '../exit-codes.js';
import { parseFailOn, parseFormat, parseLanguage, reachesThreshold, type FailOn } from '../options.js';
import type { Language } from '../../model/vocabulary.js';
import { readReportText } from '../read-report-text.js';

async function readReport(ctx: CliContext, path: string): Promise<Report> {
  const text = await readReportText(ctx, path);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliUsageError(
      `«${path}» не является JSON (${reason}). Нужен отчёт, сохранённый с --format json`,
      `«${path}» is not JSON (${reason}). Expected a report saved with --format json`,
    );
  }
  const report = value as Partial<Report> | null;
  if (
    !report ||
    typeof report !== 'object' ||
    typeof report.schemaVersion !== 'string' ||
    !Array.isArray(report.findings)
  ) {
    throw new CliUsageError(
      `«${path}» не похож на отчёт sferum-compliance (нет schemaVersion или findings). Сохраните отчёт с --format json`,
      `«${path}» is not a sferum-compliance report (no schemaVersion or findings). Save one with --format json`,
    );
  }
  return report as Report;
}

/** How a report names its school: the id when both have one, else name, region and municipality. */
function sameSchool(a: Report, b: Report): boolean {
  const sa = a.school ?? ({} as Report['school']);
  const sb = b.school ?? ({} as Report['school']);
  if (sa.id && sb.id) return sa.id === sb.id;
  return sa.name === sb.name && sa.region === sb.region && sa.municipality === sb.municipality;
}

function schoolName(r: Report): string {
  const s = r.school ?? ({} as Report['school']);
  return `${s.name ?? '?'}${s.id ? ` (${s.id})` : ''}`;
}

function line(f: Finding, lang: 'ru' | 'en'): string {
  const L = labelsFor(lang);
  const severity = L.severity[f.severity] ?? f.severity;
  const type = L.subjectType[f.subject.type] ?? f.subject.type;
  return `  [${severity}] ${f.ruleId} ${type} ${f.subject.id} — ${f.message.replace(/\s+/g, ' ')}`;
}

export function registerDiff(program: Command, ctx: CliContext): void {
  program
    .command('diff')
    .description('сравнить два отчёта: новые, устранённые и оставшиеся нарушения / compare two reports')
    .argument('<old>', 'прежний отчёт (JSON; - — стандартный ввод) / the earlier report (- for stdin)')
    .argument('<new>', 'новый отчёт (JSON; - — стандартный ввод) / the later report (- for stdin)')
    .option(
      '-f, --format <format>',
      'формат / format: text|json',
      parseFormat(['text', 'json'] as const),
      'text',
    )
    .option(
      '--fail-on <severity>',
      'код 1, если появились нарушения этого уровня / exit 1 on new findings at this level',
      parseFailOn,
      'high',
    )
    .option('--lang <lang>', 'язык / language: ru|en', parseLanguage, 'ru')
    .option(
      '--allow-different-schools',
      'сравнивать отчёты разных школ / compare reports of different schools',
    )
    .addHelpText(
      'after',
      `
Примеры / examples:
  $ sferum-compliance audit school.yaml --format json --output сентябрь.json
  $ sferum-compliance diff август.json сентябрь.json`,
    )
    .action(
      async (
        oldPath: string,
        newPath: string,
        options: { format: 'text' | 'json'; failOn: FailOn; lang: Language; allowDifferentSchools?: boolean },
      ) => {
        const [before, after] = await Promise.all([readReport(ctx, oldPath), readReport(ctx, newPath)]);
        // Findings of two schools never match by fingerprint: every one would read as «new» and «fixed».
        if (!options.allowDifferentSchools && !sameSchool(before, after)) {
          throw new CliUsageError(
            `отчёты относятся к разным школам: «${schoolName(before)}» и «${schoolName(after)}». Чтобы всё же сравнить их, добавьте --allow-different-schools`,
            `the reports are of different schools: «${schoolName(before)}» and «${schoolName(after)}». Add --allow-different-schools to compare them anyway`,
          );
        }
        const diff = diffReports(before, after);
        if (options.format === 'json') {
          ctx.io.stdout(`${JSON.stringify(diff, null, 2)}\n`);
        } else {
          const ru = options.lang === 'ru';
          const out = [
            ru
              ? `Новые: ${diff.added.length}, устранённые: ${diff.fixed.length}, без изменений: ${diff.unchanged.length}`
              : `New: ${diff.added.length}, fixed: ${diff.fixed.length}, unchanged: ${diff.unchanged.length}`,
          ];
          if (diff.added.length)
            append(out, [
              '',
              ru ? 'Новые нарушения:' : 'New findings:',
              ...diff.added.map((f) => line(f, options.lang)),
            ]);
          if (diff.fixed.length)
            append(out, [
              '',
              ru ? 'Устранённые:' : 'Fixed:',
              ...diff.fixed.map((f) => line(f, options.lang)),
            ]);
          ctx.io.stdout(`${escapeTerminal(out.join('\n'))}\n`);
        }
        const failing = diff.added.filter((f) => !f.waived && reachesThreshold(f.severity, options.failOn));
        ctx.exitCode = failing.length > 0 ? EXIT_FINDINGS : EXIT_OK;
      },
    );
}
