import safeRegex from 'safe-regex2';
import type { CustomOperator } from './types.js';

/**
 * The longest fact a pattern operator is run on, in characters (an array counts the sum of its
 * strings). The star-height check refuses exponential patterns; polynomial ones (`a*a*a*b`) pass
 * it, and this cap keeps their worst case small. Field values a rule matches (names, titles,
 * links) are far shorter.
 */
export const MAX_PATTERN_INPUT = 1_000;
/** The longest pattern a rule may give a pattern operator, in characters. */
export const MAX_PATTERN_LENGTH = 500;

export type PatternProblem = 'not-a-string' | 'too-long' | 'invalid' | 'catastrophic';

/**
 * Why a rule's `value` cannot be a pattern operator's regular expression, or undefined when it can.
 * `catastrophic`: nested quantifiers (star height above 1, `(a+)+`) or more than 25 quantifiers,
 * as `safe-regex2` (fastify's, small enough for the browser bundle) judges; it also says so for
 * syntax it cannot parse (lookbehind), which errs on the safe side. Overlapping alternatives under
 * one quantifier (`(a|a)*`) are not detected: `MAX_PATTERN_INPUT` is the backstop there.
 */
export function patternProblem(source: unknown, flags = 'u'): PatternProblem | undefined {
  if (typeof source !== 'string') return 'not-a-string';
  if (source.length > MAX_PATTERN_LENGTH) return 'too-long';
  try {
    new RegExp(source, flags);
  } catch {
    return 'invalid';
  }
  return safeRegex(source) ? undefined : 'catastrophic';
}

function inputSize(fact: unknown): number {
  if (typeof fact === 'string') return fact.length;
  if (Array.isArray(fact)) {
    let size = 0;
    for (const item of fact) {
      if (typeof item !== 'string') return Infinity;
      size += item.length;
    }
    return size;
  }
  return Infinity;
}

/**
 * A custom operator marked `pattern: true` as the engines run it: only on a string (or an array
 * of strings) up to `MAX_PATTERN_INPUT` characters and only with a pattern `patternProblem`
 * accepts; otherwise the result is false without calling it, as json-rules-engine does when a
 * validator refuses. Other operators pass unchanged.
 */
export function guardPatternOperator(op: CustomOperator): CustomOperator {
  if (!op.pattern) return op;
  const checked = new Map<unknown, boolean>();
  const safe = (source: unknown): boolean => {
    let ok = checked.get(source);
    if (ok === undefined) {
      ok = patternProblem(source) === undefined;
      if (checked.size < 1000) checked.set(source, ok);
    }
    return ok;
  };
  const validator = op.validator;
  return {
    ...op,
    validator: (fact) => inputSize(fact) <= MAX_PATTERN_INPUT && (validator ? validator(fact) : true),
    evaluate: (fact, source) => safe(source) && op.evaluate(fact, source),
  };
}

/**
 * A ready pattern operator: `{ fact, operator: matches, value: '^…$' }` holds when the fact (a
 * string) matches the rule's regular expression (Unicode mode). Guarded like any `pattern: true`
 * operator; pass its name in `ParseRulePackOptions.patternOperators` so a pack's patterns are
 * checked when it loads.
 */
export function patternOperator(name = 'matches'): CustomOperator {
  const compiled = new Map<string, RegExp>();
  return {
    name,
    pattern: true,
    validator: (fact) => typeof fact === 'string',
    evaluate: (fact: string, source: string) => {
      let re = compiled.get(source);
      if (!re) {
        re = new RegExp(source, 'u');
        if (compiled.size < 1000) compiled.set(source, re);
      }
      return re.test(fact);
    },
  };
}
