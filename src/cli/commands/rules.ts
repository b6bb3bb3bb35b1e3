import type { Command } from 'commander';
import { catalog, type Catalog } from '../../index.js';
import type { CliContext } from '../context.js';
import { CliUsageError } from '../exit-codes.js';
import { parseFormat, parseLanguage } from '../options.js';
import type { Language } from '../../model/vocabulary.js';

const DISPOSITION: Record<string, { ru: string; en: string }> = {
  auto: { ru: 'автоматически', en: 'automatic' },
  attest: { ru: 'подтверждение', en: 'attestation' },
  info: { ru: 'справочно', en: 'informational' },
};

/** The catalog as the `rules` command prints it: each clause with its disposition and rules. */
function catalogListing(cat: Catalog, clauseId?: string) {
  const clauses = clauseId ? cat.clauses.filter((c) => c.id === clauseId) : cat.clauses;
  const ruleIds = new Set(clauses.flatMap((c) => c.rules));
  return {
    version: cat.version,
    hash: cat.hash,
    clauses: clauses.map((c) => ({
      id: c.id,
      disposition: c.disposition,
      who: c.who,
      summary: c.summary,
      rules: c.rules,
      ...(c.question ? { question: c.question } : {}),
    })),
    rules: cat.rules
      .filter((r) => !clauseId || ruleIds.has(r.id) || r.clauses.includes(clauseId))
      .map((r) => ({
        id: r.id,
        clauses: r.clauses,
        subject: r.subject,
        severity: r.severity,
        title: r.title,
        ...(r.params ? { params: r.params } : {}),
        ...(r.tags ? { tags: r.tags } : {}),
      })),
  };
}

export function registerRules(program: Command, ctx: CliContext): void {
  program
    .command('rules')
    .description('пункты Порядка и реализующие их правила / list clauses and the rules that implement them')
    .option('--clause <id>', 'только этот пункт, например 2.final / only this clause')
    .option(
      '-f, --format <format>',
      'формат / format: text|json',
      parseFormat(['text', 'json'] as const),
      'text',
    )
    .option('--lang <lang>', 'язык / language: ru|en', parseLanguage, 'ru')
    .addHelpText(
      'after',
      `
Примеры / examples:
  $ sferum-compliance rules
  $ sferum-compliance rules --clause 2.3.b
  $ sferum-compliance rules --format json`,
    )
    .action((options: { clause?: string; format: 'text' | 'json'; lang: Language }) => {
      const cat = catalog();
      if (options.clause && !cat.clauses.some((c) => c.id === options.clause)) {
        const known = cat.clauses.map((c) => c.id).join(', ');
        throw new CliUsageError(
          `неизвестный пункт «${options.clause}». Известные пункты: ${known}`,
          `unknown clause «${options.clause}». Known clauses: ${known}`,
        );
      }
      const listing = catalogListing(cat, options.clause);
      if (options.format === 'json') {
        ctx.io.stdout(`${JSON.stringify(listing, null, 2)}\n`);
        return;
      }
      const lang = options.lang;
      const rulesById = new Map(cat.rules.map((r) => [r.id, r]));
      const lines: string[] = [
        lang === 'ru'
          ? `Каталог ${listing.version} — пунктов: ${listing.clauses.length}, правил: ${listing.rules.length}`
          : `Catalog ${listing.version} — clauses: ${listing.clauses.length}, rules: ${listing.rules.length}`,
        '',
      ];
      for (const clause of listing.clauses) {
        const disposition = DISPOSITION[clause.disposition]?.[lang] ?? clause.disposition;
        lines.push(`${clause.id}  [${disposition}]  ${clause.summary[lang]}`);
        for (const id of clause.rules) {
          const rule = rulesById.get(id);
          lines.push(
            `    ${id}  (${rule?.severity ?? '?'}, ${rule?.subject ?? '?'})  ${rule?.title[lang] ?? ''}`,
          );
        }
      }
      ctx.io.stdout(`${lines.join('\n')}\n`);
    });
}
