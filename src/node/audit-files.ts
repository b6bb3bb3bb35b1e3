import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { audit } from '../audit/audit.js';
import type { AuditOptions, ExportSummary } from '../audit/types.js';
import { catalog as builtinCatalog } from '../catalog/index.js';
import type { AuditConfig } from '../config/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { AuditInput } from '../model/types.js';
import type { Report } from '../report/types.js';
import { resolveRunSetup } from './resolve-run-setup.js';
import { loadSchoolFile, type SchoolText } from './load-files.js';
import { scanSchoolExports } from './scan-school-exports.js';
import { append } from '../util/append.js';

export { CONFIG_FILE_NAMES } from './resolve-run-setup.js';

export interface AuditFilesOptions
  extends Omit<
    AuditOptions,
    'config' | 'waivers' | 'rulePacks' | 'registry' | 'exportSummaries' | 'diagnostics' | 'inputFiles'
  > {
  /** How reports and diagnostics name the school file; default: the path as given. */
  displayPath?: string;
  /** A roster CSV instead of the one the school file names. */
  peoplePath?: string;
  /** A channel inventory CSV instead of the one the school file names. */
  channelsPath?: string;
  /** An answers file (`attest`) instead of the attestations the school file holds or names. */
  attestationsPath?: string;
  /** `sferum-compliance.config.yaml`; when absent one next to the school file is used if present. */
  configPath?: string;
  /** Skip looking for a config next to the school file. */
  noConfigDiscovery?: boolean;
  /** A waivers file; when absent, `waivers.yaml` next to the school file is used if present. */
  waiversPath?: string;
  /** Skip looking for `waivers.yaml` next to the school file. */
  noWaiversDiscovery?: boolean;
  /** Rule pack directories (besides the config's `rulePacks`). */
  rulesDirs?: readonly string[];
  /** A messenger registry overlay (besides/instead of the config's `registry`). */
  registryPath?: string;
  /** Scan the chat exports listed in the school file (default true). */
  scanExports?: boolean;
  /** A config given in code, applied under the file's (the file wins key by key). */
  config?: AuditConfig;
  /**
   * The folder files the school file names (CSV, exports) must stay inside; default the school
   * file's folder. Absolute paths, `..` and symlinks leading out of it are refused.
   */
  root?: string;
  /**
   * The school file's content, already read (standard input): `schoolPath` then only names it.
   * Such a school has no folder, so no config or waivers are looked for beside it and the files
   * it names are refused; files given as options are read.
   */
  schoolText?: SchoolText;
  /** Only these rules run (ids of the catalog or a rule pack); the others are switched off. */
  onlyRules?: readonly string[];
  /** These rules are switched off. */
  skipRules?: readonly string[];
}

export interface AuditFilesResult {
  /** Absent when the input, the config or a rule pack has errors. */
  report?: Report;
  diagnostics: Diagnostic[];
  /** The effective config (file + code), e.g. for the CLI's `failOn`. */
  config?: AuditConfig;
}

/** Display name for a file: relative to the working directory when under it, else as given. */
function display(path: string): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : path;
}

/**
 * Loads everything an audit of a school on disk needs — the school file and its CSVs, the
 * config, waivers, rule packs, a registry overlay, and the chat exports the school file lists
 * (scanned and summarised per channel) — then runs `audit()`. Never throws for bad input: the
 * problems are in `diagnostics` (and in `report.diagnostics` when a report could be made).
 */
export async function auditFiles(
  schoolPath: string,
  options: AuditFilesOptions = {},
): Promise<AuditFilesResult> {
  const prepared = await prepareFiles(schoolPath, options);
  if (!prepared.input || !prepared.auditOptions)
    return { diagnostics: prepared.diagnostics, ...(prepared.config ? { config: prepared.config } : {}) };
  const report = await audit(prepared.input, prepared.auditOptions);
  return { report, diagnostics: report.diagnostics, config: prepared.config };
}

/** The school and the exact `audit()` options an audit of files uses (shared with `explainFiles`). */
export interface PreparedFiles {
  input?: AuditInput;
  auditOptions?: AuditOptions;
  diagnostics: Diagnostic[];
  config?: AuditConfig;
}

/**
 * Everything `auditFiles` reads before it calls `audit()`: `explainFiles` goes through here too, so
 * an explanation sees the same config, rule packs, registry, waivers and exports as the audit.
 */
