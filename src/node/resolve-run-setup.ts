import type { Edition } from '../editions/types.js';
import { access } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import type { RuleDefinition } from '../catalog/types.js';
import type { RunSetupFiles } from '../config/run-setup.js';
import type { AuditConfig } from '../config/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Waiver } from '../waivers/types.js';
import type { MessengerRegistry } from '../messengers/types.js';
import { loadAuditSetup } from './load-audit-setup.js';
import { loadWaiversFile } from './load-config.js';
import { append } from '../util/append.js';
import { catalog as builtinCatalog } from '../catalog/index.js';
import type { RuleSelection } from '../config/run-setup.js';
import { closestIds } from '../validate/suggest-key.js';

/** Config file names read beside the school file when no config is given (first found wins). */
export const CONFIG_FILE_NAMES = [
  'sferum-compliance.config.yaml',
  'sferum-compliance.config.yml',
  'sferum-compliance.config.json',
];

/** Waiver file names read beside the school file when no waivers file is given (first found wins). */
export const WAIVER_FILE_NAMES = ['waivers.yaml', 'waivers.yml', 'waivers.json'];

export interface RunSetupOptions {
  /** The school file: its folder is where the config and waivers are looked for. */
  schoolPath?: string | undefined;
  /** `sferum-compliance.config.yaml`; when absent one beside the school file is used if present. */
  configPath?: string | undefined;
  /** Do not look for a config beside the school file. */
  noConfigDiscovery?: boolean | undefined;
  /** A config given in code, applied under the file's (the file wins key by key). */
  config?: AuditConfig | undefined;
  /** Rule pack directories (besides the config's `rulePacks`). */
  rulesDirs?: readonly string[] | undefined;
  /** A messenger registry overlay (after the config's `registry`). */
  registryPath?: string | undefined;
  /** A waivers file; when absent one beside the school file is used if present. */
  waiversPath?: string | undefined;
  /** Do not look for a waivers file beside the school file. */
  noWaiversDiscovery?: boolean | undefined;
  /** Longest waiver span, days; wins over the config's. */
  maxWaiverDays?: number | undefined;
  /** Waivers are read and checked, not applied (recorded in the setup). */
  ignoreWaivers?: boolean | undefined;
  /** Only these rules run (`--rule`): every other rule of the catalog and the packs is switched off. */
  onlyRules?: readonly string[] | undefined;
  /** These rules are switched off (`--skip-rule`). */
  skipRules?: readonly string[] | undefined;
  /** How diagnostics and reports name a path; default: relative to the working directory. */
  display?: (path: string) => string;
}

export interface ResolvedRunSetup {
  /** The effective config (file + code); absent when the config file does not load. */
  config?: AuditConfig;
  /** The config file read (as given or discovered), when any. */
  configPath?: string;
  /** Rules of the rule packs. */
  rules: RuleDefinition[];
  /** Absent when the config, a rule pack or a registry overlay has errors. */
  registry?: MessengerRegistry;
  waivers?: Waiver[];
  /** The waivers file read (as given or discovered), when any. */
  waiversPath?: string;
  diagnostics: Diagnostic[];
  /** Config, rule and overlay files read, with hashes, for `report.inputs`. */
  files: { path: string; sha256: string }[];
  /** The waivers file read, with its hash (listed after the school's own files in `report.inputs`). */
  waiversFile?: { path: string; sha256: string };
  /** Names of the setup's files, for `report.setup` (pass as `AuditOptions.setupFiles`). */
  setupFiles: RunSetupFiles;
  /** The registry overlay files composed into `registry`, with hashes (the report's provenance). */
  registryOverlays?: { path: string; sha256: string }[];
  /** The region's own regulation editions (config `editions`). */
  editions?: Edition[];
}

/** How reports name a file: relative to the working directory when under it, `/`-separated. */
export function displayPath(path: string): string {
  if (!isAbsolute(path)) return path.split(sep).join('/');
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : path;
}

/** The first of `names` that exists in `dir`. */
export async function firstExisting(dir: string, names: readonly string[]): Promise<string | undefined> {
  for (const name of names) {
    const file = join(dir, name);
    try {
      await access(file);
      return file;
    } catch {
      // Not there: try the next name.
    }
  }
  return undefined;
}

/**
 * The one place a run's setup is resolved — for `audit`, `explain`, `validate`, `region` and the
 * library's `auditFiles`: the config (given, or `sferum-compliance.config.yaml` beside the school),
 * rule packs, registry overlays and the waivers (given, or `waivers.yaml` beside the school), in
 * that order, stopping at the first part with errors. Never throws for bad input.
 */
