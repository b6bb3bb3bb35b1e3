export { validate } from './validate.js';
export type { ValidateOptions } from './validate.js';
export { checkReferences } from './check-references.js';
export type { ReferenceCheckOptions } from './check-references.js';
export { schemaErrorsToDiagnostics } from './schema-diagnostics.js';
export type { SchemaDiagnosticOptions } from './schema-diagnostics.js';
export { getValidators } from './ajv-instance.js';
export type { Validators } from './ajv-instance.js';
export { schoolSchema, personSchema, channelSchema, commonSchema } from './schemas.js';
export type { JsonSchema } from './schemas.js';
export { diagnosticAt, quoteValue } from './diagnostic-at.js';
export type { DiagnosticPlace } from './diagnostic-at.js';
export {
  escapePointerSegment,
  joinPointer,
  parsePointer,
  parentPointer,
} from '../diagnostics/json-pointer.js';
export { suggestKey } from './suggest-key.js';
