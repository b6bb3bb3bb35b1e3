import type { AuditOptions, ExportSummary } from '../audit/types.js';
import type { Severity } from '../catalog/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Waiver } from '../findings/types.js';
import type { AuditInput, ISODate } from '../model/types.js';
import type { SubjectType } from '../normalize/types.js';
import type { FindingCounts } from '../report/finding-counts.js';
import type { ClauseStatus, Finding, Language } from '../report/types.js';

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
  /** Files read for this school (listed in its report's `inputs`). */
  inputFiles?: readonly { path: string; sha256: string }[];
}

export type RegionItem = AuditInput | RegionSchool;

export interface RegionOptions
  extends Omit<AuditOptions, 'waivers' | 'exportSummaries' | 'diagnostics' | 'inputFiles' | 'onProgress' | 'prepared' | 'generatedAt'> {
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
}

/** What the aggregator needs to describe the run; `auditRegion` passes its prepared run. */
export interface RegionRunInfo extends Pick<RegionSummary, 'tool' | 'catalog' | 'registry' | 'asOf' | 'language' | 'engine'> {
  diagnostics?: readonly Diagnostic[];
}
