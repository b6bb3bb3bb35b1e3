import type { ErrorObject, ValidateFunction } from 'ajv';
import ruleSchema from '../../schemas/rule.schema.json';
import * as generated from './rule-validator.generated.js';
import type { Localized } from '../diagnostics/diagnostic.js';
import { valueAtPointer } from '../diagnostics/json-pointer.js';

/**
 * `schemas/rule.schema.json` (JSON Schema 2020-12), compiled at build time with `verbose` (errors
 * carry `parentSchema`, which tells which condition shape reported them): scripts/gen-validators.mjs.
 */
export function ruleValidator(): ValidateFunction {
  return generated.rule as unknown as ValidateFunction;
}

const BRANCHES: Record<string, string> = {
  all: 'all',
  any: 'any',
  not: 'not',
  condition: 'reference',
};

/** Which condition shape an object means, by its keys (so only that shape's errors are shown). */
function intendedBranch(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  for (const key of Object.keys(value)) if (BRANCHES[key]) return BRANCHES[key];
  return 'leaf';
}

const BRANCH_NAMES = ['all', 'any', 'not', 'reference', 'leaf'] as const;
let branchBySource: Map<string, string> | undefined;
const branchCache = new WeakMap<object, string | undefined>();

/**
 * Which condition shape (`$defs` entry) a schema error's parent schema is. The standalone
 * validator holds its own copies of the sub-schemas, so they are told apart by content.
 */
function branchOfSchema(parent: unknown): string | undefined {
  if (parent === null || typeof parent !== 'object') return undefined;
  if (branchCache.has(parent)) return branchCache.get(parent);
  if (!branchBySource) {
    const defs = (ruleSchema as { $defs: Record<string, unknown> }).$defs;
    branchBySource = new Map(BRANCH_NAMES.map((name) => [JSON.stringify(defs[name]), name]));
  }
  const branch = branchBySource.get(JSON.stringify(parent));
  branchCache.set(parent, branch);
  return branch;
}

/**
 * ajv reports every branch of a `oneOf` for a condition; keep the errors of the shape the author
 * meant (decided by the keys present) and drop the `oneOf` summary when anything more precise is left.
 */
export function relevantErrors(errors: readonly ErrorObject[], data: unknown): ErrorObject[] {
  const kept = errors.filter((e) => {
    // ajv's schemaPath is relative inside recursive $refs; the parent schema is not.
    const branch = branchOfSchema(e.parentSchema);
    if (!branch) return true;
    return intendedBranch(valueAtPointer(data, e.instancePath)) === branch;
  });
  const precise = kept.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'if');
  const chosen = precise.length > 0 ? precise : kept;
  const seen = new Set<string>();
  return chosen.filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The rule schema's own words for an error: a condition that fits none of its shapes (when no
 * precise error was left to show) lists the shapes it may take.
 */
export function explainRuleSchemaError(e: ErrorObject): { message: Localized } | undefined {
  if (e.keyword !== 'oneOf') return undefined;
  return {
    message: {
      ru: 'условие должно быть одним из all, any, not, condition или {fact, operator, value}',
      en: 'a condition must be one of all, any, not, condition or {fact, operator, value}',
    },
  };
}
