export type { Catalog, ClauseDefinition, Disposition, LegalAct, RuleDefinition, RuleParam } from './types.js';
export { SEVERITIES, type Severity } from '../model/vocabulary.js';
export { catalog } from './catalog.js';
export { catalogHash } from './catalog-hash.js';
export { parseRulePack } from './parse-rule-pack.js';
export type { ParseRulePackOptions, RulePack, RulePackFile } from './parse-rule-pack.js';
export { mergeCatalog } from './merge-catalog.js';
export type { CatalogMerge } from './merge-catalog.js';
export { fixtureInput, runRuleFixtures } from './run-rule-fixtures.js';
export { FIXTURE_BASE } from './bundled.generated.js';
export type {
  RuleFixtureBase,
  RuleFixtureCase,
  RuleFixtureResult,
  RunRuleFixturesOptions,
} from './run-rule-fixtures.js';
