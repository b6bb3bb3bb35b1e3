import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { type ReferenceCheck, type ReferenceCheckOptions, referenceContext } from './references/context.js';
import { checkDuplicateIds } from './references/duplicate-ids.js';
import { checkPersonReferences } from './references/person-references.js';
import { checkClassReferences } from './references/class-references.js';
import { checkChannelReferences } from './references/channel-references.js';
import { checkDocumentReferences } from './references/document-references.js';
import { checkRoleMismatches } from './references/role-mismatches.js';
import { checkReferenceCycles } from './references/reference-cycles.js';
import { checkRosterMembers } from './references/roster-members.js';
import { checkClauseReferences } from './references/clause-references.js';
import { isObj } from './references/values-at.js';

export type { ReferenceCheckOptions } from './references/context.js';

/** One check per kind of reference, each in its own file under references/, run in this order. */
const REFERENCE_CHECKS: readonly ReferenceCheck[] = [
  checkDuplicateIds,
  checkPersonReferences,
  checkClassReferences,
  checkChannelReferences,
  checkDocumentReferences,
  checkRoleMismatches,
  checkReferenceCycles,
  checkRosterMembers,
  checkClauseReferences,
];

/**
 * Cross-reference checks over a SchoolFile-shaped value with inline people and channels. Written
 * against `unknown` on purpose: it runs next to schema validation on documents that may be broken,
 * and reports what it can instead of stopping at the first malformed entry.
 */
export function checkReferences(doc: unknown, options: ReferenceCheckOptions = {}): Diagnostic[] {
  if (!isObj(doc)) return [];
  const ctx = referenceContext(doc, options);
  for (const check of REFERENCE_CHECKS) check(ctx);
  return ctx.diagnostics;
}
