/**
 * Text from the data shown on a terminal: control characters (C0, DEL, C1 — ESC starts the
 * sequences that clear the screen, set the window title or hide OSC 8 links), explicit bidi
 * controls (U+202E turns the rest of a line around) and line/paragraph separators are written
 * visibly as `\x1b`, `\u202e`, so the reader sees that they are there and nothing acts on them.
 * TAB stays, and LF unless `newlines: false` (one-line fields such as a diagnostic's message).
 */
const UNSAFE =
  /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
const UNSAFE_TEST =
  /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

export function escapeTerminal(text: string, options: { newlines?: boolean } = {}): string {
  if (!UNSAFE_TEST.test(text)) return text;
  const keepNewlines = options.newlines !== false;
  return text.replace(UNSAFE, (c) => {
    if (c === '\n' && keepNewlines) return c;
    const code = c.charCodeAt(0);
    return code < 0x100
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
