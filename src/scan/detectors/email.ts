import { NONE, type Detection, type Detector, type MessageView, matchAll } from './detector.js';

const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}](?:[\p{L}\p{N}._%+-]{0,62}[\p{L}\p{N}_%+-])?@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:[a-z]{2,24}|рф|рус|москва|дети)(?![\p{L}\p{N}-])/giu;
/** `icon@2x.png` and friends: a retina image name, not an address. */
const FILE_EXTENSIONS = /\.(png|jpe?g|gif|webp|svg|pdf|docx?|xlsx?|zip|mp4|heic)$/i;

function detect(view: MessageView): readonly Detection[] {
  if (!view.text.includes('@')) return NONE;
  const out: Detection[] = [];
  for (const m of matchAll(EMAIL, view.norm)) {
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
