import { compiledEngine } from './compiled-engine.js';
import { referenceEngine } from './reference-engine.js';
import type { ConditionEngine, EngineName } from './types.js';

/** The engine by name: `compiled` (default, fast, synchronous) or `reference` (json-rules-engine). */
export function getEngine(name: EngineName = 'compiled'): ConditionEngine {
  switch (name) {
    case 'compiled':
      return compiledEngine;
    case 'reference':
      return referenceEngine;
    default:
      throw new Error(`Unknown engine "${String(name)}": use "compiled" or "reference"`);
  }
}
