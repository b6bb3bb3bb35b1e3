import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ExportSummary } from '../audit/types.js';
import { catalog as builtinCatalog } from '../catalog/index.js';
import type { AuditConfig } from '../config/types.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import {
  auditRegion,
  createRegionAuditor,
  regionAggregatorFor,
  type AuditRegionOptions,
} from '../region/audit-region.js';
import type { RegionRunInfo, RegionSchool, RegionSummary, SchoolResult } from '../region/types.js';
import { compareStrings } from '../model/compare-strings.js';
import type { RuleDefinition } from '../catalog/types.js';
import type { Waiver } from '../waivers/types.js';
import type { RegionSchoolFiles, SchoolConfigUse } from '../region/types.js';
import { CONFIG_FILE_NAMES, WAIVER_FILE_NAMES, firstExisting } from './resolve-run-setup.js';
import { loadAuditSetup } from './load-audit-setup.js';
import { loadConfigFile, loadWaiversFile } from './load-config.js';
import { loadSchoolFile } from './load-files.js';
import { scanSchoolExports } from './scan-school-exports.js';
import { listingHash, shardOf, type RegionShard } from './region-shard.js';
import { auditInWorkers, workerEntryAvailable } from './region-worker-pool.js';
import { append } from '../util/append.js';

/** The names a school folder's file may have, in order of preference. */
export const SCHOOL_FILE_NAMES = ['school.yaml', 'school.yml', 'school.json'];

// One discovery rule for every command (docs/run-setup.md): the same names `audit` reads.
export { WAIVER_FILE_NAMES } from './resolve-run-setup.js';
import { selectRules } from './resolve-run-setup.js';

/** Default number of schools read ahead while one is audited. */
export const DEFAULT_REGION_CONCURRENCY = 4;

const MAX_DEPTH = 8;

export interface AuditRegionFilesOptions
  extends Omit<AuditRegionOptions, 'config' | 'registry' | 'diagnostics'> {
  /** The region's `sferum-compliance.config.yaml`, applied to every school. */
  configPath?: string;
  /** A config given in code, applied under the file's (the file wins key by key). */
  config?: AuditConfig;
  /** A messenger registry overlay (besides the config's `registry`). */
  registryPath?: string;
  /** Rule pack directories (besides the config's `rulePacks`). */
  rulesDirs?: readonly string[];
  /** Only these rules run in every school (`--rule`); unknown ids are errors. */
  onlyRules?: readonly string[];
  /** These rules are switched off in every school (`--skip-rule`). */
  skipRules?: readonly string[];
  /** Scan the chat exports each school file lists (default true). */
  scanExports?: boolean;
  /** Schools read ahead of the one being audited (I/O overlaps evaluation); default 4. */
  concurrency?: number;
  /**
   * Do not look for the schools' `waivers.yaml` (default false: each school's waivers file next to
   * its school file is read and applied, as `audit --waivers` would).
   */
  noSchoolWaivers?: boolean;
  /**
   * Merge each school's own `sferum-compliance.config.yaml` under the region's (the region's keys
   * win; `rulePacks`, `registry`, `asOf`, `timeZone`, `language`, `failOn` only from the region).
   * Default false: school configs are not applied (their presence is recorded).
   */
  schoolConfig?: boolean;
  /**
   * Worker threads auditing schools in parallel (default 1: in this thread). Results come out in
   * the same order, byte for byte, whatever the number. Needs the built package (`dist/`); run
   * from source it audits in this thread.
   */
  jobs?: number;
  /** Audit only the schools of this shard (by a hash of each school's path under its region folder). */
  shard?: RegionShard;
  /**
   * The folder files a school names (CSV, exports) must stay inside; default each school's own
   * folder. Absolute paths, `..` and symlinks leading out of it are refused.
   */
  root?: string;
}

