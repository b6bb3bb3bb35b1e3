import { basename } from 'node:path';
import type { Diagnostic } from '../diagnostics/index.js';
import { scanExport } from '../scan/index.js';
import type { ScanOptions, ScanResult } from '../scan/index.js';
import { openRegularFile } from './read-regular-file.js';

export interface ScanFileOptions extends Omit<ScanOptions, 'fileName'> {
  /** Read buffer size in bytes (default 1 MiB). */
  highWaterMark?: number;
  /** The folder the export must stay inside, symlinks followed (a school's folder). */
  within?: string;
}

function failed(code: Diagnostic['code'], file: string, ru: string, en: string): ScanResult {
  return {
    format: 'text',
    chats: [],
    messages: 0,
    findings: [],
    countsByKind: {},
    diagnostics: [{ code, severity: 'error', message: { ru, en }, file }],
  };
}

/**
 * Scans a chat export on disk, streaming it with `fs.createReadStream` (hundreds of MB are fine:
 * one message is held at a time). The format is detected from the first bytes and the file name
 * unless `format` is given. Never throws for a missing or unreadable file: see `diagnostics`.
 */
export async function scanFile(path: string, options: ScanFileOptions = {}): Promise<ScanResult> {
  const { highWaterMark, within, ...scanOptions } = options;
  const displayPath = options.displayPath;
  const file = displayPath ?? basename(path);
  let opened: Awaited<ReturnType<typeof openRegularFile>>;
  try {
    opened = await openRegularFile(path, within !== undefined ? { within } : {});
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT')
      return failed('FILE_NOT_FOUND', file, 'Файл выгрузки не найден.', 'Export file not found.');
    if (code === 'ENOTREGULAR' || code === 'EISDIR') {
      return failed(
        'FILE_NOT_REGULAR',
        file,
        'Это не файл выгрузки, а папка, канал или устройство.',
        'This is not an export file but a folder, pipe or device.',
      );
    }
    if (code === 'EOUTSIDE') {
      return failed(
        'FILE_OUTSIDE_ROOT',
        file,
        'Файл выгрузки вне папки школы; такие файлы не читаются.',
        "The export file is outside the school's folder; such files are not read.",
      );
    }
    return failed(
      'FILE_UNREADABLE',
      file,
      `Файл выгрузки не читается (${code ?? 'ошибка'}).`,
      `The export file cannot be read (${code ?? 'error'}).`,
    );
  }
  const stream = opened.handle.createReadStream({ highWaterMark: highWaterMark ?? 1 << 20 });
  try {
    return await scanExport(stream, { ...scanOptions, fileName: basename(path), displayPath: file });
  } finally {
    stream.destroy();
    await opened.handle.close().catch(() => undefined);
  }
}
