import { SEVERITIES, SUBJECT_TYPES, type Severity, type SubjectType } from '../model/vocabulary.js';
import type { ClauseStatus } from '../report/types.js';
import { CLAUSE_STATUSES } from '../report/clause-statuses.js';
import { compareStrings } from '../model/compare-strings.js';
import { zeroCounts } from '../report/zero-counts.js';
import { scoreDistribution } from './score-distribution.js';
import {
  REGION_SCHEMA_VERSION,
  type MunicipalitySummary,
  type RegionRunInfo,
  type RegionSummary,
  type SchoolRank,
  type SchoolResult,
} from './types.js';

/** Same order as a report's `summary.clauses`. */
export { CLAUSE_STATUSES };

export const DEFAULT_WORST = 10;

/** A record with its keys in code-unit order, so `JSON.stringify` of the summary is stable too. */
function sortedRecord<V, W>(map: ReadonlyMap<string, V>, value: (v: V, key: string) => W): Record<string, W> {
  const out: Record<string, W> = {};
  for (const key of [...map.keys()].sort(compareStrings)) out[key] = value(map.get(key)!, key);
  return out;
}

/** Worst first: lower score, then more critical, more high, more unwaived findings; then id, source. */
export function compareRank(a: SchoolRank, b: SchoolRank): number {
  return (
    a.score - b.score ||
    b.bySeverity.critical - a.bySeverity.critical ||
    b.bySeverity.high - a.bySeverity.high ||
    b.unwaived - a.unwaived ||
    compareStrings(a.id, b.id) ||
    compareStrings(a.source ?? '', b.source ?? '')
  );
}

interface MunicipalityState {
  schools: number;
  audited: number;
  failed: number;
  unwaived: number;
  waived: number;
  bySeverity: Record<Severity, number>;
  schoolsWithViolations: number;
  scores: number[];
  prohibitedChannels: number;
}

export interface RegionAggregatorOptions {
  /** How many of the lowest-scoring schools to list; default 10. */
  worst?: number;
}

/**
 * Folds `SchoolResult`s into a `RegionSummary`. Keeps counters, one score per school and the N
 * worst schools — never findings — so memory grows with the number of schools and clauses, not
 * with the number of findings. The summary does not depend on the order results are added in.
 */
export class RegionAggregator {
  readonly #run: RegionRunInfo;
  readonly #worstLimit: number;
  #total = 0;
  #audited = 0;
  #failed: RegionSummary['failedSchools'] = [];
  readonly #subjects = zeroCounts<SubjectType>(SUBJECT_TYPES);
  readonly #findings = { total: 0, unwaived: 0, waived: 0, bySeverity: zeroCounts<Severity>(SEVERITIES) };
  readonly #byClause = new Map<string, number>();
  readonly #clauses = new Map<string, Record<ClauseStatus, number>>();
  readonly #scores: number[] = [];
  readonly #messengers = new Map<string, { channels: number; schools: number }>();
  readonly #municipalities = new Map<string, MunicipalityState>();
  #worst: SchoolRank[] = [];
  readonly #ids = new Map<string, number>();
  readonly #waivers = { schools: 0, expired: 0, unused: 0, ignored: 0, schoolsWithExpired: [] as string[] };

  constructor(run: RegionRunInfo, options: RegionAggregatorOptions = {}) {
    const worst = options.worst ?? DEFAULT_WORST;
    if (!Number.isInteger(worst) || worst < 0)
      throw new RangeError(`worst must be a non-negative integer, got ${worst}`);
    this.#run = run;
    this.#worstLimit = worst;
  }

