import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceLocation } from '../model/types.js';
import { getValidators } from './ajv-instance.js';
import { checkLostLeadingZeros } from './check-lost-zeros.js';
import { checkReferences } from './check-references.js';
import { schemaErrorsToDiagnostics } from './schema-diagnostics.js';
import { append } from '../util/append.js';

export interface ValidateOptions {
  /** File name put on diagnostics that `locate` cannot place. */
  file?: string;
  /** Maps a JSON pointer of `doc` to its place in the source. */
  locate?: (pointer: string) => SourceLocation | undefined;
  /** Like `locate`, but the place of the key (used for unknown keys); falls back to `locate`. */
  locateKey?: (pointer: string) => SourceLocation | undefined;
  /** Clause ids of the catalog: attestations naming other clauses are reported. */
  knownClauses?: readonly string[];
}

/**
 * Validates an in-memory SchoolFile-shaped value (people and channels inline) against the school
 * schema and the cross-reference rules. Returns every problem found, never throws at input.
 */
export function validate(doc: unknown, options: ValidateOptions = {}): Diagnostic[] {
  return validateChecked(doc, options, false);
}

/**
 * `validate`, for a caller that has already run the school schema over exactly this value and seen
 * it pass (`schemaValid`): the schema is not run a second time; the reference checks still are.
 */
export function validateChecked(doc: unknown, options: ValidateOptions, schemaValid: boolean): Diagnostic[] {
  const { school } = getValidators();
  const out: Diagnostic[] = [];
  if (!schemaValid && !school(doc)) append(out, schemaErrorsToDiagnostics(school.errors ?? [], options));
  append(out, checkReferences(doc, options));
  append(out, checkLostLeadingZeros(doc, options));
  return out;
}
