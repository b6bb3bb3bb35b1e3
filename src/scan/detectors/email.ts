import { NONE, type Detection, type Detector, type MessageView } from './detector.js';

const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}](?:[\p{L}\p{N}._%+-]{0,62}[\p{L}\p{N}_%+-])?@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:[a-z]{2,24}|рф|рус|москва|дети)(?![\p{L}\p{N}-])/giu;
/** `icon@2x.png` and friends: a retina image name, not an address. */
const FILE_EXTENSIONS = /\.(png|jpe?g|gif|webp|svg|pdf|docx?|xlsx?|zip|mp4|heic)$/i;

/** The longest local part the pattern reads before `@`: one letter or digit and 63 more. */
const LOCAL_MAX = 64;

/**
 * Every address contains one `@`, and its local part is at most 64 characters long, so the
 * pattern is started at most that far before each `@` instead of at every letter of the message:
 * it finds exactly the matches a scan of the whole message would.
 */
function detect(view: MessageView): readonly Detection[] {
  const text = view.norm;
  let at = text.indexOf('@');
  if (at < 0) return NONE;
  const out: Detection[] = [];
  let from = 0;
  while (at >= 0) {
    EMAIL.lastIndex = Math.max(from, at - LOCAL_MAX);
    const m = EMAIL.exec(text);
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
