import type { Command } from 'commander';
import { explainFiles } from '../../node/explain-files.js';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import type { ExplainNode } from '../../evaluate/types.js';
import type { Explanation } from '../../report/types.js';
import type { CliContext } from '../context.js';
import { CliUsageError, EXIT_OK } from '../exit-codes.js';
import { parseFormat } from '../options.js';
import { printDiagnostics } from '../print-diagnostics.js';
import { addSetupOptions, printRunSetup, setupFromCli, type SetupCliOptions } from '../setup-options.js';
import type { Language } from '../../model/vocabulary.js';
import { escapeTerminal } from '../../diagnostics/escape-terminal.js';
import { append } from '../../util/append.js';

const OUTCOME = {
  fires: { ru: 'НАРУШЕНИЕ', en: 'VIOLATION' },
  passes: { ru: 'соответствует', en: 'passes' },
  'not-applicable': { ru: 'не применяется', en: 'not applicable' },
  undetermined: { ru: 'недостаточно данных', en: 'undetermined (insufficient data)' },
} as const;

function show(value: unknown, lang: Language): string {
  if (value === undefined) return lang === 'ru' ? '(нет)' : '(missing)';
  return JSON.stringify(value);
}

/** Renders a condition tree with one line per node; skipped nodes are shown, marked. */
function renderExplainTree(node: ExplainNode, lang: Language, depth = 0): string[] {
  const pad = '  '.repeat(depth + 2);
  const mark =
    node.result === 'not-evaluated'
      ? lang === 'ru'
        ? '· не вычислялось'
        : '· not evaluated'
      : node.result
        ? '✓'
        : '✗';
  if (node.kind === 'leaf') {
    const path = node.path ? ` ${node.path}` : '';
    const seen = node.result === 'not-evaluated' ? '' : ` = ${show(node.factValue, lang)}`;
    return [`${pad}${mark} ${node.fact}${path}${seen}  ${node.operator} ${show(node.value, lang)}`];
  }
  const head = `${pad}${mark} ${node.kind}${node.fact ? ` ${node.fact}` : ''}`;
  return [head, ...(node.children ?? []).flatMap((c) => renderExplainTree(c, lang, depth + 1))];
}

function renderExplanations(explanations: readonly Explanation[], lang: Language): string[] {
  const lines: string[] = [];
  if (explanations[0]?.disabled) {
    lines.push(
      lang === 'ru'
        ? `⚠ Правило ${explanations[0].ruleId} отключено настройками: проверка его не выполняла; ниже — как оно решило бы, если бы было включено.`
        : `⚠ Rule ${explanations[0].ruleId} is switched off by the config: the audit did not evaluate it; below is how it would decide if it were on.`,
      '',
    );
  }
  for (const e of explanations) {
    lines.push(`${e.subject.type} ${e.subject.id} (${e.subject.label}): ${OUTCOME[e.outcome][lang]}`);
    if (e.unknownFacts) {
      lines.push(
        `  ${lang === 'ru' ? 'неизвестно по данным' : 'unknown from the data'}: ${e.unknownFacts.join(', ')}`,
      );
    }
    if (e.applicability) {
      lines.push(lang === 'ru' ? '  применимость (when):' : '  applicability (when):');
      append(lines, renderExplainTree(e.applicability, lang));
    }
    if (e.violation) {
      lines.push(lang === 'ru' ? '  условия нарушения (conditions):' : '  violation (conditions):');
      append(lines, renderExplainTree(e.violation, lang));
    }
    lines.push('');
  }
  return lines;
}

export function registerExplain(program: Command, ctx: CliContext): void {
  const command = program
    .command('explain')
    .description(
      'объяснить решение правила для субъекта с теми же настройками, что и audit / explain how a rule decided, with the setup audit uses',
    )
    .argument('<rule-id>', 'идентификатор правила, например SFR-2.6-LINK-ROLE / rule id')
    .argument('<school>', 'файл школы / the school file')
    .option('--subject <id>', 'только этот субъект (человек, канал, документ…) / only this subject');
  addSetupOptions(command)
    .option(
      '-f, --format <format>',
      'формат / format: text|json',
      parseFormat(['text', 'json'] as const),
      'text',
    )
    .addHelpText(
      'after',
      `
Настройки (файл настроек, правила, реестр, исключения) читаются так же, как в audit, поэтому
explain даёт тот же результат. / The setup is read as audit reads it, so explain agrees with audit.

Примеры / examples:
  $ sferum-compliance explain SFR-2.6-LINK-ROLE school.yaml --subject p-031
  $ sferum-compliance explain SFR-2.FINAL-PROHIBITED-MESSENGER school.yaml --format json`,
    )
    .action(
      async (
        ruleId: string,
        school: string,
        options: SetupCliOptions & { subject?: string; format: 'text' | 'json' },
      ) => {
        const { io } = ctx;
        if (options.printConfig) {
          await printRunSetup(ctx, school, options, options.format === 'json');
          ctx.exitCode = EXIT_OK;
          return;
        }
        const result = await explainFiles(school, ruleId, {
          ...setupFromCli(options),
          ...(options.subject !== undefined ? { subjectId: options.subject } : {}),
        });
        if (hasErrors(result.diagnostics) || (!result.explanations && !result.unknown)) {
          throw new CliUsageError(
            'входные данные содержат ошибки',
            'the input has errors',
            result.diagnostics,
          );
        }
        if (result.unknown) {
          const { kind, id, closest } = result.unknown;
          const near = closest.join(', ');
          throw kind === 'rule'
            ? new CliUsageError(
                `правило «${id}» не найдено; ближайшие: ${near} (список: sferum-compliance rules)`,
                `unknown rule «${id}»; closest: ${near} (list: sferum-compliance rules)`,
              )
            : new CliUsageError(
                `субъект «${id}» не найден среди субъектов правила ${ruleId}; ближайшие: ${near || '—'}`,
                `unknown subject «${id}» for rule ${ruleId}; closest: ${near || 'none'}`,
              );
        }
        const explanations = result.explanations ?? [];
        const lang = options.lang ?? result.config?.language ?? 'ru';
        const warnings = result.diagnostics.filter((d) => d.severity === 'warning');
        if (warnings.length > 0) printDiagnostics(io, warnings, lang);
        if (options.format === 'json') io.stdout(`${JSON.stringify(explanations, null, 2)}\n`);
        else io.stdout(`${escapeTerminal(renderExplanations(explanations, lang).join('\n'))}\n`);
        ctx.exitCode = EXIT_OK;
      },
    );
}
