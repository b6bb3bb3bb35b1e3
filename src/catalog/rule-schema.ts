import type { ErrorObject, ValidateFunction } from 'ajv';
import ruleSchema from '../../schemas/rule.schema.json';
import * as generated from './rule-validator.generated.js';
import type { Localized } from '../diagnostics/diagnostic.js';
import { parsePointer } from '../diagnostics/json-pointer.js';

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

function valueAt(data: unknown, pointer: string): unknown {
  if (pointer === '') return data;
  let node: unknown = data;
  for (const seg of parsePointer(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[seg];
  }
  return node;
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
    return intendedBranch(valueAt(data, e.instancePath)) === branch;
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

/** A schema error in words, Russian and English. */
export function describeSchemaError(e: ErrorObject): Localized & { key?: string } {
  const at = e.instancePath || '/';
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return {
        ru: `в ${at} нет обязательного поля «${String(p.missingProperty)}»`,
        en: `${at} lacks the required property "${String(p.missingProperty)}"`,
      };
    case 'additionalProperties':
      return {
        ru: `в ${at} неизвестное поле «${String(p.additionalProperty)}»`,
        en: `${at} has an unknown property "${String(p.additionalProperty)}"`,
        key: String(p.additionalProperty),
      };
    case 'enum':
      return {
        ru: `${at}: допустимые значения — ${(p.allowedValues as unknown[]).join(', ')}`,
        en: `${at} must be one of ${(p.allowedValues as unknown[]).join(', ')}`,
      };
    case 'type':
      return { ru: `${at}: ожидается тип ${String(p.type)}`, en: `${at} must be of type ${String(p.type)}` };
    case 'pattern':
      return {
        ru: `${at}: значение не соответствует шаблону ${String(p.pattern)}`,
        en: `${at} must match the pattern ${String(p.pattern)}`,
      };
    case 'minItems':
      return {
        ru: `${at}: нужен хотя бы ${String(p.limit)} элемент`,
        en: `${at} needs at least ${String(p.limit)} item(s)`,
      };
    case 'minLength':
      return { ru: `${at}: пустая строка`, en: `${at} must not be empty` };
    case 'uniqueItems':
      return { ru: `${at}: элементы повторяются`, en: `${at} has duplicate items` };
    case 'oneOf':
      return {
        ru: `${at}: условие должно быть одним из all, any, not, condition или {fact, operator, value}`,
        en: `${at} must be one of all, any, not, condition or {fact, operator, value}`,
      };
    default:
      return { ru: `${at}: ${e.message ?? e.keyword}`, en: `${at}: ${e.message ?? e.keyword}` };
  }
}
