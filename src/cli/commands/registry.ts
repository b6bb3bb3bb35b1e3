import type { Command } from 'commander';
import { defaultRegistry } from '../../messengers/default-registry.js';
import { registryAsOf } from '../../messengers/registry-as-of.js';
import type { MessengerRegistry } from '../../messengers/types.js';
import { resolveAsOf } from '../../audit/index.js';
import { loadRegistryOverlays } from '../../node/load-registry-overlays.js';
import type { CliContext } from '../context.js';
import { EXIT_OK, EXIT_USAGE } from '../exit-codes.js';
import { parseAsOf, parseFormat, parseLanguage } from '../options.js';
import { printDiagnostics } from '../print-diagnostics.js';

const STATUS: Record<string, { ru: string; en: string }> = {
  prohibited: { ru: 'запрещён', en: 'prohibited' },
  educational: { ru: 'образовательная платформа', en: 'educational platform' },
  allowed: { ru: 'разрешён', en: 'allowed' },
  unknown: { ru: 'проверить вручную', en: 'check by hand' },
};

/** The registry as of a date, as the `registry` command prints it. */
function registryListing(registry: MessengerRegistry, asOf: string) {
  const view = registryAsOf(registry, asOf);
  return {
    version: view.version,
    hash: view.hash,
    ...(view.newestEntry !== undefined ? { newestEntry: view.newestEntry } : {}),
    asOf,
    entries: view.entries.map((e) => ({
      id: e.id,
      name: e.name,
      status: e.status,
      ...(e.basis
        ? {
            basis: {
              kind: e.basis.kind,
              ...(e.basis.from !== undefined ? { from: e.basis.from } : {}),
              ...(e.basis.to !== undefined ? { to: e.basis.to } : {}),
              source: e.basis.source,
            },
          }
        : {}),
      // Facts about access in force on the date (blocking, restrictions), which change no status.
      notes: (e.history ?? [])
        .filter(
          (p) =>
            (p.kind === 'blocked' || p.kind === 'restricted' || p.kind === 'discontinued') &&
            (p.from === undefined || p.from <= asOf) &&
            (p.to === undefined || asOf <= p.to),
        )
        .map((p) => ({
          kind: p.kind,
          ...(p.from !== undefined ? { from: p.from } : {}),
          ...(p.note !== undefined ? { note: p.note } : {}),
          url: p.source.url,
        })),
    })),
  };
}

export function registerRegistry(program: Command, ctx: CliContext): void {
  program
    .command('registry')
    .description(
      'реестр мессенджеров на дату: статус, основание и источник / the messenger registry as of a date: status, basis and source',
    )
    .option(
      '--as-of <date>',
      'дата ГГГГ-ММ-ДД (по умолчанию сегодня) / as-of date (default today)',
      parseAsOf,
    )
    .option('--registry <file>', 'региональное дополнение реестра / a registry overlay')
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
  $ sferum-compliance registry --as-of 2023-02-28
  $ sferum-compliance registry --as-of 2026-11-30 --format json
  $ sferum-compliance registry --registry region-54.yaml`,
    )
    .action(
      async (options: { asOf?: string; registry?: string; format: 'text' | 'json'; lang: 'ru' | 'en' }) => {
        let registry = defaultRegistry();
        if (options.registry) {
          const loaded = await loadRegistryOverlays([options.registry], (p) => p);
          if (loaded.diagnostics.length > 0) printDiagnostics(ctx.io, loaded.diagnostics, options.lang);
          if (!loaded.registry) {
            ctx.exitCode = EXIT_USAGE;
            return;
          }
          registry = loaded.registry;
        }
        const asOf = resolveAsOf({ asOf: options.asOf });
        const listing = registryListing(registry, asOf);
        ctx.exitCode = EXIT_OK;
        if (options.format === 'json') {
          ctx.io.stdout(`${JSON.stringify(listing, null, 2)}\n`);
          return;
        }
        const lang = options.lang;
        const lines: string[] = [
          lang === 'ru'
            ? `Реестр мессенджеров ${listing.version} на ${asOf} (записи до ${listing.newestEntry ?? '—'}), сервисов: ${listing.entries.length}`
            : `Messenger registry ${listing.version} as of ${asOf} (entries up to ${listing.newestEntry ?? '—'}), services: ${listing.entries.length}`,
          '',
        ];
        const width = listing.entries.reduce((w, e) => Math.max(w, e.id.length), 0);
        for (const e of listing.entries) {
          const status = STATUS[e.status]?.[lang] ?? e.status;
          const since = e.basis?.from
            ? lang === 'ru'
              ? ` с ${e.basis.from}`
              : ` since ${e.basis.from}`
            : '';
          lines.push(
            `${e.id.padEnd(width)}  ${status}${e.basis ? ` — ${e.basis.kind}${since}` : ''}  ${e.name[lang]}`,
          );
          if (e.basis)
            lines.push(
              `${' '.repeat(width)}    ${e.basis.source.title} — ${e.basis.source.url} (${lang === 'ru' ? 'прочитано' : 'read'} ${e.basis.source.read})`,
            );
          for (const n of e.notes)
            lines.push(
              `${' '.repeat(width)}    ${n.kind}${n.from ? ` ${n.from}` : ''}${n.note ? `: ${n.note}` : ''} — ${n.url}`,
            );
        }
        ctx.io.stdout(`${lines.join('\n')}\n`);
      },
    );
}
