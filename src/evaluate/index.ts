/**
 * Evaluation engines for json-rules-engine conditions.
 *
 * - `compiledEngine` (default): a condition is validated and resolved once (operators, decorators,
 *   paths, shared conditions, priority sets) and compiled into synchronous closures that compute
 *   exactly what json-rules-engine 7.3.1 computes — including its quirks: empty `any` is true; a
 *   lone child's raw operator result reaches the top level (truthiness) while nested it must be
 *   `=== true`; leaf priorities are used unparsed; a same-priority set is evaluated in full
 *   (errors in it surface) and only later sets are skipped; `path` applies only to object facts;
 *   literals never equal facts by identity. `test/evaluate/differential*.test.ts` checks this
 *   against the reference on random trees and on every catalog rule.
 * - `referenceEngine`: json-rules-engine itself (one Engine per compiled condition; async).
 * - `explainCondition`: what each condition saw, with skipped ones marked `'not-evaluated'`.
 *
 * Facts are plain data (the compiled engine reads a plain object's properties directly; any
 * other object goes through json-rules-engine's `for…in` view of it).
 */
export type * from './types.js';
export { referenceEngine } from './reference-engine.js';
export { compiledEngine, compileCondition } from './compiled-engine.js';
export { conditionExplainer, explainCondition } from './explain-condition.js';
export { getEngine } from './get-engine.js';
export { DEFAULT_OPERATOR_NAMES, DEFAULT_DECORATOR_NAMES } from './operator-registry.js';
export {
  guardPatternOperator,
  MAX_PATTERN_INPUT,
  MAX_PATTERN_LENGTH,
  patternOperator,
  patternProblem,
  type PatternProblem,
} from './pattern-operator.js';
