export type * from './types.js';
export { referenceEngine } from './reference-engine.js';
