import type { Command } from 'commander';
import { escapeTerminal } from '../../diagnostics/escape-terminal.js';
import { catalog } from '../../catalog/catalog.js';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import type { Catalog } from '../../catalog/types.js';
import { mergeCatalog } from '../../catalog/index.js';
import { displayPath } from '../../node/resolve-run-setup.js';
import { loadRulePacks } from '../../node/load-rule-packs.js';
import { append } from '../../util/append.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { CliContext } from '../context.js';
import { CliUsageError } from '../exit-codes.js';
import { collect, parseFormat, parseLanguage } from '../options.js';
import type { Language } from '../../model/vocabulary.js';
import { registerRulesTest } from './rules-test.js';

const DISPOSITION: Record<string, { ru: string; en: string }> = {
  auto: { ru: 'автоматически', en: 'automatic' },
  attest: { ru: 'подтверждение', en: 'attestation' },
  info: { ru: 'справочно', en: 'informational' },
};

/**
 * The catalog with the rule packs of `--rules` added (as `audit --rules` adds them), and which pack
 * each added rule came from. A pack with errors is a usage error.
 */
async function catalogWithPacks(
  dirs: readonly string[],
): Promise<{ cat: Catalog; packOf: Map<string, string> }> {
  const packOf = new Map<string, string>();
  if (dirs.length === 0) return { cat: catalog(), packOf };
  const diagnostics: Diagnostic[] = [];
  const packs: { rules: Awaited<ReturnType<typeof loadRulePacks>>['rules']; name: string }[] = [];
  for (const dir of dirs) {
    const loaded = await loadRulePacks([dir], displayPath);
    append(diagnostics, loaded.diagnostics);
    packs.push({ rules: loaded.rules, name: displayPath(dir) });
    for (const r of loaded.rules) packOf.set(r.id, displayPath(dir));
  }
  const merged = mergeCatalog(catalog(), packs);
  append(diagnostics, merged.diagnostics);
  if (hasErrors(diagnostics)) {
    throw new CliUsageError('пакет правил содержит ошибки', 'the rule pack has errors', diagnostics);
  }
  return { cat: merged.catalog, packOf };
}

/** The catalog as the `rules` command prints it: each clause with its disposition and rules. */
export function catalogListing(
  cat: Catalog,
  clauseId?: string,
  packOf: ReadonlyMap<string, string> = new Map(),
) {
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
        ...(packOf.has(r.id) ? { pack: packOf.get(r.id) } : {}),
      })),
  };
}

// long-function: commander's option table and help text (declarations), then the listing
export function registerRules(program: Command, ctx: CliContext): void {
  const command = program
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
    .option(
      '--rules <dir>',
      'показать и правила этого пакета, с пометкой (можно повторять) / also list this rule pack, marked (repeatable)',
      collect,
    )
    .addHelpText(
      'after',
      `
Примеры / examples:
  $ sferum-compliance rules
  $ sferum-compliance rules --clause 2.3.b
  $ sferum-compliance rules --format json
  $ sferum-compliance rules --rules region-rules
  $ sferum-compliance rules test region-rules`,
    )
    .action(
      async (options: { clause?: string; format: 'text' | 'json'; lang: Language; rules?: string[] }) => {
        const { cat, packOf } = await catalogWithPacks(options.rules ?? []);
        if (options.clause && !cat.clauses.some((c) => c.id === options.clause)) {
          const known = cat.clauses.map((c) => c.id).join(', ');
          throw new CliUsageError(
            `неизвестный пункт «${options.clause}». Известные пункты: ${known}`,
            `unknown clause «${options.clause}». Known clauses: ${known}`,
          );
        }
        const listing = catalogListing(cat, options.clause, packOf);
        if (options.format === 'json') {
          ctx.io.stdout(`${JSON.stringify(listing, null, 2)}\n`);
          return;
        }
        const lang = options.lang;
        const rulesById = new Map(cat.rules.map((r) => [r.id, r]));
        const lines: string[] = [
          lang === 'ru'
            ? `Каталог ${listing.version} — пунктов: ${listing.clauses.length}, правил: ${listing.rules.length}${packOf.size > 0 ? `, из них из пакетов: ${packOf.size}` : ''}`
            : `Catalog ${listing.version} — clauses: ${listing.clauses.length}, rules: ${listing.rules.length}${packOf.size > 0 ? `, from packs: ${packOf.size}` : ''}`,
          '',
        ];
        for (const clause of listing.clauses) {
          const disposition = DISPOSITION[clause.disposition]?.[lang] ?? clause.disposition;
          lines.push(`${clause.id}  [${disposition}]  ${clause.summary[lang]}`);
          for (const id of clause.rules) {
            const rule = rulesById.get(id);
            const pack = packOf.get(id);
            const mark = pack === undefined ? '' : lang === 'ru' ? `  [пакет ${pack}]` : `  [pack ${pack}]`;
            lines.push(
              `    ${id}  (${rule?.severity ?? '?'}, ${rule?.subject ?? '?'})  ${rule?.title[lang] ?? ''}${mark}`,
            );
          }
        }
        ctx.io.stdout(`${escapeTerminal(lines.join('\n'))}\n`);
      },
    );
  registerRulesTest(command, ctx);
}
