import { cleanText, toText } from './clean-text.js';

/**
 * A spreadsheet treats a cell starting with `=`, `+`, `-` or `@` as a formula; TAB and CR are
 * dangerous starters too, and Excel skips leading whitespace before deciding. Such a cell gets a
 * leading `'`, which spreadsheets show as text, and is always quoted (OWASP «CSV Injection»).
 * Full-width forms are included: some spreadsheet locales fold them to ASCII.
 */
const FORMULA_START = /^[\s\u00A0\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;

export function isFormulaLike(value: string): boolean {
  return FORMULA_START.test(value);
}

/**
 * One RFC 4180 field: quoted when it holds the delimiter, a quote, a line break, leading or
 * trailing whitespace, or was neutralised; quotes doubled. Line breaks stay (as LF) inside quotes.
 */
export function escapeCsvCell(value: unknown, delimiter: ';' | ','): string {
  const cleaned = cleanText(value);
  // Checked before and after cleaning: cleaning turns a leading CR into LF and drops controls
  // that may hide an `=`.
  const neutralised = cleaned !== '' && (isFormulaLike(cleaned) || isFormulaLike(toText(value)));
  const text = neutralised ? `'${cleaned}` : cleaned;
  const needsQuotes = neutralised || text.includes(delimiter) || /["\n\r]/.test(text) || /^\s|\s$/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}
