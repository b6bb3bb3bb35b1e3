import { NONE, type Detection, type Detector, type MessageView } from './detector.js';
import { type EmailMatch, nextEmail } from './email-matcher.js';

/** `icon@2x.png` and friends: a retina image name, not an address. */
const FILE_EXTENSIONS = /\.(png|jpe?g|gif|webp|svg|pdf|docx?|xlsx?|zip|mp4|heic)$/i;

const match: EmailMatch = { start: 0, end: 0 };

/** Every address the matcher finds (email-matcher.ts), but file names and doubled dots. */
function detect(view: MessageView): readonly Detection[] {
  const text = view.norm;
  if (!text.includes('@')) return NONE;
  let out: Detection[] | undefined;
  for (let from = 0; nextEmail(text, from, match); from = match.end) {
    const value = text.slice(match.start, match.end);
    if (FILE_EXTENSIONS.test(value) || value.includes('..')) continue;
    (out ??= []).push({
      kind: 'email',
      start: match.start,
      end: match.end,
      value,
      detector: 'email',
      confidence: 'high',
    });
  }
  return out ?? NONE;
}

export const emailDetector: Detector = { kind: 'email', detect };