export interface RegionFilesRun {
  /** The school files, in the order they are audited (as the user names them). */
  files: string[];
  /** Each audited file's place in the whole listing (0-based); with a shard, not 0…n−1. */
  positions: number[];
  /** Schools in the whole listing (all shards). */
  total: number;
  /** SHA-256 of the whole listing (every school's path under its region folder), to tell listings apart. */
  listing: string;
  /** What the summary will say about the run; absent when the setup has errors. */
  info?: RegionRunInfo;
  /**
   * The schools' results as each is audited; the generator's return value is the summary.
   * Absent when the region's own config, rule packs or registry overlay have errors.
   */
  results?: AsyncGenerator<SchoolResult, RegionSummary, undefined>;
  /** Problems with the region's own files (config, rule packs, registry, folders). */
  diagnostics: Diagnostic[];
  /** The effective config (file + code), e.g. for the CLI's `failOn`. */
  config?: AuditConfig;
}

/** How reports name a file: relative to the working directory when under it, `/`-separated. */
function display(path: string): string {
  const rel = isAbsolute(path) ? relative(process.cwd(), path) : path;
  const shown = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
  return shown.split(sep).join('/');
}

/**
 * Every school file under `dir`: a folder holding `school.yaml` (or `.yml`, `.json`) is a school,
 * and its own subfolders are not searched; `.`/`_` folders and `node_modules` are skipped.
 * Sorted by path, so the same tree is always audited in the same order.
 */
export async function discoverSchools(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (d: string, depth: number): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch (error) {
      // An unreadable subfolder is a candidate that failed, not the end of the run.
      if (depth === 0) throw error;
      found.push(d);
      return;
    }
    // Any entry with a school file's name counts — a folder, FIFO or symlink loop named
    // school.yaml becomes a `failed` school with the reason, instead of silently disappearing.
    const files = new Set(
      entries.filter((e) => !e.isDirectory() || SCHOOL_FILE_NAMES.includes(e.name)).map((e) => e.name),
    );
    const own = SCHOOL_FILE_NAMES.find((n) => files.has(n));
    if (own) {
      found.push(join(d, own));
      return;
    }
    if (depth >= MAX_DEPTH) return;
    for (const e of entries) {
      if (!e.isDirectory() || e.name.startsWith('.') || e.name.startsWith('_') || e.name === 'node_modules')
        continue;
      await walk(join(d, e.name), depth + 1);
    }
  };
  await walk(dir, 0);
  return found.sort(compareStrings);
}

/** What loading a school needs from the run. */
interface SchoolLoadContext {
  scanExports: boolean;
  /** Read the school's waivers file. */
  waivers: boolean;
  /** Merge the school's config under the region's. */
  schoolConfig: boolean;
  /** The region's effective config. */
  regionConfig: AuditConfig;
  /** The region's config, rule pack and registry files (listed in every school's inputs). */
  regionFiles: readonly { path: string; sha256: string }[];
  /** The region's config file(s) among them. */
  regionConfigFiles: readonly { path: string; sha256: string }[];
  /** Every rule of the run, to check a school config's overrides against. */
  rules: readonly RuleDefinition[];
  /** Explicit `maxWaiverDays` (wins over every config). */
  maxWaiverDays: number | undefined;
  /** The folder every school's files must stay inside; default each school's own folder. */
  root: string | undefined;
}

/**
 * Loads one school — its file, the chat exports it lists, its waivers file and (when asked) its
 * config — and never throws. An error in the waivers or the school's config makes the school
 * `failed`, as `audit` refuses to run on it.
 */
