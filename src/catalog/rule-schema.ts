import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import ruleSchema from '../../schemas/rule.schema.json';
import type { Localized } from '../diagnostics/diagnostic.js';
import { valueAtPointer } from '../diagnostics/json-pointer.js';

let validator: ValidateFunction | undefined;

/** The compiled `schemas/rule.schema.json` (ajv, JSON Schema 2020-12), built on first use. */
export function ruleValidator(): ValidateFunction {
  if (!validator) {
    // verbose: errors carry `parentSchema`, which tells which condition shape reported them.
    const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true });
    validator = ajv.compile(ruleSchema);
  }
  return validator;
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

/**
 * ajv reports every branch of a `oneOf` for a condition; keep the errors of the shape the author
 * meant (decided by the keys present) and drop the `oneOf` summary when anything more precise is left.
 */
export function relevantErrors(errors: readonly ErrorObject[], data: unknown): ErrorObject[] {
  const defs = (ruleSchema as { $defs: Record<string, unknown> }).$defs;
  const branchOf = new Map<unknown, string>(
    ['all', 'any', 'not', 'reference', 'leaf'].map((name) => [defs[name], name] as const),
  );
  const kept = errors.filter((e) => {
    // ajv's schemaPath is relative inside recursive $refs; the parent schema object is not.
    const branch = branchOf.get(e.parentSchema);
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
