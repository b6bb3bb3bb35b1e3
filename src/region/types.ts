import type { AuditOptions, ExportSummary } from '../audit/types.js';
import type { Language, Severity, SubjectType } from '../model/vocabulary.js';
import type { AuditConfig } from '../config/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Waiver } from '../waivers/types.js';
import type { AuditInput, ISODate } from '../model/types.js';
import type { FindingCounts } from '../report/finding-counts.js';
import type { ClauseStatus, Finding } from '../report/types.js';

/** Version of the `SchoolResult` / `RegionSummary` shapes; bumped on any incompatible change. */
export const REGION_SCHEMA_VERSION = '1';

/**
 * One school of a regional run as the caller has it: loaded (`input`), or not (no `input`, and
 * `diagnostics` say why). A bare `AuditInput` is accepted as well.
 */
export interface RegionSchool {
  input?: AuditInput;
  /** Where the school came from (its file, as the user names it); identifies a school that did not load. */
  source?: string;
  /** Problems met while loading; with an `input` they are carried into the school's diagnostics. */
  diagnostics?: readonly Diagnostic[];
  /** Chat export scan results per channel id. */
  exportSummaries?: Readonly<Record<string, ExportSummary>>;
  /** The school's own waivers. */
  waivers?: readonly Waiver[];
  /**
   * The input was loaded and validated already (`loadSchool`; it returns no input with errors):
   * the audit does not validate it a second time. Leave it out for an input built in code.
   */
  validated?: boolean;
  /** Files read for this school (listed in its report's `inputs`). */
  inputFiles?: readonly { path: string; sha256: string }[];
  /** The school's waivers file as the user names it, when its waivers came from one. */
  waiversFile?: string;
  /**
   * The school's own config, merged UNDER the run's (`mergeSchoolConfig`: the run's keys win; keys
   * that only a region may set are dropped and listed in the result's `config.ignoredKeys`).
   */
  config?: AuditConfig;
  /** Which config files apply to this school; copied into the result's `config`. */
  configUse?: SchoolConfigUse;
  /**
   * Loaded, but an input the school's own `audit` would refuse (an invalid waivers or config
   * file): the result is `failed`, keeps the school's identity, and `diagnostics` say why.
   */
  failed?: boolean;
  /** The school's place in the whole run (0-based) when the caller audits a slice of it (a shard). */
  position?: number;
}

/** The config files a school's result was computed with. */
export interface SchoolConfigUse {
  /** Config files applied, the region's first, with sha256. */
  files: { path: string; sha256: string }[];
  /** The school's own config file: `merged` under the region's, or `ignored` (found, not used). */
  school?: 'merged' | 'ignored';
  /** The school's config file, when one was found next to it. */
  schoolFile?: string;
  /** Keys of the school's config a regional run takes only from the region (`rulePacks`, `registry`, `asOf`…). */
  ignoredKeys?: string[];
  /** Rules the school's config switched off that the region's leaves on. */
  disabledRules?: string[];
}

/** What waivers did for a school. */
export interface SchoolWaivers {
  /** The school's waivers file, when one was read. */
  file?: string;
  /** Valid waivers given for the school. */
  count: number;
  /** Findings covered by a waiver in effect (as `summary.findings.waived`). */
  waived: number;
  /** Ids of waivers past their `expires` that matched a finding: those findings count again. */
  expired: string[];
  /** Ids of waivers that matched no finding. */
  unused: string[];
  /** `--ignore-waivers`: no waiver was applied. */
  ignored?: boolean;
}

export type RegionItem = AuditInput | RegionSchool;

export interface RegionOptions
  extends Omit<
    AuditOptions,
    'waivers' | 'exportSummaries' | 'diagnostics' | 'inputFiles' | 'onProgress' | 'prepared' | 'generatedAt'
  > {
  /** Keep every school's findings in its `SchoolResult` (default false: summaries only, O(1) per school). */
  includeFindings?: boolean;
  /** Called after each school with the number done (and the total when the input is an array). */
  onProgress?: (done: number, total: number | undefined) => void;
}

/** A school's result in a regional run: what a monitor stores per school. */
export interface SchoolResult {
  /** `school.id` from the school file; the source (or the position `#n`) when it has none or did not load. */
  id: string;
  name?: string;
  region?: string;
  municipality?: string;
  /** The school's file as the user names it, when known. */
  source?: string;
  /** `failed`: the school could not be loaded (or audited); `diagnostics` say why. */
  status: 'audited' | 'failed';
  /** Absent when the school failed. */
  summary?: SchoolSummary;
  /** Only with `includeFindings`: every finding (waived ones included), in report order. */
  findings?: Finding[];
  /** Problems with this school's input (the run's own problems are in `RegionSummary.diagnostics`). */
  diagnostics: Diagnostic[];
  /**
   * Every file this school's result was computed from, with sha256: the school file, its CSVs and
   * chat exports, its waivers, and the config files used (the region's too), so one school of a
   * regional run can be reproduced on its own. As the school's report's `inputs`.
   */
  inputs?: { path: string; sha256: string }[];
  /** Config files used for this school (absent when the caller gave none). */
  config?: SchoolConfigUse;
  /** What waivers did (audited schools only). */
  waivers?: SchoolWaivers;
}

