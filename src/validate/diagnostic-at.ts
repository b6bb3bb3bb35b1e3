import type { Diagnostic, DiagnosticCode, Localized } from '../diagnostics/diagnostic.js';
import type { SourceLocation } from '../model/types.js';
import { maskValue } from '../privacy/mask.js';

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
  const s = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  // Only the head is split into characters: a 1 MB cell must not become a million-item array.
  const chars = [...s.slice(0, max * 2 + 2)];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}

/**
 * Quotes a cell that may hold personal data (a roster column filled with phones or names when
 * headers are swapped): shortened, then masked so only its shape and last two characters show.
 */
export function quoteCell(value: unknown, max = 40): string {
  return maskValue(quoteValue(value, max));
}

/**
 * Quotes an identifier: one ASCII word (`p-001`, `zz`) or one word with a digit (`5А`) as written;
 * anything else — Cyrillic words without digits, spaces, `@`, seven digits or more — may be a
 * name, e-mail or phone typed where an id belongs, and is masked.
 */
export function quoteId(value: unknown): string {
  const s = quoteValue(value, 40);
  const word = /^[\p{L}\p{N}_.:#/-]{1,40}$/u.test(s) && (/^[\x21-\x7e]+$/.test(s) || /\d/.test(s));
  const plain = word && !/\d{7}/.test(s.replace(/\D/g, ''));
  return plain ? s : maskValue(s);
}
