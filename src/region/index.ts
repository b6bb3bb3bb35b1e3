export {
  auditRegion,
  runRegion,
  regionRunInfo,
  createRegionAuditor,
  regionAggregatorFor,
  type AuditRegionOptions,
} from './audit-region.js';
export {
  RegionAggregator,
  aggregateRegion,
  CLAUSE_STATUSES,
  DEFAULT_WORST,
  type RegionAggregatorOptions,
} from './region-aggregator.js';
export { scoreDistribution } from './score-distribution.js';
export { mergeSchoolConfig } from './merge-school-config.js';
export type {
  RegionSchool,
  RegionItem,
  RegionOptions,
  SchoolResult,
  SchoolSummary,
  ScoreDistribution,
  SchoolRank,
  MunicipalitySummary,
  RegionSummary,
  RegionRunInfo,
  SchoolConfigUse,
  SchoolWaivers,
  RegionWaivers,
  RegionSchoolFiles,
} from './types.js';
export { formatSchoolLine, formatSummaryLine, RegionJsonWriter } from './format-region-json.js';
export { formatRegionCsvHeader, formatSchoolCsvRow, type RegionCsvOptions } from './format-region-csv.js';
export { formatRegionText, type RegionTextOptions } from './format-region-text.js';
export { regionStream, REGION_FORMAT_NAMES, type RegionFormatName } from './region-formats.js';
