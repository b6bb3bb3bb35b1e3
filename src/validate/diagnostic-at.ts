import type { Diagnostic, DiagnosticCode, Localized } from '../diagnostics/diagnostic.js';
import type { SourceLocation } from '../model/types.js';

export interface DiagnosticPlace {
  file?: string;
  pointer?: string;
  location?: SourceLocation;
  line?: number;
  column?: number;
}

/**
 * Builds a diagnostic with a fixed key order and no undefined keys, so serialised output is
 * byte-identical between runs.
 */
export function diagnosticAt(
  code: DiagnosticCode,
  message: Localized,
  place: DiagnosticPlace = {},
  extra: { severity?: Diagnostic['severity']; hint?: Localized } = {},
): Diagnostic {
  const d: Diagnostic = { code, severity: extra.severity ?? 'error', message };
  if (extra.hint) d.hint = extra.hint;
  const file = place.location?.file ?? place.file;
  if (file !== undefined) d.file = file;
  if (place.pointer !== undefined) d.pointer = place.pointer;
  const line = place.location?.line ?? place.line;
  const column = place.location?.column ?? place.column;
  if (line !== undefined) d.line = line;
  if (column !== undefined) d.column = column;
  return d;
}

/** Quotes a value from the input for a message, cut short so a message never carries a blob. */
export function quoteValue(value: unknown, max = 60): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const chars = [...s];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : s;
}