  #municipality(name: string): MunicipalityState {
    let m = this.#municipalities.get(name);
    if (!m) {
      m = {
        schools: 0,
        audited: 0,
        failed: 0,
        unwaived: 0,
        waived: 0,
        bySeverity: zeroCounts<Severity>(SEVERITIES),
        schoolsWithViolations: 0,
        scores: [],
        prohibitedChannels: 0,
      };
      this.#municipalities.set(name, m);
    }
    return m;
  }

  // long-function: one school result folded into every aggregate (clauses, municipalities, messengers, worst) in one pass
  add(result: SchoolResult): void {
    this.#total += 1;
    this.#ids.set(result.id, (this.#ids.get(result.id) ?? 0) + 1);
    // A school without a municipality (one that did not load) counts in the region's totals only.
    const muni =
      result.municipality !== undefined && result.municipality !== ''
        ? this.#municipality(result.municipality)
        : undefined;
    if (muni) muni.schools += 1;
    const s = result.summary;
    if (result.status === 'failed' || !s) {
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      this.#failed.push({
        id: result.id,
        ...(result.source !== undefined ? { source: result.source } : {}),
        ...(result.name !== undefined ? { name: result.name } : {}),
        errors: errors.length,
        codes: [...new Set(errors.map((d) => d.code))].sort(compareStrings),
      });
      if (muni) muni.failed += 1;
      return;
    }
    this.#audited += 1;
    for (const t of SUBJECT_TYPES) this.#subjects[t] += s.subjects[t] ?? 0;
    this.#findings.total += s.findings.total;
    this.#findings.unwaived += s.findings.unwaived;
    this.#findings.waived += s.findings.waived;
    for (const sev of SEVERITIES) this.#findings.bySeverity[sev] += s.findings.bySeverity[sev] ?? 0;
    for (const [clause, n] of Object.entries(s.findings.byClause))
      this.#byClause.set(clause, (this.#byClause.get(clause) ?? 0) + n);
    let violated = 0;
    for (const [clause, status] of Object.entries(s.clauseStatus)) {
      let counts = this.#clauses.get(clause);
      if (!counts) this.#clauses.set(clause, (counts = zeroCounts<ClauseStatus>(CLAUSE_STATUSES)));
      counts[status] = (counts[status] ?? 0) + 1;
      if (status === 'violated') violated += 1;
    }
    this.#scores.push(s.score);
    const w = result.waivers;
    if (w) {
      if (w.count > 0) this.#waivers.schools += 1;
      this.#waivers.expired += w.expired.length;
      this.#waivers.unused += w.unused.length;
      if (w.ignored) this.#waivers.ignored += 1;
      if (w.expired.length > 0) this.#waivers.schoolsWithExpired.push(result.id);
    }
    let prohibited = 0;
    for (const [id, channels] of Object.entries(s.prohibitedMessengers)) {
      if (channels <= 0) continue;
      const m = this.#messengers.get(id) ?? { channels: 0, schools: 0 };
      m.channels += channels;
      m.schools += 1;
      this.#messengers.set(id, m);
      prohibited += channels;
    }
    if (muni) {
      muni.audited += 1;
      muni.unwaived += s.findings.unwaived;
      muni.waived += s.findings.waived;
      for (const sev of SEVERITIES) muni.bySeverity[sev] += s.findings.bySeverity[sev] ?? 0;
      if (violated > 0) muni.schoolsWithViolations += 1;
      muni.scores.push(s.score);
      muni.prohibitedChannels += prohibited;
    }
    if (this.#worstLimit > 0) {
      const rank: SchoolRank = {
        id: result.id,
        ...(result.name !== undefined ? { name: result.name } : {}),
        ...(result.municipality !== undefined ? { municipality: result.municipality } : {}),
        ...(result.source !== undefined ? { source: result.source } : {}),
        score: s.score,
        unwaived: s.findings.unwaived,
        bySeverity: { ...s.findings.bySeverity },
        violatedClauses: violated,
      };
      const last = this.#worst[this.#worst.length - 1];
      if (this.#worst.length < this.#worstLimit || (last && compareRank(rank, last) < 0)) {
        this.#worst.push(rank);
        this.#worst.sort(compareRank);
        if (this.#worst.length > this.#worstLimit) this.#worst.pop();
      }
    }
  }

  /** The summary so far; may be called again after more `add`s. */
  result(): RegionSummary {
    const run = this.#run;
    const score = scoreDistribution(this.#scores);
    const municipalities = sortedRecord(this.#municipalities, (m): MunicipalitySummary => {
      const ms = scoreDistribution(m.scores);
      return {
        schools: m.schools,
        audited: m.audited,
        failed: m.failed,
        findings: { unwaived: m.unwaived, waived: m.waived, bySeverity: { ...m.bySeverity } },
        schoolsWithViolations: m.schoolsWithViolations,
        ...(ms ? { score: ms } : {}),
        prohibitedChannels: m.prohibitedChannels,
      };
    });
    const failedSchools = [...this.#failed].sort(
      (a, b) => compareStrings(a.id, b.id) || compareStrings(a.source ?? '', b.source ?? ''),
    );
    return {
      schemaVersion: REGION_SCHEMA_VERSION,
      tool: { ...run.tool },
      catalog: { ...run.catalog },
      registry: { ...run.registry },
      asOf: run.asOf,
      language: run.language,
      engine: run.engine,
      schools: { total: this.#total, audited: this.#audited, failed: this.#failed.length },
      failedSchools,
      duplicateIds: [...this.#ids]
        .filter(([, n]) => n > 1)
        .map(([id]) => id)
        .sort(compareStrings),
      subjects: { ...this.#subjects },
      findings: {
        total: this.#findings.total,
        unwaived: this.#findings.unwaived,
        waived: this.#findings.waived,
        bySeverity: { ...this.#findings.bySeverity },
        byClause: sortedRecord(this.#byClause, (n) => n),
      },
      clauses: sortedRecord(this.#clauses, (schools, clause) => ({
        findings: this.#byClause.get(clause) ?? 0,
        schools: { ...schools },
      })),
      ...(score ? { score } : {}),
      prohibitedMessengers: sortedRecord(this.#messengers, (m) => ({ ...m })),
      municipalities,
      worst: this.#worst.map((r) => ({ ...r, bySeverity: { ...r.bySeverity } })),
      diagnostics: [...(run.diagnostics ?? [])],
      waivers: {
        schools: this.#waivers.schools,
        waived: this.#findings.waived,
        expired: this.#waivers.expired,
        unused: this.#waivers.unused,
        // A copied folder may repeat an id: listed once.
        schoolsWithExpired: [...new Set(this.#waivers.schoolsWithExpired)].sort(compareStrings),
        ignored: this.#waivers.ignored,
      },
      ...(run.schoolFiles ? { schoolFiles: { ...run.schoolFiles } } : {}),
    };
  }
}

/** Folds a finished list (or stream) of results into a summary. */
export async function aggregateRegion(
  results: Iterable<SchoolResult> | AsyncIterable<SchoolResult>,
  run: RegionRunInfo,
  options: RegionAggregatorOptions = {},
): Promise<RegionSummary> {
  const aggregator = new RegionAggregator(run, options);
  for await (const r of results) aggregator.add(r);
  return aggregator.result();
}
