import { LineCounter, parseDocument } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { RuleDefinition } from './types.js';
import { ruleValidator, relevantErrors, explainRuleSchemaError } from './rule-schema.js';
import { schemaErrorsToDiagnostics } from '../validate/schema-diagnostics.js';
import { checkRule, type RuleProblem } from './check-rule.js';
import { yamlPosition } from '../load/yaml-position.js';
import { yamlProblem } from '../load/yaml-problem.js';
import { BUNDLED_CATALOG } from './bundled.generated.js';
import { append } from '../util/append.js';

export interface RulePackFile {
  /** As the user named it; used in diagnostics and to check that the file is named after the rule id. */
  path: string;
  text: string;
}

export interface ParseRulePackOptions {
  /** Known clause ids; default: the bundled catalog's clauses. */
  clauseIds?: readonly string[];
  /** Known legal act ids; default: the bundled legal basis (clause 1.2). */
  legalActIds?: readonly string[];
  /** Custom operator names the rules may use besides json-rules-engine's. */
  operators?: readonly string[];
  /**
   * Of those, the ones whose `value` is a regular expression (`CustomOperator.pattern`): each
   * pattern in the pack is checked (`RULE_PATTERN_UNSAFE` for nested quantifiers, an over-long
   * pattern or one taken from a fact).
   */
  patternOperators?: readonly string[];
  /** Names of shared conditions that `{ condition: NAME }` may reference. */
  sharedConditions?: readonly string[];
  /** Rule ids already taken (e.g. the bundled catalog's, when parsing an extension pack). */
  existingRuleIds?: readonly string[];
}

export interface RulePack {
  rules: RuleDefinition[];
  diagnostics: Diagnostic[];
}

function baseName(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.replace(/\.(ya?ml|json)$/i, '');
}

/**
 * Parses rule files (one rule per YAML file, named after its id), validates each against
 * `schemas/rule.schema.json` and the semantic checks (known clauses, facts, operators,
 * placeholders, unique ids). Collects positioned diagnostics; a file with any error contributes no
 * rule. Never throws.
 */
// long-function: one file's path from text to rule (syntax, schema, semantics, name, duplicates, positions) kept in one loop so each problem is positioned in its own document
export function parseRulePack(files: readonly RulePackFile[], options: ParseRulePackOptions = {}): RulePack {
  const context = {
    clauseIds: new Set(options.clauseIds ?? BUNDLED_CATALOG.clauses.map((c) => c.id)),
    legalActIds: new Set(options.legalActIds ?? (BUNDLED_CATALOG.legalBasis ?? []).map((a) => a.id)),
    operators: new Set([...(options.operators ?? []), ...(options.patternOperators ?? [])]),
    patternOperators: new Set(options.patternOperators ?? []),
    sharedConditions: new Set(options.sharedConditions ?? []),
  };
  const taken = new Map<string, string>();
  for (const id of options.existingRuleIds ?? []) taken.set(id, '');
  const rules: RuleDefinition[] = [];
  const diagnostics: Diagnostic[] = [];

  // Sorted by path so diagnostics and rule order do not depend on directory listing order.
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const lineCounter = new LineCounter();
    const doc = parseDocument(file.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
      for (const error of doc.errors)
        diagnostics.push(yamlProblem(error, { text: file.text, lineCounter, file: file.path }));
      continue;
    }
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      // An alias bomb (`*a` expanding to millions of nodes) stops here as a diagnostic.
      diagnostics.push({
        code: 'YAML_ALIAS_LIMIT',
        severity: 'error',
        message: {
          ru: `файл правила не разобран: слишком много раскрытий псевдонимов YAML (*a) или ошибка структуры (${error instanceof Error ? error.name : 'error'})`,
          en: `the rule file was not read: too many YAML alias expansions (*a) or a structural error (${error instanceof Error ? error.name : 'error'})`,
        },
        file: file.path,
      });
      continue;
    }
    const validate = ruleValidator();
    if (!validate(data)) {
      const schemaProblems = schemaErrorsToDiagnostics(relevantErrors(validate.errors ?? [], data), {
        code: 'RULE_INVALID',
        file: file.path,
        locate: (pointer) => yamlPosition(doc, lineCounter, pointer),
        locateKey: (pointer) => yamlPosition(doc, lineCounter, pointer, { key: true }),
        data,
        missing: 'parent',
        explain: explainRuleSchemaError,
        hint: {
          ru: 'Формат правила описан в schemas/rule.schema.json и docs/rules.md.',
          en: 'The rule format is described in schemas/rule.schema.json and docs/rules.md.',
        },
      });
      append(diagnostics, schemaProblems);
      continue;
    }
    const rule = data as RuleDefinition;
    const fileProblems: RuleProblem[] = checkRule(rule, context);
    if (baseName(file.path) !== rule.id) {
      fileProblems.push({
        code: 'RULE_INVALID',
        pointer: '/id',
        message: {
          ru: `файл правила называется «${baseName(file.path)}», а id правила — «${rule.id}»`,
          en: `the rule file is named "${baseName(file.path)}" but the rule id is "${rule.id}"`,
        },
        hint: { ru: `Назовите файл ${rule.id}.yaml.`, en: `Name the file ${rule.id}.yaml.` },
      });
    }
    const previous = taken.get(rule.id);
    if (previous !== undefined) {
      fileProblems.push({
        code: 'RULE_DUPLICATE_ID',
        pointer: '/id',
        message: {
          ru: `правило «${rule.id}» уже определено${previous ? ` в ${previous}` : ' в каталоге'}`,
          en: `rule "${rule.id}" is already defined${previous ? ` in ${previous}` : ' in the catalog'}`,
        },
      });
    }

    for (const problem of fileProblems) {
      const pos = yamlPosition(
        doc,
        lineCounter,
        problem.pointer,
        problem.key !== undefined ? { key: problem.key } : {},
      );
      diagnostics.push({
        code: problem.code,
        severity: 'error',
        message: problem.message,
        ...(problem.hint ? { hint: problem.hint } : {}),
        file: file.path,
        pointer: problem.key ? `${problem.pointer}/${problem.key}` : problem.pointer,
        ...(pos ? { line: pos.line, column: pos.column } : {}),
      });
    }
    if (fileProblems.length === 0) {
      taken.set(rule.id, file.path);
      rules.push(rule);
    }
  }
  return { rules, diagnostics };
}
