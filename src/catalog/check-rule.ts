import type { DiagnosticCode, Localized } from '../diagnostics/diagnostic.js';
import type { Condition, TopLevelCondition } from '../evaluate/types.js';
import { DEFAULT_DECORATOR_NAMES, DEFAULT_OPERATOR_NAMES } from '../evaluate/operator-registry.js';
import { MAX_PATTERN_LENGTH, patternProblem, type PatternProblem } from '../evaluate/pattern-operator.js';
import { EDITION_WORDS, PLATFORM_WORDS, placeholdersOf } from './rule-runner.js';
import { FACTS, PARAMS_FACT, isKnownFact } from '../normalize/facts.js';
import { closestIds } from '../validate/suggest-key.js';
import { SUBJECT_TYPES, type SubjectType } from '../model/vocabulary.js';
import type { RuleDefinition } from './types.js';

export interface RuleProblem {
  code: DiagnosticCode;
  pointer: string;
  /** Point at this key of the object at `pointer`, when the problem is the key itself. */
  key?: string;
  message: Localized;
  hint?: Localized;
}

export interface RuleCheckContext {
  clauseIds: ReadonlySet<string>;
  legalActIds: ReadonlySet<string>;
  /** Custom operator names accepted besides json-rules-engine's. */
  operators: ReadonlySet<string>;
  /** Custom operators whose `value` is a regular expression: each such pattern is checked. */
  patternOperators?: ReadonlySet<string>;
  sharedConditions: ReadonlySet<string>;
}

const PATTERN_PROBLEMS: Record<PatternProblem, Localized> = {
  'not-a-string': { ru: 'шаблон должен быть строкой', en: 'the pattern must be a string' },
  'too-long': {
    ru: `шаблон длиннее ${MAX_PATTERN_LENGTH} знаков`,
    en: `the pattern is longer than ${MAX_PATTERN_LENGTH} characters`,
  },
  invalid: { ru: 'это не регулярное выражение', en: 'not a regular expression' },
  catastrophic: {
    ru: 'шаблон может работать экспоненциально долго (вложенные повторы вроде (a+)+ или более 25 повторов)',
    en: 'the pattern may take exponential time (nested quantifiers like (a+)+ or more than 25 quantifiers)',
  },
};

/** The problem with a pattern operator's `value`: it must be a safe pattern written in the rule. */
function patternValueProblem(pointer: string, value: unknown): RuleProblem | undefined {
  const fromFact = value !== null && typeof value === 'object' && 'fact' in value;
  const problem = fromFact ? undefined : patternProblem(value);
  if (!fromFact && problem === undefined) return undefined;
  const message: Localized = fromFact
    ? {
        ru: 'шаблон берётся из данных, а не записан в правиле',
        en: 'the pattern comes from the data, not the rule',
      }
    : PATTERN_PROBLEMS[problem!];
  return {
    code: problem === 'invalid' || problem === 'not-a-string' ? 'RULE_INVALID' : 'RULE_PATTERN_UNSAFE',
    pointer: `${pointer}/value`,
    message,
  };
}

function isOperatorKnown(name: string, custom: ReadonlySet<string>): boolean {
  if (custom.has(name) || DEFAULT_OPERATOR_NAMES.includes(name)) return true;
  // Decorated operators: `everyFact:greaterThan`, `not:in`…
  const parts = name.split(':');
  const base = parts.pop() as string;
  return (
    parts.length > 0 &&
    parts.every((d) => DEFAULT_DECORATOR_NAMES.includes(d)) &&
    (custom.has(base) || DEFAULT_OPERATOR_NAMES.includes(base))
  );
}

