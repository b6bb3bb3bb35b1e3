import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { audit } from '../audit/audit.js';
import type { AuditOptions, ExportSummary } from '../audit/types.js';
import { catalog as builtinCatalog, parseRulePack } from '../catalog/index.js';
import type { RuleDefinition } from '../catalog/types.js';
import { parseConfig } from '../config/parse-config.js';
import type { AuditConfig } from '../config/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { defaultRegistry, extendRegistry } from '../messengers/index.js';
import type { MessengerRegistry } from '../messengers/types.js';
import type { Report } from '../report/types.js';
import { summarizeScan } from '../scan/index.js';
import type { ScanFormat } from '../scan/index.js';
import { loadConfigFile, loadWaiversFile, readSmallTextFile } from './load-config.js';
import { loadSchoolFile } from './load-files.js';
import { loadRegistryFile } from './load-registry.js';
import { scanFile } from './scan-files.js';

/** Names the CLI looks for next to the school file when no `--config` is given. */
export const CONFIG_FILE_NAMES = ['sferum-compliance.config.yaml', 'sferum-compliance.config.yml', 'sferum-compliance.config.json'];

export interface AuditFilesOptions
  extends Omit<AuditOptions, 'config' | 'waivers' | 'rulePacks' | 'registry' | 'exportSummaries' | 'diagnostics' | 'inputFiles'> {
  /** How reports and diagnostics name the school file; default: the path as given. */
  displayPath?: string;
  /** A roster CSV instead of the one the school file names. */
  peoplePath?: string;
  /** A channel inventory CSV instead of the one the school file names. */
  channelsPath?: string;
  /** `sferum-compliance.config.yaml`; when absent one next to the school file is used if present. */
  configPath?: string;
  /** Skip looking for a config next to the school file. */
  noConfigDiscovery?: boolean;
  waiversPath?: string;
  /** Rule pack directories (besides the config's `rulePacks`). */
  rulesDirs?: readonly string[];
  /** A messenger registry overlay (besides/instead of the config's `registry`). */
  registryPath?: string;
  /** Scan the chat exports listed in the school file (default true). */
  scanExports?: boolean;
  /** A config given in code, applied under the file's (the file wins key by key). */
  config?: AuditConfig;
}

export interface AuditFilesResult {
  /** Absent when the input, the config or a rule pack has errors. */
  report?: Report;
  diagnostics: Diagnostic[];
  /** The effective config (file + code), e.g. for the CLI's `failOn`. */
  config?: AuditConfig;
}

function exists(path: string): Promise<boolean> {
  return readFile(path).then(
    () => true,
    () => false,
  );
}

async function sha256File(path: string): Promise<string | undefined> {
  try {
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
    return hash.digest('hex');
  } catch {
    return undefined;
  }
}

/** Display name for a file: relative to the working directory when under it, else as given. */
function display(path: string): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : path;
}

async function listRuleFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    const entries = await readdir(d, { withFileTypes: true });
    for (const e of entries) {
      // `_fixtures` and other `_` folders hold test data, `*.test.yaml` are rule tests.
      if (e.name.startsWith('_') || e.name.startsWith('.')) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (/\.(ya?ml|json)$/i.test(e.name) && !/\.test\.(ya?ml|json)$/i.test(e.name)) out.push(p);
    }
  };
  await walk(dir);
  return out.sort();
}

async function loadRulePacks(
  dirs: readonly string[],
): Promise<{ rules: RuleDefinition[]; diagnostics: Diagnostic[]; files: { path: string; sha256: string }[] }> {
  const files: { path: string; text: string; sha256: string }[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const dir of dirs) {
    let paths: string[];
    try {
      paths = await listRuleFiles(dir);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      diagnostics.push({
        code: code === 'ENOENT' ? 'FILE_NOT_FOUND' : 'FILE_UNREADABLE',
        severity: 'error',
        message: {
          ru: `Каталог правил «${display(dir)}» не найден или не читается`,
          en: `Rule pack directory "${display(dir)}" is missing or unreadable`,
        },
        file: display(dir),
      });
      continue;
    }
    for (const p of paths) {
      const read = await readSmallTextFile(p, display(p), { ru: 'Файл правила', en: 'Rule file' });
      diagnostics.push(...read.diagnostics);
      if (read.file) files.push({ path: display(p), text: read.file.text, sha256: read.file.sha256 });
    }
  }
  if (files.length === 0) return { rules: [], diagnostics, files: [] };
  const pack = parseRulePack(files, { existingRuleIds: builtinCatalog().rules.map((r) => r.id) });
  return {
    rules: pack.rules,
    diagnostics: [...diagnostics, ...pack.diagnostics],
    files: files.map((f) => ({ path: f.path, sha256: f.sha256 })),
  };
}

/**
 * Loads everything an audit of a school on disk needs — the school file and its CSVs, the
 * config, waivers, rule packs, a registry overlay, and the chat exports the school file lists
 * (scanned and summarised per channel) — then runs `audit()`. Never throws for bad input: the
 * problems are in `diagnostics` (and in `report.diagnostics` when a report could be made).
 */
