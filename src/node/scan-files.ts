import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Diagnostic } from '../diagnostics/index.js';
import { scanExport } from '../scan/index.js';
import type { ScanOptions, ScanResult } from '../scan/index.js';

export interface ScanFileOptions extends Omit<ScanOptions, 'fileName'> {
  /** Read buffer size in bytes (default 1 MiB). */
  highWaterMark?: number;
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
  const { highWaterMark, ...scanOptions } = options;
  const displayPath = options.displayPath;
  const file = displayPath ?? basename(path);
  try {
    const info = await stat(path);
    if (info.isDirectory()) return failed('FILE_UNREADABLE', file, 'Это папка, а не файл выгрузки.', 'This is a folder, not an export file.');
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT') return failed('FILE_NOT_FOUND', file, 'Файл выгрузки не найден.', 'Export file not found.');
    return failed('FILE_UNREADABLE', file, `Файл выгрузки не читается (${code ?? 'ошибка'}).`, `The export file cannot be read (${code ?? 'error'}).`);
  }
  const stream = createReadStream(path, { highWaterMark: highWaterMark ?? 1 << 20 });
  try {
    return await scanExport(stream, { ...scanOptions, fileName: basename(path), displayPath: file });
  } finally {
    stream.destroy();
  }
}
