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

// load + validate (foundation)
export { formatDiagnostic } from './diagnostics/format-diagnostic.js';
export {
  loadSchool,
  parseSchoolDocument,
  parsePeopleCsv,
  parseChannelsCsv,
  createMemoryFileReader,
  PEOPLE_CSV_COLUMNS,
  CHANNEL_CSV_COLUMNS,
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
export { validate, checkReferences } from './validate/index.js';
export type { ValidateOptions, ReferenceCheckOptions, JsonSchema } from './validate/index.js';

// messenger registry
export type {
  MessengerEntry,
  MessengerEntryData,
  MessengerRegistry,
  MessengerRegistryData,
  MessengerStatus,
  PlatformMatch,
  StatusKind,
  StatusPeriod,
  StatusSource,
} from './messengers/index.js';
export {
  parseRegistry,
  defaultRegistry,
  extendRegistry,
  normalizePlatform,
  registryAsOf,
  statusOn,
} from './messengers/index.js';

// regulation editions
export type { Edition, EditionsData } from './editions/index.js';
export { builtinEditions, parseEditions } from './editions/index.js';

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
export { SEVERITIES, catalog, parseRulePack, runRuleFixtures, FIXTURE_BASE } from './catalog/index.js';
export { prepareRules } from './catalog/rule-runner.js';
export type { PreparedRule, PrepareOptions, RenderContext } from './catalog/rule-runner.js';

// normalize
export type { Subject, Subjects } from './normalize/types.js';
export { SUBJECT_TYPES, type SubjectType, type Language, type RuleOutcome } from './model/vocabulary.js';
export { normalize } from './normalize/index.js';
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
  patternOperator,
  patternProblem,
  MAX_PATTERN_INPUT,
} from './evaluate/index.js';
export type { PatternProblem } from './evaluate/index.js';

// audit, findings, report
export type * from './report/types.js';
export { audit, explain } from './audit/index.js';
export type { AuditOptions, ExplainOptions, AsOfOptions } from './audit/index.js';
export type { EffectiveRule } from './audit/effective-rules.js';
export { diffReports } from './report/index.js';
export { parseReport } from './report/parse-report.js';
export { parseWaivers, checkWaivers, applyWaivers, findingFingerprint } from './waivers/index.js';
export type {
  Waiver,
  WaiversFile,
  ParseWaiversOptions,
  CheckWaiversOptions,
  ApplyWaiversOptions,
  WaiverOutcome,
} from './waivers/index.js';
export { parseConfig } from './config/index.js';
export type { AuditConfig, RuleOverride, FailOn, ParseConfigOptions } from './config/index.js';
export {
  describeRunSetup,
  isDefaultSetup,
  type RuleSelection,
  type RunSetup,
  type RunSetupFiles,
} from './config/run-setup.js';

// attestations: the fill-in answers file
export {
  buildAttestationForm,
  asksQuestion,
  type AttestationForm,
  type AttestationFormInput,
  type AttestationQuestion,
} from './attest/attestation-form.js';
export {
  parseAttestationsFile,
  isUnanswered,
  type AttestationsFileParse,
} from './load/parse-attestations-file.js';

// formats
export {
  formatReport,
  isFormatName,
  FORMAT_NAMES,
  LABELS,
  labelsFor,
  HTML_CSP,
  SARIF_FINGERPRINT_KEY,
  sarifLevel,
  stableStringify,
  defineFormatter,
} from './format/index.js';
export type {
  ActDetails,
  FormatName,
  FormatOptions,
  FormatterContext,
  Labels,
  ReportFormatter,
  SarifLevel,
} from './format/index.js';

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
  ScanStreamFinding,
  ScanSummary,
  TextDetection,
} from './scan/index.js';
export {
  SCAN_KINDS,
  SCAN_KIND_LABELS,
  scanExport,
  scanText,
  formatScanResult,
  scanTotal,
  summarizeScan,
  isPaymentFinding,
} from './scan/index.js';

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
  formatSchoolLine,
  formatSummaryLine,
  RegionJsonWriter,
  formatRegionCsvHeader,
  formatSchoolCsvRow,
  formatRegionText,
  mergeSchoolConfig,
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