// long-function: one school's files in load order (school, config, waivers), each failure a positioned failed result
async function loadRegionSchool(path: string, ctx: SchoolLoadContext): Promise<RegionSchool> {
  const source = display(path);
  const dir = dirname(path);
  try {
    const loaded = await loadSchoolFile(path, {
      knownClauses: builtinCatalog().clauses.map((c) => c.id),
      ...(ctx.root !== undefined ? { root: ctx.root } : {}),
    });
    if (!loaded.input) return { source, diagnostics: loaded.diagnostics };
    const diagnostics = [...loaded.diagnostics];
    // The order `auditFiles` lists them in: config and setup, exports, waivers.
    const inputFiles: { path: string; sha256: string }[] = [...ctx.regionFiles];
    let refused = false;

    // The school's own config.
    const configUse: SchoolConfigUse = { files: [...ctx.regionConfigFiles] };
    let schoolConfig: AuditConfig | undefined;
    const configFile = await firstExisting(dir, CONFIG_FILE_NAMES);
    if (configFile) {
      configUse.schoolFile = display(configFile);
      configUse.school = ctx.schoolConfig ? 'merged' : 'ignored';
      if (ctx.schoolConfig) {
        const c = await loadConfigFile(configFile, {
          displayPath: display(configFile),
          rules: [...ctx.rules],
          within: dir,
        });
        append(diagnostics, c.diagnostics);
        if (!c.config || hasErrors(c.diagnostics)) refused = true;
        else schoolConfig = c.config;
        if (c.sha256) {
          const f = { path: display(configFile), sha256: c.sha256 };
          configUse.files.push(f);
          inputFiles.push(f);
        }
      }
    }

    let exportSummaries: Record<string, ExportSummary> = {};
    if (ctx.scanExports) {
      const scanned = await scanSchoolExports(
        loaded.input.exports ?? [],
        (given) => {
          const file = isAbsolute(given) ? given : join(dir, given);
          return { path: file, shown: isAbsolute(given) ? given : display(file) };
        },
        ctx.root ?? dir,
      );
      append(diagnostics, scanned.diagnostics);
      exportSummaries = scanned.exportSummaries;
      append(inputFiles, scanned.files);
    }

    // The school's waivers, with the span its effective config allows.
    let waivers: Waiver[] | undefined;
    let waiversFile: string | undefined;
    if (ctx.waivers) {
      const file = await firstExisting(dir, WAIVER_FILE_NAMES);
      if (file) {
        const maxWaiverDays =
          ctx.maxWaiverDays ?? ctx.regionConfig.maxWaiverDays ?? schoolConfig?.maxWaiverDays;
        const w = await loadWaiversFile(file, {
          displayPath: display(file),
          within: dir,
          ...(maxWaiverDays !== undefined ? { maxWaiverDays } : {}),
        });
        append(diagnostics, w.diagnostics);
        if (hasErrors(w.diagnostics)) refused = true;
        waivers = w.waivers;
        waiversFile = display(file);
        if (w.sha256) inputFiles.push({ path: waiversFile, sha256: w.sha256 });
      }
    }

    return {
      input: loaded.input,
      // loadSchoolFile validated it (and returns no input with errors), as for auditFiles.
      validated: true,
      source,
      diagnostics,
      ...(Object.keys(exportSummaries).length > 0 ? { exportSummaries } : {}),
      ...(inputFiles.length > 0 ? { inputFiles } : {}),
      ...(waivers ? { waivers } : {}),
      ...(waiversFile !== undefined ? { waiversFile } : {}),
      ...(schoolConfig ? { config: schoolConfig } : {}),
      configUse,
      ...(refused ? { failed: true } : {}),
    };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return {
      source,
      diagnostics: [
        {
          code: 'FILE_UNREADABLE',
          severity: 'error',
          message: {
            ru: `Файл школы не прочитан: ${text}`,
            en: `The school file could not be read: ${text}`,
          },
          file: source,
        },
      ],
    };
  }
}

/**
 * Loads schools in order with up to `window` loads in flight: reading the next schools overlaps
 * the audit of the current one, and memory holds at most `window` loaded schools.
 */
async function* loadAhead(
  entries: readonly { path: string; position: number }[],
  window: number,
  ctx: SchoolLoadContext,
): AsyncGenerator<RegionSchool> {
  const pending: Promise<RegionSchool>[] = [];
  let next = 0;
  const fill = () => {
    while (next < entries.length && pending.length < window) {
      const { path, position } = entries[next++]!;
      pending.push(loadRegionSchool(path, ctx).then((school) => ({ ...school, position })));
    }
  };
  fill();
  while (pending.length > 0) {
    const school = await pending.shift()!;
    fill();
    // Auditing is synchronous work: give the loads in flight a turn of the event loop first.
    await nextTurn();
    yield school;
  }
}

