import type { Diagnostic, DiagnosticCode } from '../diagnostics/index.js';
import { parseRegistry } from '../messengers/index.js';
import type { MessengerRegistry } from '../messengers/types.js';
import { readRegularFile } from './read-regular-file.js';

// A registry is a hand-written list of services; anything this large is the wrong file.
const MAX_REGISTRY_BYTES = 5 * 1024 * 1024;

function fail(code: DiagnosticCode, ru: string, en: string, file: string): { diagnostics: Diagnostic[] } {
  return { diagnostics: [{ code, severity: 'error', message: { ru, en }, file }] };
}

/**
 * Reads a messenger registry (or a regional overlay) from disk and parses it with
 * `parseRegistry`. Never throws: a missing, unreadable, empty, oversized or non-UTF-8 file is a
 * diagnostic.
 */
export async function loadRegistryFile(
  path: string,
): Promise<{ registry?: MessengerRegistry; diagnostics: Diagnostic[] }> {
  let bytes: Uint8Array;
  try {
    bytes = await readRegularFile(path, { maxBytes: MAX_REGISTRY_BYTES });
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (code === 'ENOTREGULAR' || code === 'EISDIR') {
      return fail(
        'FILE_NOT_REGULAR',
        `«${path}» — не файл реестра (папка, канал или устройство)`,
        `"${path}" is not a registry file (a folder, pipe or device)`,
        path,
      );
    }
    if (code === 'EFBIG') {
      const size = String((err as { size?: unknown }).size);
      return fail(
        'FILE_TOO_LARGE',
        `файл реестра «${path}» слишком большой (${size} байт, предел ${MAX_REGISTRY_BYTES})`,
        `registry file "${path}" is too large (${size} bytes, the limit is ${MAX_REGISTRY_BYTES})`,
        path,
      );
    }
    if (code === 'ENOENT')
      return fail(
        'FILE_NOT_FOUND',
        `файл реестра «${path}» не найден`,
        `registry file "${path}" not found`,
        path,
      );
    const reason = typeof code === 'string' ? code : String(err);
    return fail(
      'FILE_UNREADABLE',
      `не удалось прочитать файл реестра «${path}»: ${reason}`,
      `cannot read registry file "${path}": ${reason}`,
      path,
    );
  }
  let text: string;
  try {
    // ignoreBOM: false drops a UTF-8 BOM, which Windows editors add.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail(
      'ENCODING_INVALID',
      `файл реестра «${path}» не в кодировке UTF-8`,
      `registry file "${path}" is not UTF-8`,
      path,
    );
  }
  if (text.trim() === '')
    return fail('FILE_EMPTY', `файл реестра «${path}» пуст`, `registry file "${path}" is empty`, path);
  return parseRegistry(text, path);
}