export async function resolveRunSetup(options: RunSetupOptions): Promise<ResolvedRunSetup> {
  const display = options.display ?? displayPath;
  const schoolDir = options.schoolPath !== undefined ? dirname(options.schoolPath) : undefined;
  let configPath = options.configPath;
  if (configPath === undefined && !options.noConfigDiscovery && schoolDir !== undefined) {
    configPath = await firstExisting(schoolDir, CONFIG_FILE_NAMES);
  }
  const setup = await loadAuditSetup({
    configPath,
    config: options.config,
    rulesDirs: options.rulesDirs,
    registryPath: options.registryPath,
    display,
  });
  const selection = selectRules(setup.config, setup.rules, options);
  const setupFiles: RunSetupFiles = {
    ...(configPath !== undefined ? { configFile: display(configPath) } : {}),
    rulePacks: setup.rulePackDirs ?? [],
    registryOverlays: setup.registryOverlayPaths ?? [],
    waiverFiles: [],
    ...(selection.selection ? { ruleSelection: selection.selection } : {}),
  };
  append(setup.diagnostics, selection.diagnostics);
  if (selection.diagnostics.length > 0) delete setup.config;
  const base = {
    ...(setup.config ? { config: selection.config ?? setup.config } : {}),
    ...(configPath !== undefined ? { configPath } : {}),
    rules: setup.rules,
    diagnostics: [...setup.diagnostics],
    files: [...setup.files],
    setupFiles,
    ...(setup.registryOverlays ? { registryOverlays: setup.registryOverlays } : {}),
    ...(setup.editions && setup.editions.length > 0 ? { editions: setup.editions } : {}),
  };
  if (!setup.config || !setup.registry) return base;

  let waiversPath = options.waiversPath;
  if (waiversPath === undefined && !options.noWaiversDiscovery && schoolDir !== undefined) {
    waiversPath = await firstExisting(schoolDir, WAIVER_FILE_NAMES);
  }
  let waivers: Waiver[] | undefined;
  let waiversFile: { path: string; sha256: string } | undefined;
  if (waiversPath !== undefined) {
    const maxWaiverDays = options.maxWaiverDays ?? setup.config.maxWaiverDays;
    const w = await loadWaiversFile(waiversPath, {
      displayPath: display(waiversPath),
      ...(maxWaiverDays !== undefined ? { maxWaiverDays } : {}),
    });
    append(base.diagnostics, w.diagnostics);
    waivers = w.waivers;
    setupFiles.waiverFiles = [display(waiversPath)];
    if (w.sha256) waiversFile = { path: display(waiversPath), sha256: w.sha256 };
  }
  return {
    ...base,
    ...(waiversFile ? { waiversFile } : {}),
    registry: setup.registry,
    ...(waivers ? { waivers } : {}),
    ...(waiversPath !== undefined ? { waiversPath } : {}),
  };
}

/**
 * `--rule` / `--skip-rule` as config overrides: every rule left out gets `enabled: false` on top of
 * the config (the command line wins over the file), so every door runs and describes the same
 * rules. An unknown id is an error naming the nearest known ones.
 */
export function selectRules(
  config: AuditConfig | undefined,
  packRules: readonly RuleDefinition[],
  options: Pick<RunSetupOptions, 'onlyRules' | 'skipRules'>,
): { config?: AuditConfig; selection?: RuleSelection; diagnostics: Diagnostic[] } {
  const only =
    options.onlyRules && options.onlyRules.length > 0 ? [...new Set(options.onlyRules)] : undefined;
  const skip =
    options.skipRules && options.skipRules.length > 0 ? [...new Set(options.skipRules)] : undefined;
  if (!only && !skip) return { diagnostics: [] };
  const known = [...builtinCatalog().rules, ...packRules].map((r) => r.id);
  const knownSet = new Set(known);
  const diagnostics: Diagnostic[] = [];
  for (const [option, ids] of [
    ['--rule', only ?? []],
    ['--skip-rule', skip ?? []],
  ] as const) {
    for (const id of ids) {
      if (knownSet.has(id)) continue;
      const closest = closestIds(id, known).join(', ');
      diagnostics.push({
        code: 'RULE_UNKNOWN',
        severity: 'error',
        message: {
          ru: `${option}: неизвестное правило «${id}»; ближайшие: ${closest}`,
          en: `${option}: unknown rule "${id}"; nearest: ${closest}`,
        },
        hint: {
          ru: 'список правил: sferum-compliance rules',
          en: 'list the rules with: sferum-compliance rules',
        },
      });
    }
  }
  const selection: RuleSelection = { ...(only ? { only } : {}), ...(skip ? { skip } : {}) };
  if (diagnostics.length > 0 || !config) return { selection, diagnostics };
  const onlySet = only ? new Set(only) : undefined;
  const skipSet = new Set(skip ?? []);
  const rules = { ...config.rules };
  for (const id of known) {
    if ((onlySet && !onlySet.has(id)) || skipSet.has(id)) rules[id] = { ...rules[id], enabled: false };
    // Named with --rule: it runs even if the config switched it off.
    else if (onlySet?.has(id) && rules[id]?.enabled === false) rules[id] = { ...rules[id], enabled: true };
  }
  return { config: { ...config, rules }, selection, diagnostics };
}