/** A school file and the key that places it in a shard: its path under the region folder given. */
interface RegionEntry {
  path: string;
  key: string;
}

async function expandPaths(
  paths: readonly string[],
): Promise<{ entries: RegionEntry[]; diagnostics: Diagnostic[] }> {
  const entries: RegionEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = (await stat(p)).isDirectory();
    } catch {
      // A missing path is a school that did not load: its result says so.
    }
    if (!isDir) {
      entries.push({ path: p, key: display(p) });
      continue;
    }
    try {
      for (const file of await discoverSchools(p))
        entries.push({ path: file, key: relative(p, file).split(sep).join('/') });
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      diagnostics.push({
        code: 'FILE_UNREADABLE',
        severity: 'error',
        message: {
          ru: `Папка «${display(p)}» не читается: ${text}`,
          en: `Folder "${display(p)}" cannot be read: ${text}`,
        },
        file: display(p),
      });
    }
  }
  return { entries, diagnostics };
}

/** The options a worker thread needs to rebuild the run: everything but callbacks. */
export type RegionWorkerOptions = Omit<
  AuditRegionFilesOptions,
  'onProgress' | 'jobs' | 'shard' | 'concurrency'
>;

/** The run's shared setup (config, rule packs, registry) and what loading each school needs. */
interface RegionContext {
  diagnostics: Diagnostic[];
  config?: AuditConfig;
  ready?: { ctx: SchoolLoadContext; auditorOptions: AuditRegionOptions };
}

async function loadRegionContext(
  options: AuditRegionFilesOptions,
  earlier: readonly Diagnostic[],
): Promise<RegionContext> {
  const {
    configPath,
    config: codeConfig,
    registryPath,
    rulesDirs = [],
    onlyRules,
    skipRules,
    scanExports = true,
    concurrency: _concurrency,
    jobs: _jobs,
    shard: _shard,
    noSchoolWaivers = false,
    schoolConfig = false,
    root,
    ...regionOptions
  } = options;
  const diagnostics: Diagnostic[] = [...earlier];
  const setup = await loadAuditSetup({ configPath, config: codeConfig, rulesDirs, registryPath, display });
  append(diagnostics, setup.diagnostics);
  const { registry, rules: packRules } = setup;
  // The same selection `audit` makes (resolveRunSetup), applied to the region's config so every
  // school, merged under it, runs the same rules.
  const selected = selectRules(setup.config, packRules, { onlyRules, skipRules });
  append(diagnostics, selected.diagnostics);
  if (selected.diagnostics.length > 0) return { diagnostics };
  const config = selected.config ?? setup.config;
  if (!config) return { diagnostics };
  if (!registry || hasErrors(earlier)) return { diagnostics, config };
  const regionConfigFiles = configPath ? setup.files.filter((f) => f.path === display(configPath)) : [];
  const ctx: SchoolLoadContext = {
    scanExports,
    waivers: !noSchoolWaivers,
    schoolConfig,
    regionConfig: config,
    regionFiles: setup.files,
    regionConfigFiles,
    rules: [...builtinCatalog().rules, ...packRules],
    maxWaiverDays: regionOptions.maxWaiverDays,
    root,
  };
  const schoolFiles: RegionSchoolFiles = {
    waivers: noSchoolWaivers ? 'skipped' : regionOptions.ignoreWaivers ? 'ignored' : 'applied',
    config: schoolConfig ? 'merged' : 'ignored',
  };
  const { onProgress: _onProgress, ...rest } = regionOptions;
  return {
    diagnostics,
    config,
    ready: {
      ctx,
      auditorOptions: {
        ...rest,
        config,
        registry,
        ...(setup.registryOverlays ? { registryOverlays: setup.registryOverlays } : {}),
        ...(setup.editions && setup.editions.length > 0 ? { editions: setup.editions } : {}),
        ...(packRules.length > 0 ? { rulePacks: packRules } : {}),
        diagnostics,
        schoolFiles,
      },
    },
  };
}

