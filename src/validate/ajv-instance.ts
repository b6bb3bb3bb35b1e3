import type { ValidateFunction } from 'ajv/dist/2020.js';
import * as generated from './validators.generated.js';

/**
 * English titles and descriptions live next to the Russian `title`/`description` as annotation
 * keywords, registered with Ajv's strict mode (scripts/gen-validators.mjs) so it keeps rejecting
 * real typos in the schemas.
 */
export const ENGLISH_ANNOTATIONS = ['x-title-en', 'x-description-en'] as const;

export interface Validators {
  school: ValidateFunction;
  person: ValidateFunction;
  channel: ValidateFunction;
  fileReference: ValidateFunction;
}

/**
 * The input schemas' validators, compiled at build time (Ajv standalone code, `npm run gen`): Ajv
 * options `allErrors`, `strict`, `verbose` (each error keeps its sub-schema, which lists known keys
 * for suggestions), `messages`, format `date`. Nothing is compiled when a run starts.
 */
export function getValidators(): Validators {
  return generated as unknown as Validators;
}
