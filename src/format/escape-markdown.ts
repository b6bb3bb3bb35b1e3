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
 * start a block or break a table row). A value that would start a list item, a heading underline
 * or a thematic break at the start of a line gets its first character escaped as well.
 */
export function escapeMarkdown(value: unknown): string {
  const escaped = cleanLine(value).replace(INLINE_SPECIAL, (c) => `\\${c}`);
  return escaped.replace(/^([-+=.:])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A table cell: escaped, never empty (an empty cell still renders, a dash reads better). */
export function escapeMarkdownCell(value: unknown, empty = '—'): string {
  const escaped = escapeMarkdown(value);
  return escaped === '' ? empty : escaped;
}
