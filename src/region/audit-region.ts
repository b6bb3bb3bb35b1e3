import { audit } from '../audit/audit.js';
import { effectiveRules } from '../audit/effective-rules.js';
import { prepareAuditRun, type PreparedAuditRun } from '../audit/prepare-audit.js';
import type { AuditConfig } from '../config/types.js';
import { DEFAULT_ATTESTATION_MAX_AGE_DAYS } from '../config/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { DEFAULT_MAX_WAIVER_DAYS } from '../waivers/types.js';
import { mergeSchoolConfig } from './merge-school-config.js';
import { TOOL } from '../report/tool-info.js';
import { countProhibitedMessengers } from './prohibited-messengers.js';
import { RegionAggregator } from './region-aggregator.js';
import { failedSchoolResult, schoolResultFromReport } from './school-result.js';
import type {
  RegionItem,
  RegionOptions,
  RegionRunInfo,
  RegionSchool,
  RegionSchoolFiles,
  RegionSummary,
  SchoolConfigUse,
  SchoolResult,
} from './types.js';

export interface AuditRegionOptions extends RegionOptions {
  /** How many of the lowest-scoring schools the summary lists; default 10. */
  worst?: number;
  /** Problems of the run found before it (reading the region's config, rule packs): reported in the summary. */
  diagnostics?: readonly Diagnostic[];
  /** How the caller treated the files next to each school; stated in the summary. */
  schoolFiles?: RegionSchoolFiles;
}

/**
 * The run as one school with its own config sees it: the shared catalog and registry (so compiled
 * rules stay cached per catalog), the rules, waiver span and attestation age of the merged config.
 * Explicit options still win over either config, as in `prepareAuditRun`.
 */
function schoolRun(
  run: PreparedAuditRun,
  options: AuditRegionOptions,
  merged: AuditConfig,
  own: AuditConfig,
): PreparedAuditRun {
  const { enabled, disabled } = effectiveRules(run.catalog.rules, merged);
  // Problems of the school's own overrides only: the region's are the run's, reported once.
  const ownDiagnostics = own.rules ? effectiveRules(run.catalog.rules, { rules: own.rules }).diagnostics : [];
  return {
    ...run,
    rules: enabled,
    disabled,
    maxWaiverDays: options.maxWaiverDays ?? merged.maxWaiverDays ?? DEFAULT_MAX_WAIVER_DAYS,
    attestationMaxAgeDays:
      options.attestationMaxAgeDays ?? merged.attestationMaxAgeDays ?? DEFAULT_ATTESTATION_MAX_AGE_DAYS,
    diagnostics: [...run.diagnostics, ...ownDiagnostics],
  };
}

function identity(
  input: unknown,
  source: string | undefined,
): { id?: string; name?: string; region?: string; municipality?: string; source?: string } {
  // The input may be malformed (built in code, unvalidated): take what identifies the school.
  const s = (input as { school?: Record<string, unknown> } | null | undefined)?.school;
  return {
    ...(typeof s?.id === 'string' ? { id: s.id } : {}),
    ...(typeof s?.name === 'string' ? { name: s.name } : {}),
    ...(typeof s?.region === 'string' ? { region: s.region } : {}),
    ...(typeof s?.municipality === 'string' ? { municipality: s.municipality } : {}),
    ...(source !== undefined ? { source } : {}),
  };
}

/** The files known for a school that was not audited: its input's own, then the ones read for it. */
function knownInputs(school: RegionSchool): { path: string; sha256: string }[] {
  const out: { path: string; sha256: string }[] = [];
  const seen = new Set<string>();
  for (const f of [...(school.input?.sources?.files ?? []), ...(school.inputFiles ?? [])]) {
    if (seen.has(f.path)) continue;
    seen.add(f.path);
    out.push({ path: f.path, sha256: f.sha256 });
  }
  return out;
}

function diagnosticKey(d: Diagnostic): string {
  return `${d.code}\u0000${d.pointer ?? ''}\u0000${d.message.en}`;
}

/** What a summary says about the run, from the prepared audit run. */
export function regionRunInfo(run: PreparedAuditRun): RegionRunInfo {
  return {
    tool: { name: TOOL.name, version: TOOL.version },
    catalog: { version: run.catalog.version, hash: run.catalog.hash },
    registry: { version: run.registry.version, source: run.registry.source, hash: run.registry.hash },
    asOf: run.asOf,
    language: run.language,
    engine: run.engine,
    diagnostics: run.diagnostics,
  };
}