/**
 * In a worker thread: rebuilds the run from the same options and returns the per-school step
 * (load the school's files, audit it at its place in the run).
 */
export async function createFilesSchoolAuditor(
  options: RegionWorkerOptions,
): Promise<(path: string, position: number) => Promise<SchoolResult>> {
  const context = await loadRegionContext(options, []);
  if (!context.ready) throw new Error('the region setup did not load in a worker thread');
  const { ctx, auditorOptions } = context.ready;
  const auditor = createRegionAuditor(auditorOptions);
  return async (path, position) =>
    auditor.auditSchool({ ...(await loadRegionSchool(path, ctx)), position }, position);
}

/**
 * Audits every school of a region on disk: `paths` are school files and/or folders searched for
 * `<folder>/school.yaml` (`.yml`, `.json`) (see `discoverSchools`). The region's config, rule packs and registry
 * overlay are read once and apply to every school; schools are loaded `concurrency` at a time,
 * ahead of the one being audited. A school that does not load becomes a `failed` result; nothing
 * about one school stops the others. Never throws for bad input.
 */
export async function auditRegionFiles(
  paths: string | readonly string[],
  options: AuditRegionFilesOptions = {},
): Promise<RegionFilesRun> {
  const { concurrency = DEFAULT_REGION_CONCURRENCY, jobs = 1, shard, onProgress } = options;
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new RangeError(`concurrency must be an integer ≥ 1, got ${concurrency}`);
  if (!Number.isInteger(jobs) || jobs < 1) throw new RangeError(`jobs must be an integer ≥ 1, got ${jobs}`);
  const expanded = await expandPaths(typeof paths === 'string' ? [paths] : paths);
  const all = expanded.entries;
  const listing = listingHash(all.map((e) => e.key));
  const chosen: { path: string; position: number }[] = [];
  all.forEach((e, position) => {
    if (!shard || shardOf(e.key, shard.count) === shard.index) chosen.push({ path: e.path, position });
  });
  const base = {
    files: chosen.map((c) => display(c.path)),
    positions: chosen.map((c) => c.position),
    total: all.length,
    listing,
  };

  const context = await loadRegionContext(options, expanded.diagnostics);
  const { diagnostics, config } = context;
  if (!context.ready) return { ...base, diagnostics, ...(config ? { config } : {}) };
  const { ctx, auditorOptions } = context.ready;
  const total = chosen.length;
  const progress = onProgress ? { onProgress: (done: number) => onProgress(done, total) } : {};

  // Custom operators are functions, which cannot cross to a worker thread: such a run stays here.
  const inThread = jobs === 1 || total < 2 || (options.operators?.length ?? 0) > 0 || !workerEntryAvailable();
  if (inThread) {
    const schools = loadAhead(chosen, concurrency, ctx);
    const results = auditRegion(schools, { ...auditorOptions, ...progress });
    // The info the generator's summary will carry, without auditing anything yet.
    const info = createRegionAuditor(auditorOptions).info;
    return { ...base, results, diagnostics, config, info };
  }

  const auditor = createRegionAuditor(auditorOptions);
  // The workers audit as of the date this thread resolved (a run across midnight stays one day).
  const { onProgress: _p, now: _now, ...rest } = options;
  const workerOptions: RegionWorkerOptions = { ...rest, asOf: auditor.info.asOf };
  const results = (async function* (): AsyncGenerator<SchoolResult, RegionSummary, undefined> {
    const aggregator = regionAggregatorFor(auditor);
    let done = 0;
    for await (const result of auditInWorkers(chosen, Math.min(jobs, total), workerOptions)) {
      aggregator.add(result);
      onProgress?.(++done, total);
      yield result;
    }
    return aggregator.result();
  })();
  return { ...base, results, diagnostics, config, info: auditor.info };
}