/** `$.maxAgeDays` or `$['maxAgeDays']` → `maxAgeDays`: the parameter a `params` path reads. */
function paramRoot(path: string | undefined): string | undefined {
  if (!path) return undefined;
  const m = /^\$(?:\.([A-Za-z_][A-Za-z0-9_]*)|\[['"]([^'"]+)['"]\])/.exec(path);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** Semantic checks the schema cannot express: known clauses, facts, operators, placeholders. */
// long-function: every semantic check of one rule file, in the order the file reads; they share the problem list and the rule's declared params
export function checkRule(rule: RuleDefinition, context: RuleCheckContext): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const subject = rule.subject as SubjectType;
  if (!SUBJECT_TYPES.includes(subject)) {
    problems.push({
      code: 'RULE_INVALID',
      pointer: '/subject',
      message: {
        ru: `неизвестный тип субъекта «${String(rule.subject)}»; допустимы: ${SUBJECT_TYPES.join(', ')}`,
        en: `unknown subject type "${String(rule.subject)}"; use one of ${SUBJECT_TYPES.join(', ')}`,
      },
    });
    return problems;
  }
  const params = new Set(Object.keys(rule.params ?? {}));
  const factNames = Object.keys(FACTS[subject]);
  const factList = factNames.join(', ');

  rule.clauses.forEach((clause, i) => {
    if (!context.clauseIds.has(clause)) {
      problems.push({
        code: 'RULE_UNKNOWN_CLAUSE',
        pointer: `/clauses/${i}`,
        message: {
          ru: `неизвестный пункт Положения «${clause}»`,
          en: `unknown clause "${clause}"`,
        },
        hint: {
          ru: 'Пункты перечислены в rules/clauses.yaml (header, 1.1…, 2.1.a…, 2.final, 4.4).',
          en: 'Clause ids are listed in rules/clauses.yaml (header, 1.1…, 2.1.a…, 2.final, 4.4).',
        },
      });
    }
  });

  (rule.legalBasis ?? []).forEach((id, i) => {
    if (!context.legalActIds.has(id)) {
      problems.push({
        code: 'RULE_INVALID',
        pointer: `/legalBasis/${i}`,
        message: { ru: `неизвестный акт «${id}» в legalBasis`, en: `unknown act "${id}" in legalBasis` },
        hint: {
          ru: `Известные акты: ${[...context.legalActIds].join(', ')}`,
          en: `Known acts: ${[...context.legalActIds].join(', ')}`,
        },
      });
    }
  });

  const unknownFact = (pointer: string, fact: string): RuleProblem => {
    // The nearest names first (a typo, or a fact of another subject type), then the whole list.
    const nearest = closestIds(fact, factNames)
      .map((name) => `«${name}»`)
      .join(', ');
    return {
      code: 'RULE_INVALID',
      pointer,
      message: {
        ru: `неизвестный факт «${fact}» для субъекта ${subject}; ближайшие: ${nearest}`,
        en: `unknown fact "${fact}" for subject ${subject}; nearest: ${nearest.replace(/[«»]/g, '"')}`,
      },
      hint: {
        ru: `Факты субъекта ${subject}: ${factList}, params (см. docs/facts.md)`,
        en: `Facts of ${subject}: ${factList}, params (see docs/facts.md)`,
      },
    };
  };

  const checkFactRef = (pointer: string, fact: unknown, path: unknown) => {
    // Filter and script expressions (`?(@.x)`, `(@.length-1)`) evaluate text from the rule pack.
    if (typeof path === 'string' && /[?()]/.test(path)) {
      problems.push({
        code: 'RULE_INVALID',
        pointer: `${pointer}/path`,
        message: {
          ru: 'путь JSONPath с фильтром или выражением ?(…) / (…) не допускается: правила приходят извне, выражения не исполняются',
          en: 'a JSONPath with a filter or script ?(…) / (…) is not allowed: rule packs come from outside and expressions are not run',
        },
        hint: { ru: 'используйте простой путь: $.поле или $[0]', en: 'use a plain path: $.field or $[0]' },
      });
      return;
    }
    if (typeof fact !== 'string') return;
    if (!isKnownFact(subject, fact)) {
      problems.push(unknownFact(`${pointer}/fact`, fact));
      return;
    }
    if (fact === PARAMS_FACT) {
      const root = paramRoot(typeof path === 'string' ? path : undefined);
      if (!root || !params.has(root)) {
        problems.push({
          code: 'RULE_INVALID',
          pointer: path === undefined ? `${pointer}/fact` : `${pointer}/path`,
          message: {
            ru: `факт params читается по пути вида $.имя объявленного параметра, а «${String(path ?? '')}» такого не называет`,
            en: `the params fact must be read with a path $.NAME of a declared parameter; "${String(path ?? '')}" is not one`,
          },
          hint: {
            ru: `Объявленные параметры: ${[...params].join(', ') || 'нет'}`,
            en: `Declared parameters: ${[...params].join(', ') || 'none'}`,
          },
        });
      }
    }
  };

  const walk = (node: Condition, pointer: string) => {
    if ('all' in node || 'any' in node) {
      const list = 'all' in node ? node.all : node.any;
      const key = 'all' in node ? 'all' : 'any';
      list.forEach((child, i) => walk(child, `${pointer}/${key}/${i}`));
      return;
    }
    if ('not' in node) {
      walk(node.not, `${pointer}/not`);
      return;
    }
    if ('condition' in node) {
      if (!context.sharedConditions.has(node.condition)) {
        problems.push({
          code: 'RULE_INVALID',
          pointer: `${pointer}/condition`,
          message: {
            ru: `ссылка на неизвестное общее условие «${node.condition}»`,
            en: `reference to an unknown shared condition "${node.condition}"`,
          },
        });
      }
      return;
    }
    checkFactRef(pointer, node.fact, node.path);
    if (!isOperatorKnown(node.operator, context.operators)) {
      problems.push({
        code: 'RULE_INVALID',
        pointer: `${pointer}/operator`,
        message: {
          ru: `неизвестный оператор «${node.operator}»`,
          en: `unknown operator "${node.operator}"`,
        },
        hint: {
          ru: `Операторы json-rules-engine: ${DEFAULT_OPERATOR_NAMES.join(', ')} (и декораторы ${DEFAULT_DECORATOR_NAMES.join(', ')})`,
          en: `json-rules-engine operators: ${DEFAULT_OPERATOR_NAMES.join(', ')} (and decorators ${DEFAULT_DECORATOR_NAMES.join(', ')})`,
        },
      });
    }
    if (context.patternOperators?.has(String(node.operator).split(':').pop() as string)) {
      const problem = patternValueProblem(pointer, node.value);
      if (problem) problems.push(problem);
    }
    const value = node.value as { fact?: unknown; path?: unknown } | null;
    if (value && typeof value === 'object' && !Array.isArray(value) && typeof value.fact === 'string') {
      checkFactRef(`${pointer}/value`, value.fact, value.path);
    }
  };
  if (rule.when) walk(rule.when as TopLevelCondition, '/when');
  walk(rule.conditions, '/conditions');

  (rule.evidence ?? []).forEach((fact, i) => {
    if (fact === PARAMS_FACT || !isKnownFact(subject, fact))
      problems.push(unknownFact(`/evidence/${i}`, fact));
  });

  for (const field of ['title', 'message', 'remediation', 'description'] as const) {
    const text = rule[field];
    if (!text) continue;
    for (const lang of ['ru', 'en'] as const) {
      for (const ph of placeholdersOf(text[lang] ?? '')) {
        const ok =
          ph.scope === 'subject'
            ? ph.name === 'label' || ph.name === 'id'
            : ph.scope === 'facts'
              ? ph.name !== undefined && ph.name !== PARAMS_FACT && isKnownFact(subject, ph.name)
              : ph.scope === 'params'
                ? params.has(ph.name as string)
                : ph.scope === 'platform'
                  ? (PLATFORM_WORDS as readonly string[]).includes(ph.name as string)
                  : ph.scope === 'edition'
                    ? EDITION_WORDS.includes(ph.name as string)
                    : false;
        if (!ok) {
          problems.push({
            code: 'RULE_INVALID',
            pointer: `/${field}/${lang}`,
            message: {
              ru: `неизвестная подстановка {{${ph.raw}}}`,
              en: `unknown placeholder {{${ph.raw}}}`,
            },
            hint: {
              ru: 'Допустимы {{subject.label}}, {{subject.id}}, {{facts.ИМЯ}} (факт субъекта), {{params.ИМЯ}} (объявленный параметр), {{platform.edu|eduIn|profile|app}}, {{edition.id|title|order}}.',
              en: 'Use {{subject.label}}, {{subject.id}}, {{facts.NAME}} (a fact of the subject), {{params.NAME}} (a declared parameter), {{platform.edu|eduIn|profile|app}}, {{edition.id|title|order}}.',
            },
          });
        }
      }
    }
  }
  return problems;
}
