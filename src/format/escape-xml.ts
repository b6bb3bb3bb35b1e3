import { cleanText } from './clean-text.js';

/**
 * XML 1.0 (§2.2) allows TAB, LF, CR and U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF; `cleanText`
 * removes everything else (and more: C1 and bidi controls), so what is left is always well-formed.
 */

/** Text content of an element. `>` is escaped too so `]]>` never appears. */
export function escapeXmlText(value: unknown): string {
  return cleanText(value).replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** A double- or single-quoted attribute value. TAB and LF as character references, or parsers
 * would normalise them to spaces. */
export function escapeXmlAttr(value: unknown): string {
  return cleanText(value).replace(/[&<>"'\t\n]/g, (c) => {
    switch (c) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      case "'":
        return '&apos;';
      case '\t':
        return '&#9;';
      default:
        return '&#10;';
    }
  });
}
