export type * from './types.js';
export { referenceEngine } from './reference-engine.js';
export { compiledEngine, compileCondition } from './compiled-engine.js';
export { explainCondition } from './explain-condition.js';
export { getEngine } from './get-engine.js';
export { DEFAULT_OPERATOR_NAMES, DEFAULT_DECORATOR_NAMES } from './operator-registry.js';
