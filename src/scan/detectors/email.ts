import { NONE, type Detection, type Detector, type MessageView, lazyPattern } from './detector.js';

const EMAIL = lazyPattern(
  () =>
    /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}](?:[\p{L}\p{N}._%+-]{0,62}[\p{L}\p{N}_%+-])?@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:[a-z]{2,24}|рф|рус|москва|дети)(?![\p{L}\p{N}-])/giu,
);
/** `icon@2x.png` and friends: a retina image name, not an address. */
const FILE_EXTENSIONS = /\.(png|jpe?g|gif|webp|svg|pdf|docx?|xlsx?|zip|mp4|heic)$/i;

/** The longest local part the pattern reads before `@`: one letter or digit and 63 more. */
const LOCAL_MAX = 64;
const LOCAL_CHAR = lazyPattern(() => /[\p{L}\p{N}._%+-]/u);

/** ASCII letters, digits and `._%+-` and the basic Cyrillic letters decided without the pattern. */
function isLocalChar(code: number): boolean {
  if (code >= 128) {
    if ((code >= 0x410 && code <= 0x44f) || code === 0x401 || code === 0x451) return true;
    return LOCAL_CHAR().test(String.fromCharCode(code));
  }
  return (
    (code >= 48 && code <= 57) ||
    ((code | 32) >= 97 && (code | 32) <= 122) ||
    code === 46 ||
    code === 95 ||
    code === 37 ||
    code === 43 ||
    code === 45
  );
}

/**
 * Where a local part ending at `at` can start: the pattern's look-behind rules out a start with a
 * local-part character before it, so only the start of that run (or 64 before `@`) can match.
 * Surrogate pairs are letters of the run too: stepping over a half changes nothing.
 */
function localStart(text: string, at: number): number {
  const limit = Math.max(0, at - LOCAL_MAX);
  let i = at;
  while (i > limit) {
    const c = text.charCodeAt(i - 1);
    if (c >= 0xd800 && c <= 0xdfff && i - 2 >= limit) {
      if (!LOCAL_CHAR().test(text.slice(i - 2, i))) break;
      i -= 2;
    } else if (isLocalChar(c)) i -= 1;
    else break;
  }
  return i;
}

/**
 * Every address contains one `@`, and its local part is a run of at most 64 local-part
 * characters right before it, so the pattern is started where that run begins instead of at
 * every letter of the message: it finds exactly the matches a scan of the whole message would.
 */
function detect(view: MessageView): readonly Detection[] {
  const text = view.norm;
  let at = text.indexOf('@');
  if (at < 0) return NONE;
  const out: Detection[] = [];
  let from = 0;
  while (at >= 0) {
    const email = EMAIL();
    email.lastIndex = Math.max(from, localStart(text, at));
    const m = email.exec(text);
    if (!m) break;
    from = m.index + m[0].length;
    at = text.indexOf('@', from);
    if (FILE_EXTENSIONS.test(m[0]) || m[0].includes('..')) continue;
    out.push({
      kind: 'email',
      start: m.index,
      end: m.index + m[0].length,
      value: m[0],
      detector: 'email',
      confidence: 'high',
    });
  }
  return out;
}

export const emailDetector: Detector = { kind: 'email', detect };