function isRegionSchool(item: RegionItem): item is RegionSchool {
  // An AuditInput always has `school`; a RegionSchool never does.
  return item !== null && typeof item === 'object' && !('school' in item);
}

function internalError(error: unknown, source: string | undefined): Diagnostic {
  const text = error instanceof Error ? error.message : String(error);
  return {
    code: 'INTERNAL',
    severity: 'error',
    message: {
      ru: `школу не удалось проверить: ${text}`,
      en: `the school could not be audited: ${text}`,
    },
    hint: {
      ru: 'Проверьте файл школы командой validate; если он верен, сообщите об ошибке разработчикам.',
      en: 'Check the school file with `validate`; if it is valid, please report the problem.',
    },
    ...(source !== undefined ? { file: source } : {}),
  };
}

const NOT_LOADED: Diagnostic = {
  code: 'INTERNAL',
  severity: 'error',
  message: {
    ru: 'школа не загружена, причина не указана',
    en: 'the school was not loaded and no reason was given',
  },
};

/** One regional run's shared state: its prepared audit run and what its summary describes. */
export interface RegionAuditor {
  /** What the summary says about the run (diagnostics deduplicated, school files stated). */
  readonly info: RegionRunInfo;
  /** How many worst schools the summary lists. */
  readonly worst: number | undefined;
  /**
   * Audits one school; `position` is its place in the whole run (0-based), which names a school
   * without id or source. Never throws: a school that fails is a `failed` result.
   */
  auditSchool(item: RegionItem, position: number): Promise<SchoolResult>;
}

/**
 * Resolves what every school of a run shares (catalog, registry, effective rules, as-of date) once,
 * and returns the per-school step. `auditRegion` drives it in order; worker threads each hold one.
 */