export async function auditFiles(schoolPath: string, options: AuditFilesOptions = {}): Promise<AuditFilesResult> {
  const diagnostics: Diagnostic[] = [];
  const inputFiles: { path: string; sha256: string }[] = [];
  const schoolDir = dirname(schoolPath);

  // Config: explicit, or discovered next to the school file.
  let configPath = options.configPath;
  if (!configPath && !options.noConfigDiscovery) {
    for (const name of CONFIG_FILE_NAMES) {
      if (await exists(join(schoolDir, name))) {
        configPath = join(schoolDir, name);
        break;
      }
    }
  }
  let fileConfig: AuditConfig = {};
  let configText: string | undefined;
  if (configPath) {
    const loaded = await loadConfigFile(configPath, { displayPath: display(configPath), rules: false });
    if (!loaded.config) return { diagnostics: [...diagnostics, ...loaded.diagnostics] };
    fileConfig = loaded.config;
    configText = loaded.text;
    if (loaded.sha256) inputFiles.push({ path: display(configPath), sha256: loaded.sha256 });
  }
  const config: AuditConfig = {
    ...(options.config ?? {}),
    ...fileConfig,
    rules: { ...(options.config?.rules ?? {}), ...(fileConfig.rules ?? {}) },
  };
  const fromConfig = (p: string) => (configPath ? resolve(dirname(configPath), p) : p);

  // Rule packs, then the config's overrides checked against every rule, with positions.
  const packDirs = [...(options.rulesDirs ?? []), ...(fileConfig.rulePacks ?? []).map(fromConfig)];
  const packs = await loadRulePacks(packDirs);
  diagnostics.push(...packs.diagnostics);
  inputFiles.push(...packs.files);
  if (hasErrors(packs.diagnostics)) return { diagnostics, config };
  if (configPath && configText !== undefined) {
    const rechecked = parseConfig(configText, display(configPath), { rules: [...builtinCatalog().rules, ...packs.rules] });
    diagnostics.push(...rechecked.diagnostics);
    if (!rechecked.config) return { diagnostics, config };
  }

  // Registry: the built-in one, extended by the config's overlay and then the explicit one.
  let registry: MessengerRegistry = defaultRegistry();
  for (const overlay of [fileConfig.registry ? fromConfig(fileConfig.registry) : undefined, options.registryPath]) {
    if (!overlay) continue;
    const loaded = await loadRegistryFile(overlay);
    diagnostics.push(...loaded.diagnostics.map((d) => (d.file === overlay ? { ...d, file: display(overlay) } : d)));
    if (!loaded.registry) return { diagnostics, config };
    registry = extendRegistry(registry, loaded.registry);
    const sha = await sha256File(overlay);
    if (sha) inputFiles.push({ path: display(overlay), sha256: sha });
  }

  // The school.
  const loadOptions = {
    knownClauses: builtinCatalog().clauses.map((c) => c.id),
    ...(options.displayPath !== undefined ? { displayPath: options.displayPath } : {}),
    ...(options.peoplePath !== undefined ? { peoplePath: options.peoplePath } : {}),
    ...(options.channelsPath !== undefined ? { channelsPath: options.channelsPath } : {}),
  };
  // Relative to the working directory when possible: reports then name files the same way on
  // every machine (the CLI hands over absolute paths).
  const loaded = await loadSchoolFile(display(schoolPath), loadOptions as Parameters<typeof loadSchoolFile>[1]);
  diagnostics.push(...loaded.diagnostics);
  if (!loaded.input) return { diagnostics, config };
  const input = loaded.input;

  // Chat exports, scanned and summarised per channel.
  const exportSummaries: Record<string, ExportSummary> = {};
  if (options.scanExports !== false) {
    const schoolDisplayDir = dirname(options.displayPath ?? display(schoolPath));
    for (const ref of input.exports ?? []) {
      const path = isAbsolute(ref.file) ? ref.file : join(schoolDir, ref.file);
      const shown = isAbsolute(ref.file) ? ref.file : join(schoolDisplayDir, ref.file).split(sep).join('/');
      const result = await scanFile(path, {
        displayPath: shown,
        ...(ref.format ? { format: ref.format as ScanFormat } : {}),
      });
      diagnostics.push(...result.diagnostics);
      const summary = summarizeScan(result);
      const previous = exportSummaries[ref.channel];
      if (previous) {
        const countsByKind: Record<string, number> = { ...previous.countsByKind };
        for (const [k, n] of Object.entries(summary.countsByKind)) countsByKind[k] = (countsByKind[k] ?? 0) + (n ?? 0);
        exportSummaries[ref.channel] = {
          personalData: previous.personalData + summary.personalData,
          paymentData: previous.paymentData + summary.paymentData,
          countsByKind,
        };
      } else {
        exportSummaries[ref.channel] = summary as ExportSummary;
      }
      const sha = await sha256File(path);
      if (sha) inputFiles.push({ path: shown, sha256: sha });
    }
  }

  // Waivers.
  let waivers: AuditOptions['waivers'];
  if (options.waiversPath) {
    const w = await loadWaiversFile(options.waiversPath, {
      displayPath: display(options.waiversPath),
      ...(options.maxWaiverDays ?? config.maxWaiverDays ? { maxWaiverDays: options.maxWaiverDays ?? config.maxWaiverDays } : {}),
    });
    diagnostics.push(...w.diagnostics);
    waivers = w.waivers;
    if (w.sha256) inputFiles.push({ path: display(options.waiversPath), sha256: w.sha256 });
  }

  const { displayPath: _d, peoplePath: _p, channelsPath: _c, configPath: _cp, noConfigDiscovery: _n, waiversPath: _w, rulesDirs: _r, registryPath: _rp, scanExports: _s, config: _cfg, ...auditOptions } = options;
  const report = await audit(input, {
    ...auditOptions,
    config,
    ...(packs.rules.length > 0 ? { rulePacks: packs.rules } : {}),
    registry,
    ...(Object.keys(exportSummaries).length > 0 ? { exportSummaries } : {}),
    ...(waivers ? { waivers } : {}),
    diagnostics,
    inputFiles,
  });
  return { report, diagnostics: report.diagnostics, config };
}
