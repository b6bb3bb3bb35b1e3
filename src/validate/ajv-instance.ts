import Ajv2020 from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { SCHEMA_IDS, channelSchema, commonSchema, personSchema, schoolSchema } from './schemas.js';

/**
 * English titles and descriptions live next to the Russian `title`/`description` as annotation
 * keywords, registered here so ajv's strict mode keeps rejecting real typos in the schemas.
 */
export const ENGLISH_ANNOTATIONS = ['x-title-en', 'x-description-en'] as const;

export interface Validators {
  school: ValidateFunction;
  person: ValidateFunction;
  channel: ValidateFunction;
  fileReference: ValidateFunction;
}

let cached: Validators | undefined;

/** Compiles the input schemas once per process (lazily: importing the library stays cheap). */
export function getValidators(): Validators {
  if (cached) return cached;
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    // `verbose` keeps the failing sub-schema on each error: it lists known keys for suggestions.
    verbose: true,
    messages: true,
  });
  addFormats(ajv, ['date']);
  for (const keyword of ENGLISH_ANNOTATIONS) {
    ajv.addKeyword({ keyword, schemaType: 'string' });
  }
  ajv.addSchema([commonSchema, personSchema, channelSchema, schoolSchema]);
  const get = (ref: string): ValidateFunction => {
    const fn = ajv.getSchema(ref);
    if (!fn) throw new Error(`schema ${ref} did not compile`);
    return fn;
  };
  cached = {
    school: get(SCHEMA_IDS.school),
    person: get(SCHEMA_IDS.person),
    channel: get(SCHEMA_IDS.channel),
    fileReference: get(`${SCHEMA_IDS.common}#/$defs/fileReference`),
  };
  return cached;
}
