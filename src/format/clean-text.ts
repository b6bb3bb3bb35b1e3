/**
 * Report values come from school files and chat exports: anything may be in them. Before a value
 * reaches a terminal, a spreadsheet, a browser or an XML parser it loses what could act instead of
 * being read: control characters (ANSI escapes rewrite terminals; most of C0 is illegal in XML 1.0),
 * explicit bidi controls (they reorder what follows and can make a line say something else), lone
 * surrogates and the noncharacters U+FFFE/U+FFFF. Only TAB and LF remain; every line break
 * (CR LF, CR, NEL, LS, PS) becomes LF.
 */

const LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029]/g;
// C0 except TAB (09) and LF (0A), DEL, C1.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// ALM, LRM, RLM, LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI.
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NONCHARACTERS = /[\uFFFE\uFFFF]/g;

/** Any value as display text: strings as they are, numbers and booleans printed, objects as JSON. */
export function toText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return String(value);
  }
}

// Anything the replacements below could touch; most values have none of it and skip them.
const SUSPECT =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uD800-\uDFFF\uFFFE\uFFFF]/;

/** The value with only TAB and LF left of the characters that are not plain text. */
export function cleanText(value: unknown): string {
  const text = toText(value);
  if (!SUSPECT.test(text)) return text;
  return text
    .replace(LINE_BREAKS, '\n')
    .replace(CONTROLS, '')
    .replace(BIDI_CONTROLS, '')
    .replace(LONE_SURROGATES, '')
    .replace(NONCHARACTERS, '');
}

/** Clean, on one line: line breaks and tabs become single spaces; ends trimmed. */
export function cleanLine(value: unknown): string {
  return cleanText(value)
    .replace(/[ \t]*\n[ \t\n]*/g, ' ')
    .replace(/\t/g, ' ')
    .trim();
}
