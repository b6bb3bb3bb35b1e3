import { readFile } from 'node:fs/promises';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { parseEditions } from '../editions/parse-editions.js';
import type { Edition } from '../editions/types.js';

// Editions are a handful of hand-written records; anything larger is the wrong file.
const MAX_EDITIONS_BYTES = 1024 * 1024;

/** Reads a region's editions file (docs/editions.md). Never throws: problems are diagnostics. */
export async function loadEditionsFile(
  path: string,
  shown: string,
): Promise<{ editions?: Edition[]; diagnostics: Diagnostic[] }> {
  const fail = (ru: string, en: string): { diagnostics: Diagnostic[] } => ({
    diagnostics: [
      {
        code: 'EDITION_INVALID',
        severity: 'error',
        message: { ru: `Файл редакций «${shown}»: ${ru}`, en: `Editions file "${shown}": ${en}` },
        file: shown,
      },
    ],
  });
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    return fail(
      code === 'ENOENT' ? 'файл не найден' : `не читается (${String(code ?? err)})`,
      code === 'ENOENT' ? 'not found' : `cannot be read (${String(code ?? err)})`,
    );
  }
  if (bytes.byteLength > MAX_EDITIONS_BYTES)
    return fail(`слишком большой (${bytes.byteLength} байт)`, `too large (${bytes.byteLength} bytes)`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail('не в кодировке UTF-8', 'not UTF-8');
  }
  return parseEditions(text, shown);
}
