export type { Edition, EditionsData } from './types.js';
export { builtinEditions } from './editions.js';
export { parseEditions } from './parse-editions.js';
export { schoolWorld } from './school-world.js';
