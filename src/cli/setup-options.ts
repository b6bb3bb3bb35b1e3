import type { Command } from 'commander';
import { stringify as toYaml } from 'yaml';
import { catalog as builtinCatalog } from '../catalog/index.js';
import { prepareAuditRun } from '../audit/prepare-audit.js';
import { describeRunSetup } from '../config/run-setup.js';
import type { AuditFilesOptions } from '../node/audit-files.js';
import { resolveRunSetup } from '../node/resolve-run-setup.js';
import type { Language } from '../model/vocabulary.js';
import type { CliContext } from './context.js';
import { CliUsageError } from './exit-codes.js';
import { collect, parseAsOf, parseEngine, parseLanguage } from './options.js';
import { hasErrors } from '../diagnostics/diagnostic.js';

/** The options every command that audits a school reads its setup from (`audit`, `explain`). */
export interface SetupCliOptions {
  people?: string;
  channels?: string;
  asOf?: string;
  lang?: Language;
  config?: string;
  waivers?: string;
  ignoreWaivers?: boolean;
  /** `--no-school-waivers` sets it false. */
  schoolWaivers?: boolean;
  rules?: string[];
  /** `--rule`: only these rules run. */
  rule?: string[];
  /** `--skip-rule`: these rules do not run. */
  skipRule?: string[];
  registry?: string;
  engine: 'compiled' | 'reference';
  printConfig?: boolean;
}

/**
 * Adds the setup options, worded the same for every command, so `explain` reads exactly what
 * `audit` reads (docs/run-setup.md).
 */
export function addSetupOptions(command: Command): Command {
  return command
    .option('--people <file>', 'CSV со списком людей вместо указанного в файле школы / roster CSV override')
    .option(
      '--channels <file>',
      'CSV с перечнем каналов вместо указанного в файле школы / channel inventory CSV override',
    )
    .option(
      '--as-of <date>',
      'дата проверки ГГГГ-ММ-ДД (по умолчанию сегодня) / as-of date (default today)',
      parseAsOf,
    )
    .option('--lang <lang>', 'язык (по умолчанию ru) / language (default ru): ru|en', parseLanguage)
    .option(
      '-c, --config <file>',
      'файл настроек (по умолчанию sferum-compliance.config.yaml рядом с файлом школы) / config file (default: the one beside the school file)',
    )
    .option(
      '--waivers <file>',
      'файл исключений (по умолчанию waivers.yaml рядом с файлом школы) / waivers file (default: the one beside the school file)',
    )
    .option(
      '--no-school-waivers',
      'не читать waivers.yaml рядом с файлом школы / do not read the waivers file beside the school file',
    )
    .option('--ignore-waivers', 'не применять исключения (показать исходное состояние) / ignore all waivers')
    .option(
      '--rules <dir>',
      'каталог с дополнительными правилами (можно повторять) / extra rule pack directory (repeatable)',
      collect,
    )
    .option(
      '--rule <id>',
      'проверять только это правило (можно повторять) / run only this rule (repeatable)',
      collect,
    )
    .option(
      '--skip-rule <id>',
      'не проверять это правило (можно повторять) / skip this rule (repeatable)',
      collect,
    )
    .option(
      '--registry <file>',
      'дополнение реестра мессенджеров (регион, школа) / messenger registry overlay',
    )
    .option('--engine <engine>', 'движок правил / rule engine: compiled|reference', parseEngine, 'compiled')
    .option(
      '--print-config',
      'напечатать итоговые настройки проверки и выйти / print the resolved run setup and exit',
    );
}

/** The `auditFiles`/`explainFiles` options the setup options stand for. */
export function setupFromCli(options: SetupCliOptions): AuditFilesOptions {
  return {
    ...(options.people !== undefined ? { peoplePath: options.people } : {}),
    ...(options.channels !== undefined ? { channelsPath: options.channels } : {}),
    ...(options.config !== undefined ? { configPath: options.config } : {}),
    ...(options.waivers !== undefined ? { waiversPath: options.waivers } : {}),
    ...(options.schoolWaivers === false ? { noWaiversDiscovery: true } : {}),
    rulesDirs: options.rules ?? [],
    ...(options.rule !== undefined ? { onlyRules: options.rule } : {}),
    ...(options.skipRule !== undefined ? { skipRules: options.skipRule } : {}),
    ...(options.registry !== undefined ? { registryPath: options.registry } : {}),
    ignoreWaivers: Boolean(options.ignoreWaivers),
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
    ...(options.lang !== undefined ? { language: options.lang } : {}),
    engine: options.engine,
  };
}

/**
 * `--print-config`: the run setup resolved exactly as the audit resolves it — config file and its
 * effective values, as-of date, language, engine, rule packs, overlays, waivers, changed rules —
 * as YAML (or JSON with `json`). Exit 0; an input error is a usage error.
 */
export async function printRunSetup(
  ctx: CliContext,
  school: string,
  options: SetupCliOptions,
  json: boolean,
): Promise<void> {
  const files = setupFromCli(options);
  const resolved = await resolveRunSetup({
    // A school from standard input has no folder to find a config or waivers in.
    ...(school === '-' ? {} : { schoolPath: school }),
    onlyRules: files.onlyRules,
    skipRules: files.skipRules,
    configPath: files.configPath,
    rulesDirs: files.rulesDirs,
    registryPath: files.registryPath,
    waiversPath: files.waiversPath,
    noWaiversDiscovery: files.noWaiversDiscovery,
    ignoreWaivers: files.ignoreWaivers,
  });
  if (!resolved.config || !resolved.registry || hasErrors(resolved.diagnostics)) {
    throw new CliUsageError(
      'настройки проверки содержат ошибки',
      'the run setup has errors',
      resolved.diagnostics,
    );
  }
  const run = prepareAuditRun({
    config: resolved.config,
    ...(resolved.rules.length > 0 ? { rulePacks: resolved.rules } : {}),
    registry: resolved.registry,
    ...(files.asOf !== undefined ? { asOf: files.asOf } : {}),
    ...(files.language !== undefined ? { language: files.language } : {}),
    ...(files.engine !== undefined ? { engine: files.engine } : {}),
  });
  const setup = describeRunSetup({
    rules: run.catalog.rules,
    coreRuleIds: builtinCatalog().rules.map((r) => r.id),
    packRules: resolved.rules,
    config: resolved.config,
    files: resolved.setupFiles,
    waiversIgnored: files.ignoreWaivers,
  });
  const out = {
    school,
    asOf: run.asOf,
    language: run.language,
    engine: run.engine,
    catalog: { version: run.catalog.version, hash: run.catalog.hash },
    registry: { version: run.registry.version, source: run.registry.source, hash: run.registry.hash },
    ...setup,
    config: resolved.config,
  };
  ctx.io.stdout(json ? `${JSON.stringify(out, null, 2)}\n` : toYaml(out));
}