// long-function: the file route in load order (setup, school, exports, waivers), each step a call that may stop the run
export async function prepareFiles(
  schoolPath: string,
  options: AuditFilesOptions = {},
): Promise<PreparedFiles> {
  const diagnostics: Diagnostic[] = [];
  const inputFiles: { path: string; sha256: string }[] = [];
  const schoolDir = dirname(schoolPath);

  const fromText = options.schoolText !== undefined;
  const setup = await resolveRunSetup({
    ...(fromText ? {} : { schoolPath }),
    configPath: options.configPath,
    noConfigDiscovery: options.noConfigDiscovery,
    config: options.config,
    rulesDirs: options.rulesDirs,
    registryPath: options.registryPath,
    waiversPath: options.waiversPath,
    noWaiversDiscovery: options.noWaiversDiscovery,
    maxWaiverDays: options.maxWaiverDays,
    ignoreWaivers: options.ignoreWaivers,
    onlyRules: options.onlyRules,
    skipRules: options.skipRules,
    display,
  });
  append(diagnostics, setup.diagnostics);
  append(inputFiles, setup.files);
  const { config, registry, rules: packRules } = setup;
  if (!config) return { diagnostics };
  if (!registry) return { diagnostics, config };

  // The school.
  const loadOptions = {
    knownClauses: builtinCatalog().clauses.map((c) => c.id),
    ...(options.displayPath !== undefined ? { displayPath: options.displayPath } : {}),
    ...(options.peoplePath !== undefined ? { peoplePath: options.peoplePath } : {}),
    ...(options.channelsPath !== undefined ? { channelsPath: options.channelsPath } : {}),
    ...(options.attestationsPath !== undefined
      ? { attestationsPath: display(options.attestationsPath) }
      : {}),
    ...(options.root !== undefined ? { root: display(options.root) } : {}),
  };
  // Relative to the working directory when possible: reports then name files the same way on
  // every machine (the CLI hands over absolute paths).
  const loaded = await loadSchoolFile(
    display(schoolPath),
    loadOptions as Parameters<typeof loadSchoolFile>[1],
    options.schoolText,
  );
  append(diagnostics, loaded.diagnostics);
  if (!loaded.input) return { diagnostics, config };
  const input = loaded.input;

  // Chat exports, scanned and summarised per channel.
  let exportSummaries: Record<string, ExportSummary> = {};
  if (options.scanExports !== false && !fromText) {
    const schoolDisplayDir = dirname(options.displayPath ?? display(schoolPath));
    const scanned = await scanSchoolExports(
      input.exports ?? [],
      (file) => ({
        path: isAbsolute(file) ? file : join(schoolDir, file),
        shown: isAbsolute(file) ? file : join(schoolDisplayDir, file).split(sep).join('/'),
      }),
      options.root ?? schoolDir,
    );
    append(diagnostics, scanned.diagnostics);
    exportSummaries = scanned.exportSummaries;
    append(inputFiles, scanned.files);
  }

  const waivers = setup.waivers;
  if (setup.waiversFile) inputFiles.push(setup.waiversFile);

  const {
    displayPath: _d,
    peoplePath: _p,
    channelsPath: _c,
    attestationsPath: _ap,
    configPath: _cp,
    noConfigDiscovery: _n,
    waiversPath: _w,
    noWaiversDiscovery: _nw,
    rulesDirs: _r,
    registryPath: _rp,
    scanExports: _s,
    config: _cfg,
    root: _root,
    schoolText: _st,
    onlyRules: _or,
    skipRules: _sr,
    ...auditOptions
  } = options;
  return {
    input,
    diagnostics,
    config,
    auditOptions: {
      ...auditOptions,
      config,
      ...(packRules.length > 0 ? { rulePacks: packRules } : {}),
      registry,
      ...(setup.registryOverlays ? { registryOverlays: setup.registryOverlays } : {}),
      ...(setup.editions ? { editions: setup.editions } : {}),
      ...(Object.keys(exportSummaries).length > 0 ? { exportSummaries } : {}),
      ...(waivers ? { waivers } : {}),
      diagnostics,
      inputFiles,
      setupFiles: setup.setupFiles,
      // loadSchoolFile validated it (and would not have returned an input with errors).
      validated: true,
    },
  };
}