export interface SchoolSummary {
  /** 0–100, as in the school's report. */
  score: number;
  findings: FindingCounts;
  /** How many clauses have each status. */
  clauses: Record<ClauseStatus, number>;
  /** Every clause's status, by clause id. */
  clauseStatus: Record<string, ClauseStatus>;
  /** Subjects evaluated by type (people, channels…). */
  subjects: Record<SubjectType, number>;
  /** Channels of the inventory on a messenger the registry marks prohibited, by messenger id. */
  prohibitedMessengers: Record<string, number>;
}

export interface ScoreDistribution {
  min: number;
  p10: number;
  median: number;
  mean: number;
  max: number;
}

/** A school in the «worst» list. */
export interface SchoolRank {
  id: string;
  name?: string;
  municipality?: string;
  source?: string;
  score: number;
  unwaived: number;
  bySeverity: Record<Severity, number>;
  violatedClauses: number;
}

export interface MunicipalitySummary {
  schools: number;
  audited: number;
  failed: number;
  findings: { unwaived: number; waived: number; bySeverity: Record<Severity, number> };
  /** Schools with at least one violated clause. */
  schoolsWithViolations: number;
  /** Absent when no school of the municipality was audited. */
  score?: ScoreDistribution;
  /** Channels on prohibited messengers in the municipality's schools. */
  prohibitedChannels: number;
}

export interface RegionSummary {
  schemaVersion: string;
  tool: { name: string; version: string };
  catalog: { version: string; hash: string };
  registry: { version: string; source: string; hash: string };
  asOf: ISODate;
  language: Language;
  engine: 'compiled' | 'reference';
  schools: { total: number; audited: number; failed: number };
  /** Every school that could not be audited, by id, with its diagnostics' codes. */
  failedSchools: { id: string; source?: string; name?: string; errors: number; codes: string[] }[];
  /** Ids shared by more than one school (copied folders, a missing regional code): a monitor keyed by id would mix them up. */
  duplicateIds: string[];
  subjects: Record<SubjectType, number>;
  findings: FindingCounts;
  /**
   * Per clause id: how many audited schools have each status, and the clause's unwaived findings
   * across the region. `schools.violated` is how many schools violate the clause.
   */
  clauses: Record<string, { findings: number; schools: Record<ClauseStatus, number> }>;
  /** Score distribution over audited schools; absent when none was audited. */
  score?: ScoreDistribution;
  /** Prohibited messengers by registry id: channels using it and schools with at least one such channel. */
  prohibitedMessengers: Record<string, { channels: number; schools: number }>;
  municipalities: Record<string, MunicipalitySummary>;
  /** The N lowest-scoring audited schools (ties: more critical, then high, then unwaived findings, then id). */
  worst: SchoolRank[];
  /** Problems of the run itself (config overrides, rule packs), reported once rather than per school. */
  diagnostics: Diagnostic[];
  /** Waivers across the audited schools. */
  waivers: RegionWaivers;
  /** How the run treated the files next to each school (present when the caller says, as the CLI does). */
  schoolFiles?: RegionSchoolFiles;
}

/** Waivers across a region. */
export interface RegionWaivers {
  /** Audited schools with at least one valid waiver. */
  schools: number;
  /** Findings waived across the region (as `findings.waived`). */
  waived: number;
  /** Expired waivers that matched a finding, across the region. */
  expired: number;
  /** Waivers that matched nothing, across the region. */
  unused: number;
  /** Ids of the schools carrying expired waivers, sorted. */
  schoolsWithExpired: string[];
  /** Audited schools whose waivers were not applied (`--ignore-waivers`). */
  ignored: number;
}

/** How a regional run on disk treated each school's own files. */
export interface RegionSchoolFiles {
  /** `applied`: each school's `waivers.yaml`; `ignored`: read, not applied (`--ignore-waivers`); `skipped`: not read (`--no-school-waivers`). */
  waivers: 'applied' | 'ignored' | 'skipped';
  /** `merged`: each school's config under the region's (`--school-config`); `ignored`: the region's config only. */
  config: 'merged' | 'ignored';
}

/** What the aggregator needs to describe the run; `auditRegion` passes its prepared run. */
export interface RegionRunInfo
  extends Pick<RegionSummary, 'tool' | 'catalog' | 'registry' | 'asOf' | 'language' | 'engine'> {
  diagnostics?: readonly Diagnostic[];
  schoolFiles?: RegionSchoolFiles;
}
