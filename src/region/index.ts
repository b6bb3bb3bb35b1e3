export { auditRegion, runRegion, regionRunInfo, type AuditRegionOptions } from './audit-region.js';
export { RegionAggregator, aggregateRegion, compareRank, CLAUSE_STATUSES, DEFAULT_WORST, type RegionAggregatorOptions } from './region-aggregator.js';
export { scoreDistribution } from './score-distribution.js';
export { countProhibitedMessengers } from './prohibited-messengers.js';
export { REGION_SCHEMA_VERSION } from './types.js';
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
} from './types.js';
