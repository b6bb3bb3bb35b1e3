import type { Command } from 'commander';
import { explain, loadSchoolFile, type ExplainNode } from '../../node.js';
import { escapeTerminal } from '../../format/escape-terminal.js';
import type { CliContext } from '../context.js';
import { CliUsageError, EXIT_OK } from '../exit-codes.js';
import { parseAsOf, parseEngine, parseFormat, parseLanguage } from '../options.js';
import { append } from '../../util/append.js';

const OUTCOME = {
  fires: { ru: 'НАРУШЕНИЕ', en: 'VIOLATION' },
  passes: { ru: 'соответствует', en: 'passes' },
  'not-applicable': { ru: 'не применяется', en: 'not applicable' },
} as const;

function show(value: unknown): string {
  if (value === undefined) return '(нет / missing)';
  return JSON.stringify(value);
}

/** Renders a condition tree with one line per node; skipped nodes are shown, marked. */
export function renderExplainTree(node: ExplainNode, lang: 'ru' | 'en', depth = 0): string[] {
  const pad = '  '.repeat(depth + 2);
  const mark = node.result === 'not-evaluated' ? (lang === 'ru' ? '· не вычислялось' : '· not evaluated') : node.result ? '✓' : '✗';
  if (node.kind === 'leaf') {
    const path = node.path ? ` ${node.path}` : '';
    const seen = node.result === 'not-evaluated' ? '' : ` = ${show(node.factValue)}`;
    return [`${pad}${mark} ${node.fact}${path}${seen}  ${node.operator} ${show(node.value)}`];
  }
  const head = `${pad}${mark} ${node.kind}${node.fact ? ` ${node.fact}` : ''}`;
  return [head, ...(node.children ?? []).flatMap((c) => renderExplainTree(c, lang, depth + 1))];
}

export function registerExplain(program: Command, ctx: CliContext): void {
  program
    .command('explain')
    .description('объяснить решение правила для субъекта / explain how a rule decided for a subject')
    .argument('<rule-id>', 'идентификатор правила, например SFR-2.3-LINK-ROLE / rule id')
    .argument('<school>', 'файл школы / the school file')
    .option('--subject <id>', 'только этот субъект (человек, канал, документ…) / only this subject')
    .option('--as-of <date>', 'дата проверки ГГГГ-ММ-ДД / as-of date', parseAsOf)
    .option('--engine <engine>', 'движок / engine: compiled|reference', parseEngine, 'compiled')
    .option('-f, --format <format>', 'формат / format: text|json', parseFormat(['text', 'json'] as const), 'text')
    .option('--lang <lang>', 'язык / language: ru|en', parseLanguage, 'ru')
    .addHelpText(
      'after',
      `
Примеры / examples:
  $ sferum-compliance explain SFR-2.6-LINK-ROLE school.yaml --subject p-031
  $ sferum-compliance explain SFR-2.FINAL-FOREIGN-MESSENGER school.yaml --format json`,
    )
    .action(
      async (
        ruleId: string,
        school: string,
        options: { subject?: string; asOf?: string; engine: 'compiled' | 'reference'; format: 'text' | 'json'; lang: 'ru' | 'en' },
      ) => {
        const { io } = ctx;
        const loaded = await loadSchoolFile(school);
        if (!loaded.input) {
          throw new CliUsageError('входные данные содержат ошибки', 'the input has errors', loaded.diagnostics);
        }
        const explanations = await explain(loaded.input, ruleId, {
          subjectId: options.subject,
          asOf: options.asOf,
          engine: options.engine,
          language: options.lang,
        });
        if (options.format === 'json') {
          io.stdout(`${JSON.stringify(explanations, null, 2)}\n`);
          ctx.exitCode = EXIT_OK;
          return;
        }
        const lang = options.lang;
        const lines: string[] = [];
        for (const e of explanations) {
          lines.push(`${e.subject.type} ${e.subject.id} (${e.subject.label}): ${OUTCOME[e.outcome][lang]}`);
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
        io.stdout(`${escapeTerminal(lines.join('\n'))}\n`);
        ctx.exitCode = EXIT_OK;
      },
    );
}
