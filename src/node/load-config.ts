import { createHash } from 'node:crypto';
import type { RuleDefinition } from '../catalog/types.js';
import { parseConfig } from '../config/parse-config.js';
import type { AuditConfig } from '../config/types.js';
import { capDiagnostics } from '../diagnostics/cap-diagnostics.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { parseWaivers } from '../waivers/parse-waivers.js';
import type { Waiver } from '../waivers/types.js';
import { readRegularFile } from './read-regular-file.js';

// Config and waivers are short hand-written files; anything this large is the wrong file.
const MAX_BYTES = 2 * 1024 * 1024;

export interface TextFile {
  text: string;
  sha256: string;
}

/** Reads a small UTF-8 text file; problems are diagnostics, never exceptions. */
export async function readSmallTextFile(
  path: string,
  file: string,
  what: { ru: string; en: string },
  within?: string,
): Promise<{ file?: TextFile; diagnostics: Diagnostic[] }> {
  const fail = (code: Diagnostic['code'], ru: string, en: string): { diagnostics: Diagnostic[] } => ({
    diagnostics: [
      {
        code,
        severity: 'error',
        message: { ru: `${what.ru} «${file}»: ${ru}`, en: `${what.en} "${file}": ${en}` },
        file,
      },
    ],
  });
  let bytes: Uint8Array;
  try {
    bytes = await readRegularFile(path, { maxBytes: MAX_BYTES, ...(within !== undefined ? { within } : {}) });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ENOENT') return fail('FILE_NOT_FOUND', 'файл не найден', 'file not found');
    if (code === 'ENOTREGULAR' || code === 'EISDIR')
      return fail(
        'FILE_NOT_REGULAR',
        'это не обычный файл (папка, канал или устройство)',
        'is not a regular file (a folder, pipe or device)',
      );
    if (code === 'EOUTSIDE')
      return fail(
        'FILE_OUTSIDE_ROOT',
        'ссылка ведёт вне папки школы; такие файлы не читаются',
        "is a link leading outside the school's folder; such files are not read",
      );
    if (code === 'EFBIG') {
      const size = (error as { size?: unknown }).size;
      return fail(
        'FILE_TOO_LARGE',
        `слишком большой (${String(size)} байт, предел ${MAX_BYTES})`,
        `is too large (${String(size)} bytes, the limit is ${MAX_BYTES})`,
      );
    }
    return fail(
      'FILE_UNREADABLE',
      `не читается (${String(code ?? error)})`,
      `cannot be read (${String(code ?? error)})`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('ENCODING_INVALID', 'не в кодировке UTF-8', 'is not UTF-8');
  }
  return { file: { text, sha256: createHash('sha256').update(bytes).digest('hex') }, diagnostics: [] };
}

export interface LoadConfigOptions {
  /** The name diagnostics use for the file; default: the path as given. */
  displayPath?: string;
  /** Rules the overrides may name (for the unknown-id warning); default the bundled ones, `false` skips. */
  rules?: readonly RuleDefinition[] | false;
  /** The folder the file must stay inside, symlinks followed (a school's folder). */
  within?: string;
}

/** Reads and checks `sferum-compliance.config.yaml`. Never throws. */
export async function loadConfigFile(
  path: string,
  options: LoadConfigOptions = {},
): Promise<{ config?: AuditConfig; diagnostics: Diagnostic[]; sha256?: string; text?: string }> {
  const file = options.displayPath ?? path;
  const read = await readSmallTextFile(
    path,
    file,
    { ru: 'Файл настроек', en: 'Config file' },
    options.within,
  );
  if (!read.file) return { diagnostics: read.diagnostics };
  const parsed = parseConfig(
    read.file.text,
    file,
    options.rules !== undefined ? { rules: options.rules } : {},
  );
  return {
    ...parsed,
    diagnostics: capDiagnostics(parsed.diagnostics),
    sha256: read.file.sha256,
    text: read.file.text,
  };
}

export interface LoadWaiversOptions {
  displayPath?: string;
  /** The folder the file must stay inside, symlinks followed (a school's folder). */
  within?: string;
  /** Longest allowed waiver span, days; default 365. */
  maxWaiverDays?: number;
}

/** Reads `waivers.yaml`; invalid waivers are left out with diagnostics. Never throws. */
export async function loadWaiversFile(
  path: string,
  options: LoadWaiversOptions = {},
): Promise<{ waivers: Waiver[]; diagnostics: Diagnostic[]; sha256?: string }> {
  const file = options.displayPath ?? path;
  const read = await readSmallTextFile(
    path,
    file,
    { ru: 'Файл исключений', en: 'Waivers file' },
    options.within,
  );
  if (!read.file) return { waivers: [], diagnostics: read.diagnostics };
  const parsed = parseWaivers(
    read.file.text,
    file,
    options.maxWaiverDays !== undefined ? { maxWaiverDays: options.maxWaiverDays } : {},
  );
  return { ...parsed, diagnostics: capDiagnostics(parsed.diagnostics), sha256: read.file.sha256 };
}
