/**
 * Public API of sferum-compliance. Everything a school system, auditor tool or regional monitor
 * needs is exported here by name; modules not listed are internal. No module reachable from here
 * touches `fs` or `process`: file access lives in `sferum-compliance/node`.
 */

// diagnostics
export type { Diagnostic, DiagnosticCode, DiagnosticSeverity, Localized } from './diagnostics/index.js';
export { hasErrors } from './diagnostics/index.js';

// input model
export type * from './model/types.js';
export { DEFAULT_ESCHOOL_SYSTEM } from './model/types.js';

// privacy
export { maskValue } from './privacy/index.js';

// load + validate (foundation)
export { formatDiagnostic } from './diagnostics/format-diagnostic.js';
export {
  loadSchool,
  parseSchoolDocument,
  parsePeopleCsv,
  parseChannelsCsv,
  createMemoryFileReader,
  toAuditInput,
  PEOPLE_CSV_COLUMNS,
  CHANNEL_CSV_COLUMNS,
  DEFAULT_MAX_FILE_BYTES,
  DEFAULT_MAX_ALIAS_COUNT,
  DEFAULT_MAX_DEPTH,
} from './load/index.js';
export type {
  FileReader,
  LoadOptions,
  LoadResult,
  LoadCounts,
  ParseResult,
  ParseSchoolOptions,
  SchoolDocumentParse,
  ParseCsvOptions,
  CsvParseResult,
  ReadCsvOptions,
  CellResult,
  TextEncodingName,
  CsvColumn,
} from './load/index.js';
export { validate, checkReferences, schoolSchema, personSchema, channelSchema, commonSchema } from './validate/index.js';
export type { ValidateOptions, ReferenceCheckOptions, JsonSchema } from './validate/index.js';

// messenger registry
export type { MessengerEntry, MessengerRegistry, MessengerStatus, PlatformMatch } from './messengers/index.js';
export { parseRegistry, defaultRegistry, extendRegistry, normalizePlatform } from './messengers/index.js';

// catalog
export type {
  Catalog,
  ClauseDefinition,
  Disposition,
  LegalAct,
  RuleDefinition,
  RuleParam,
  Severity,
  ParseRulePackOptions,
  RulePack,
  RulePackFile,
  CatalogMerge,
  RuleFixtureBase,
  RuleFixtureCase,
  RuleFixtureResult,
  RunRuleFixturesOptions,
} from './catalog/index.js';
export {
  SEVERITIES,
  catalog,
  catalogHash,
  parseRulePack,
  mergeCatalog,
  mergeFixture,
  fixtureInput,
  runRuleFixtures,
  FIXTURE_BASE,
} from './catalog/index.js';
export { prepareRules, evaluatePrepared, renderMessage, resolveParams } from './evaluate/rule-runner.js';
export type { PreparedRule, PrepareOptions, RuleOutcome, RenderContext } from './evaluate/rule-runner.js';

// normalize
export type { Subject, Subjects, SubjectType } from './normalize/types.js';
export { SUBJECT_TYPES } from './normalize/types.js';
export { normalize, FACTS, PARAMS_FACT, isKnownFact } from './normalize/index.js';
export type { NormalizeOptions, ExportSummary, FactSpec, FactVocabulary } from './normalize/index.js';

// evaluate (engines, explain)
export type {
  Condition,
  TopLevelCondition,
  LeafCondition,
  Facts,
  CustomOperator,
  ConditionEngine,
  CompiledCondition,
  EngineName,
  ExplainNode,
  CompileOptions,
  AllCondition,
  AnyCondition,
  NotCondition,
  ConditionReference,
} from './evaluate/types.js';
export type { PlanOptions } from './evaluate/plan-condition.js';
export {
  referenceEngine,
  compiledEngine,
  compileCondition,
  explainCondition,
  getEngine,
  DEFAULT_OPERATOR_NAMES,
  DEFAULT_DECORATOR_NAMES,
} from './evaluate/index.js';

// audit, findings, report
export type * from './report/types.js';
export { audit, explain, resolveAsOf, SEVERITY_WEIGHT } from './audit/index.js';
export type { AuditOptions, ExplainOptions, AsOfOptions } from './audit/index.js';
export type { EffectiveRule } from './audit/effective-rules.js';
export { diffReports, sortFindings, REPORT_SCHEMA_VERSION, TOOL } from './report/index.js';
export { parseWaivers, checkWaivers, applyWaivers, matchGlob, findingFingerprint, DEFAULT_MAX_WAIVER_DAYS } from './findings/index.js';
export type { Waiver, WaiversFile, ParseWaiversOptions, CheckWaiversOptions, ApplyWaiversOptions, WaiverOutcome } from './findings/index.js';
export { parseConfig, defineConfig, DEFAULT_ATTESTATION_MAX_AGE_DAYS, DEFAULT_TIME_ZONE } from './config/index.js';
export type { AuditConfig, RuleOverride, FailOn, ParseConfigOptions } from './config/index.js';

// formats
export { formatReport, isFormatName, FORMAT_NAMES, LABELS, labelsFor, HTML_CSP, SARIF_SCHEMA_URI, SARIF_INFORMATION_URI, SARIF_FINGERPRINT_KEY, sarifLevel, stableStringify } from './format/index.js';
export type { FormatName, FormatOptions, Labels, SarifLevel } from './format/index.js';

// scan
export type {
  ScanChat,
  ScanConfidence,
  ScanFinding,
  ScanFormat,
  ScanKind,
  ScanOptions,
  ScanResult,
  ScanSource,
  ScanSummary,
  TextDetection,
} from './scan/index.js';
export { SCAN_KINDS, SCAN_KIND_LABELS, scanExport, scanText, formatScanResult, scanTotal, summarizeScan, isPaymentFinding } from './scan/index.js';

// init
export { initTemplates } from './init/index.js';
export type { InitTemplate, InitTemplateOptions } from './init/index.js';

// region
export {
  auditRegion,
  runRegion,
  regionRunInfo,
  RegionAggregator,
  aggregateRegion,
  scoreDistribution,
  countProhibitedMessengers,
  CLAUSE_STATUSES,
  DEFAULT_WORST,
  REGION_SCHEMA_VERSION,
  formatSchoolLine,
  formatSummaryLine,
  RegionJsonWriter,
  formatRegionCsvHeader,
  formatSchoolCsvRow,
  formatRegionText,
  mergeSchoolConfig,
  REGION_ONLY_CONFIG_KEYS,
} from './region/index.js';
export type {
  AuditRegionOptions,
  RegionAggregatorOptions,
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
  RegionCsvOptions,
  RegionTextOptions,
  SchoolConfigUse,
  SchoolWaivers,
  RegionWaivers,
  RegionSchoolFiles,
} from './region/index.js';
export { prepareAuditRun } from './audit/index.js';
export type { PreparedAuditRun } from './audit/index.js';
