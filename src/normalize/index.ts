export type { Subject, Subjects } from './types.js';
export { SUBJECT_TYPES, type SubjectType } from '../model/vocabulary.js';
export { normalize } from './normalize.js';
export type { NormalizeOptions, ExportSummary } from './build-index.js';
export { FACTS, PARAMS_FACT, isKnownFact } from './facts.js';
export type { FactSpec, FactVocabulary } from './facts.js';
export { daysBetween } from '../model/iso-date.js';
