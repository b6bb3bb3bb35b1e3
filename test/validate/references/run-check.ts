import type { Diagnostic } from '../../../src/diagnostics/diagnostic.js';
import {
  type ReferenceCheck,
  type ReferenceCheckOptions,
  referenceContext,
} from '../../../src/validate/references/context.js';

/** Runs one reference check alone and returns [code, severity, pointer] of what it reported. */
export function runCheck(
  check: ReferenceCheck,
  doc: Record<string, unknown>,
  options: ReferenceCheckOptions = {},
): [Diagnostic['code'], Diagnostic['severity'], string | undefined][] {
  const ctx = referenceContext(doc, options);
  check(ctx);
  return ctx.diagnostics.map((d) => [d.code, d.severity, d.pointer]);
}

export const person = (id: string, roles: string[], extra: Record<string, unknown> = {}) => ({
  id,
  roles,
  ...extra,
});
