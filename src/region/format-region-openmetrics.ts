import { SEVERITIES } from '../model/vocabulary.js';
import { CLAUSE_STATUSES } from '../report/clause-statuses.js';
import type { RegionFormatter } from './region-formatter.js';
import type { RegionSummary, ScoreDistribution } from './types.js';

const PREFIX = 'sferum_region';
const SCORE_STATS: readonly (keyof ScoreDistribution)[] = ['min', 'p10', 'median', 'mean', 'max'];

/** A label value as OpenMetrics quotes it: backslash, double quote and line feed escaped. */
function labelValue(value: string): string {
  return value.replace(/[\\"\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

function labels(pairs: Record<string, string>): string {
  const parts = Object.entries(pairs).map(([k, v]) => `${k}="${labelValue(v)}"`);
  return parts.length > 0 ? `{${parts.join(',')}}` : '';
}

class Exposition {
  readonly #lines: string[] = [];

  family(
    name: string,
    type: 'gauge' | 'info',
    help: string,
    samples: readonly (readonly [Record<string, string>, number])[],
  ): void {
    const full = `${PREFIX}_${name}`;
    this.#lines.push(
      `# HELP ${full} ${help.replace(/[\\\n]/g, (c) => (c === '\n' ? '\\n' : '\\\\'))}`,
      `# TYPE ${full} ${type}`,
    );
    const sampleName = type === 'info' ? `${full}_info` : full;
    for (const [l, v] of samples)
      this.#lines.push(`${sampleName}${labels(l)} ${Number.isFinite(v) ? String(v) : 'NaN'}`);
  }

  text(): string {
    return `${this.#lines.join('\n')}\n# EOF\n`;
  }
}

function scoreSamples(
  score: ScoreDistribution | undefined,
  extra: Record<string, string>,
): [Record<string, string>, number][] {
  return score ? SCORE_STATS.map((stat) => [{ ...extra, stat }, score[stat]]) : [];
}

/**
 * The region's summary as OpenMetrics text (the Prometheus exposition format), for a textfile
 * collector or a pushgateway: region, municipality and clause gauges, each family with its TYPE and
 * HELP lines, ending in `# EOF`. No timestamps: scrapers stamp samples themselves, and the same
 * summary gives the same bytes.
 */
// long-function: one metric family per block (HELP, TYPE, samples), declarations more than logic
function formatRegionOpenMetrics(summary: RegionSummary): string {
  const out = new Exposition();
  out.family('run', 'info', 'The run: tool, rule catalog and as-of date.', [
    [
      {
        tool_version: summary.tool.version,
        catalog_version: summary.catalog.version,
        catalog_hash: summary.catalog.hash,
        registry_version: summary.registry.version,
        as_of: summary.asOf,
        engine: summary.engine,
      },
      1,
    ],
  ]);
  out.family('schools', 'gauge', 'Schools of the run by status (audited, failed).', [
    [{ status: 'audited' }, summary.schools.audited],
    [{ status: 'failed' }, summary.schools.failed],
  ]);
  out.family(
    'findings',
    'gauge',
    'Unwaived findings across the region by severity.',
    SEVERITIES.map((s) => [{ severity: s }, summary.findings.bySeverity[s]] as const),
  );
  out.family('findings_waived', 'gauge', 'Findings covered by a waiver in effect.', [
    [{}, summary.findings.waived],
  ]);
  out.family(
    'score',
    'gauge',
    'Compliance score (0-100) over audited schools.',
    scoreSamples(summary.score, {}),
  );
  const munis = Object.entries(summary.municipalities);
  out.family(
    'municipality_schools',
    'gauge',
    'Schools per municipality by status.',
    munis.flatMap(([m, s]) => [
      [{ municipality: m, status: 'audited' }, s.audited] as const,
      [{ municipality: m, status: 'failed' }, s.failed] as const,
    ]),
  );
  out.family(
    'municipality_findings',
    'gauge',
    'Unwaived findings per municipality by severity.',
    munis.flatMap(([m, s]) =>
      SEVERITIES.map((sev) => [{ municipality: m, severity: sev }, s.findings.bySeverity[sev]] as const),
    ),
  );
  out.family(
    'municipality_schools_violating',
    'gauge',
    'Schools of the municipality with at least one violated clause.',
    munis.map(([m, s]) => [{ municipality: m }, s.schoolsWithViolations] as const),
  );
  out.family(
    'municipality_score',
    'gauge',
    'Compliance score per municipality over its audited schools.',
    munis.flatMap(([m, s]) => scoreSamples(s.score, { municipality: m })),
  );
  out.family(
    'municipality_prohibited_channels',
    'gauge',
    'Channels on prohibited messengers per municipality.',
    munis.map(([m, s]) => [{ municipality: m }, s.prohibitedChannels] as const),
  );
  const clauses = Object.entries(summary.clauses);
  out.family(
    'clause_schools',
    'gauge',
    'Audited schools per clause of the regulation by the clause status.',
    clauses.flatMap(([c, s]) =>
      CLAUSE_STATUSES.map((st) => [{ clause: c, status: st }, s.schools[st] ?? 0] as const),
    ),
  );
  out.family(
    'clause_findings',
    'gauge',
    'Unwaived findings per clause across the region.',
    clauses.map(([c, s]) => [{ clause: c }, s.findings] as const),
  );
  out.family(
    'prohibited_messenger_channels',
    'gauge',
    'Channels per prohibited messenger (registry id).',
    Object.entries(summary.prohibitedMessengers).map(([id, m]) => [{ messenger: id }, m.channels] as const),
  );
  return out.text();
}

/** `formatRegionOpenMetrics` with the common signature of whole-region outputs. */
export const regionOpenMetricsFormatter: RegionFormatter = (summary) => formatRegionOpenMetrics(summary);
