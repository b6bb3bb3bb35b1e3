import { cleanLine } from './clean-text.js';

/**
 * Markdown-significant ASCII punctuation, backslash-escaped (CommonMark §2.4 lets any ASCII
 * punctuation be escaped): emphasis `* _ ~`, code `` ` ``, links and images `[ ] !`, raw HTML and
 * autolinks `< >`, entities `&`, table cells `|`, headings `#`, GitHub math `$`, and the
 * backslash itself. Parentheses, dots and dashes stay readable: without `[` `]` no link can form.
 */
const INLINE_SPECIAL = /[\\`*_~[\]!<>&|#$]/g;

/**
 * One value as inline Markdown, on one line (line breaks collapse to spaces, so a value cannot
 * start a block or break a table row). With `lineStart` — for a value placed at the very start of
 * a line — list markers, setext underlines and ordered-list numbers are escaped too; inside a
 * table cell or after a prefix they are plain text and stay as they are.
 */
export function escapeMarkdown(value: unknown, { lineStart = false }: { lineStart?: boolean } = {}): string {
  const escaped = cleanLine(value).replace(INLINE_SPECIAL, (c) => `\\${c}`);
  if (!lineStart) return escaped;
  return escaped.replace(/^([-+=:])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A table cell: escaped, never empty (an empty cell still renders, a dash reads better). */
export function escapeMarkdownCell(value: unknown, empty = '—'): string {
  const escaped = escapeMarkdown(value);
  return escaped === '' ? empty : escaped;
}
