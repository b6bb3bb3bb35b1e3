import type { Localized } from '../diagnostics/diagnostic.js';

export type TextEncodingName = 'utf-8' | 'windows-1251';

export type DecodeOutcome =
  | { ok: true; text: string; encoding: TextEncodingName; bom: boolean }
  | { ok: false; message: Localized; line: number; column: number };

// One decoder for every file: without `stream` each decode is independent, and a failed one resets it.
let utf8: TextDecoder | undefined;

const hasUtf8Bom = (b: Uint8Array): boolean => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;

/**
 * Decodes bytes as UTF-8 (a BOM is dropped) or, when `allowCp1251` and the bytes are not valid
 * UTF-8, as Windows-1251 — what Russian Excel writes for «CSV (разделители — точки с запятой)».
 */
export function decodeText(
  bytes: Uint8Array,
  options: { encoding?: TextEncodingName; allowCp1251?: boolean } = {},
): DecodeOutcome {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      ok: false,
      line: 1,
      column: 1,
      message: {
        ru: 'файл в кодировке UTF-16 («Текст Юникод»); сохраните его как «CSV UTF-8» или в Windows-1251',
        en: 'the file is UTF-16 ("Unicode text"); save it as "CSV UTF-8" or Windows-1251',
      },
    };
  }
  if (options.encoding === 'windows-1251') {
    return {
      ok: true,
      text: new TextDecoder('windows-1251').decode(bytes),
      encoding: 'windows-1251',
      bom: false,
    };
  }
  const bom = hasUtf8Bom(bytes);
  try {
    utf8 ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
    const text = utf8.decode(bytes);
    return { ok: true, text, encoding: 'utf-8', bom };
  } catch {
    if (options.allowCp1251 && options.encoding === undefined && !bom) {
      return {
        ok: true,
        text: new TextDecoder('windows-1251').decode(bytes),
        encoding: 'windows-1251',
        bom: false,
      };
    }
    const offset = firstInvalidUtf8(bytes);
    let lineStart = 0;
    let line = 1;
    for (let i = 0; i < offset; i += 1) {
      if (bytes[i] === 0x0a) {
        line += 1;
        lineStart = i + 1;
      }
    }
    const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1;
    return {
      ok: false,
      line,
      column,
      message: {
        ru: `файл не в кодировке UTF-8: недопустимый байт 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')}`,
        en: `the file is not valid UTF-8: invalid byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')}`,
      },
    };
  }
}

/** Offset of the first byte that breaks UTF-8 (called only after a strict decode failed). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i] ?? 0;
    let need = 0;
    let min = 0;
    if (c < 0x80) {
      i += 1;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k += 1) {
      const cc = b[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return Math.max(0, b.length - 1);
}
