export type { AppliedEdition, Edition, EditionsData } from './types.js';
export { INTENT_EDITION_ID } from './types.js';
export { builtinEditions, resolveEdition } from './editions.js';
export { parseEditions } from './parse-editions.js';
export { schoolWorld, type SchoolWorld } from './school-world.js';