// long-function: the per-run state shared by the school step and the summary; the school step is its inner function
export function createRegionAuditor(options: AuditRegionOptions = {}): RegionAuditor {
  const {
    includeFindings = false,
    onProgress: _onProgress,
    worst,
    diagnostics: earlier = [],
    schoolFiles,
    ...auditOptions
  } = options;
  const run = prepareAuditRun(auditOptions);
  const runDiagnostics = new Set<Diagnostic>(run.diagnostics);
  // The same problem found twice (the config checked when read, and again when rules are resolved)
  // is reported once, the first — positioned — copy kept.
  const seen = new Set<string>();
  const summaryDiagnostics = [...earlier, ...run.diagnostics].filter((d) => {
    const key = diagnosticKey(d);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const info: RegionRunInfo = {
    ...regionRunInfo(run),
    diagnostics: summaryDiagnostics,
    ...(schoolFiles ? { schoolFiles } : {}),
  };

  // long-function: one school through audit, waivers and accounting, in the order the summary counts them
  const auditSchool = async (item: RegionItem, pos: number): Promise<SchoolResult> => {
    const school: RegionSchool = isRegionSchool(item) ? item : { input: item };
    const loadDiagnostics = [...(school.diagnostics ?? [])];
    const configUse: SchoolConfigUse | undefined = school.configUse
      ? { ...school.configUse, files: [...school.configUse.files] }
      : undefined;
    const withRecords = (r: SchoolResult): SchoolResult => {
      const inputs = r.inputs ?? knownInputs(school);
      return { ...r, ...(inputs.length > 0 ? { inputs } : {}), ...(configUse ? { config: configUse } : {}) };
    };
    if (!school.input) {
      return withRecords(
        failedSchoolResult(
          pos,
          loadDiagnostics.length > 0 ? loadDiagnostics : [NOT_LOADED],
          school.source !== undefined ? { source: school.source } : {},
        ),
      );
    }
    if (school.failed) {
      return withRecords(
        failedSchoolResult(
          pos,
          loadDiagnostics.length > 0 ? loadDiagnostics : [NOT_LOADED],
          identity(school.input, school.source),
        ),
      );
    }
    const input = school.input;
    try {
      let config = auditOptions.config;
      let prepared = run;
      if (school.config) {
        const merged = mergeSchoolConfig(auditOptions.config, school.config);
        config = merged.config;
        prepared = schoolRun(run, auditOptions, merged.config, school.config);
        if (configUse) {
          if (merged.ignoredKeys.length > 0) configUse.ignoredKeys = merged.ignoredKeys;
          const regionDisabled = new Set(run.disabled);
          const extra = prepared.disabled.filter((id) => !regionDisabled.has(id));
          if (extra.length > 0) configUse.disabledRules = extra;
        }
      }
      const report = await audit(input, {
        ...auditOptions,
        ...(config ? { config } : {}),
        prepared,
        ...(school.validated === true ? { validated: true } : {}),
        ...(school.waivers ? { waivers: school.waivers } : {}),
        ...(school.exportSummaries ? { exportSummaries: school.exportSummaries } : {}),
        ...(loadDiagnostics.length > 0 ? { diagnostics: loadDiagnostics } : {}),
        ...(school.inputFiles ? { inputFiles: school.inputFiles } : {}),
      });
      return withRecords({
        ...schoolResultFromReport(report, input, {
          ...(school.source !== undefined ? { source: school.source } : {}),
          position: pos,
          prohibitedMessengers: countProhibitedMessengers(input, run.registry),
          includeFindings,
          // The run's own problems are the same for every school: the summary reports them once.
          diagnostics: report.diagnostics.filter((d) => !runDiagnostics.has(d)),
        }),
        inputs: report.inputs,
        waivers: {
          ...(school.waiversFile !== undefined ? { file: school.waiversFile } : {}),
          count: school.waivers?.length ?? 0,
          waived: report.summary.findings.waived,
          expired: [...report.waivers.expired],
          unused: [...report.waivers.unused],
          ...(report.waivers.ignored ? { ignored: true } : {}),
        },
      });
    } catch (error) {
      return withRecords(
        failedSchoolResult(
          pos,
          [...loadDiagnostics, internalError(error, school.source)],
          identity(input, school.source),
        ),
      );
    }
  };
  return { info, worst, auditSchool };
}

/** A new aggregator for the run an auditor describes. */
export function regionAggregatorFor(auditor: Pick<RegionAuditor, 'info' | 'worst'>): RegionAggregator {
  return new RegionAggregator(auditor.info, auditor.worst !== undefined ? { worst: auditor.worst } : {});
}

/**
 * Audits every school of a region, one after another, yielding each school's result as soon as
 * it is ready (input is consumed lazily: a slow source is never read ahead), and returns the
 * region's summary when the input ends. The catalog, registry, effective rules and as-of date are
 * resolved once for the whole run. A school that did not load or fails to audit becomes a
 * `failed` result with diagnostics; it never stops the run.
 *
 * `for await (const r of auditRegion(...))` sees the results; the summary is the generator's
 * return value (`runRegion` hands over both).
 */
// long-function: the generator's concurrency loop (queue, in-flight, ordered yield) must share its local state
export async function* auditRegion(
  schools: Iterable<RegionItem> | AsyncIterable<RegionItem>,
  options: AuditRegionOptions = {},
): AsyncGenerator<SchoolResult, RegionSummary, undefined> {
  const auditor = createRegionAuditor(options);
  const aggregator = regionAggregatorFor(auditor);
  const total = Array.isArray(schools) ? schools.length : undefined;
  let sequence = 0;
  for await (const item of schools) {
    const seq = sequence++;
    // A school of a shard carries its place in the whole region.
    const pos = isRegionSchool(item) && item.position !== undefined ? item.position : seq;
    const result = await auditor.auditSchool(item, pos);
    aggregator.add(result);
    options.onProgress?.(seq + 1, total);
    yield result;
  }
  return aggregator.result();
}

/**
 * Runs `auditRegion` to the end, handing each school's result to `onSchool` as it completes
 * (e.g. to write an NDJSON line), and resolves to the region's summary.
 */
export async function runRegion(
  schools: Iterable<RegionItem> | AsyncIterable<RegionItem>,
  options: AuditRegionOptions = {},
  onSchool?: (result: SchoolResult) => void | Promise<void>,
): Promise<RegionSummary> {
  const it = auditRegion(schools, options);
  for (;;) {
    const next = await it.next();
    if (next.done) return next.value;
    await onSchool?.(next.value);
  }
}
