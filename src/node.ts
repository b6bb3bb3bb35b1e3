/**
 * Node.js entry: the file-system side of the API (reading school files, CSVs, rule packs, chat
 * exports from disk). Re-exports the core so `sferum-compliance/node` is a superset of the core.
 */
export * from './index.js';

// messenger registry
export { loadRegistryFile } from './node/load-registry.js';

// scan
export { scanFile, type ScanFileOptions } from './node/scan-files.js';

// load + validate (foundation)
export { createNodeFileReader, loadSchoolFile, validateFile, type SchoolText } from './node/load-files.js';

// audit, findings, report
export {
  auditFiles,
  CONFIG_FILE_NAMES,
  type AuditFilesOptions,
  type AuditFilesResult,
} from './node/audit-files.js';
export { explainFiles, type ExplainFilesOptions, type ExplainFilesResult } from './node/explain-files.js';
export { resolveRunSetup, type RunSetupOptions, type ResolvedRunSetup } from './node/resolve-run-setup.js';
export {
  loadConfigFile,
  loadWaiversFile,
  type LoadConfigOptions,
  type LoadWaiversOptions,
} from './node/load-config.js';

// catalog: rule packs on disk
export {
  loadRulePackDir,
  testRulePackDir,
  type RulePackTestResult,
  type TestRulePackOptions,
} from './node/load-rule-pack.js';

// region
export {
  auditRegionFiles,
  discoverSchools,
  SCHOOL_FILE_NAMES,
  WAIVER_FILE_NAMES,
  DEFAULT_REGION_CONCURRENCY,
  type AuditRegionFilesOptions,
  type RegionFilesRun,
} from './node/audit-region.js';
