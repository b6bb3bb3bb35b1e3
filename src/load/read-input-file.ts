import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { type DiagnosticPlace, diagnosticAt } from '../validate/diagnostic-at.js';
import type { FileReader } from './file-reader.js';

export interface ReadInputOptions {
  maxFileBytes: number;
  /** The path as the user wrote it (in the school file, or on the command line). */
  given: string;
  /** How diagnostics name the file; default `path`. */
  shown?: string;
  /** Where the reference to this file is written (the `file:` value in the school file). */
  referencedAt?: DiagnosticPlace;
  /** The folder the file must stay inside, symlinks followed (for files the school file names). */
  within?: string;
}

export interface ReadInput {
  bytes?: Uint8Array;
  diagnostics: Diagnostic[];
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Reads one input file through the injected reader: refuses files over the limit before reading
 * them (by `size()`), and turns every failure into a diagnostic instead of an exception.
 */
// long-function: every failure of reading one file (missing, folder, too large, unreadable, encoding) turned into its own diagnostic, in the order they can happen
export async function readInputFile(
  reader: FileReader,
  path: string,
  options: ReadInputOptions,
): Promise<ReadInput> {
  const shown = options.shown ?? path;
  const place: DiagnosticPlace = options.referencedAt ?? { file: shown };
  const named =
    options.given === shown
      ? { ru: `«${shown}»`, en: `"${shown}"` }
      : { ru: `«${options.given}» (путь: «${shown}»)`, en: `"${options.given}" (resolved to "${shown}")` };
  const failure = (error: unknown): ReadInput => {
    const code = errorCode(error);
    if (code === 'EFBIG') {
      const size = (error as { size?: unknown }).size;
      return tooLarge(typeof size === 'number' ? size : options.maxFileBytes + 1);
    }
    if (code === 'EOUTSIDE') return outside(place, named);
    if (code === 'ENOTREGULAR' || code === 'EISDIR') {
      return {
        diagnostics: [
          diagnosticAt(
            'FILE_NOT_REGULAR',
            {
              ru: `${named.ru} — не обычный файл (папка, канал или устройство); такие файлы не читаются`,
              en: `${named.en} is not a regular file (a folder, pipe or device); such files are not read`,
            },
            place,
            { hint: { ru: 'укажите файл CSV или YAML', en: 'name a CSV or YAML file' } },
          ),
        ],
      };
    }
    if (code === 'ENOENT') {
      return {
        diagnostics: [
          diagnosticAt(
            'FILE_NOT_FOUND',
            { ru: `файл ${named.ru} не найден`, en: `file ${named.en} not found` },
            place,
            {
              hint: options.referencedAt
                ? {
                    ru: 'путь указывается относительно файла школы',
                    en: 'the path is relative to the school file',
                  }
                : { ru: 'проверьте путь к файлу', en: 'check the file path' },
            },
          ),
        ],
      };
    }
    // Only the error code: a message could quote the file's content or a full path.
    const reason = code ?? 'error';
    return {
      diagnostics: [
        diagnosticAt(
          'FILE_UNREADABLE',
          {
            ru: `не удалось прочитать файл ${named.ru}: ${reason}`,
            en: `cannot read file ${named.en}: ${reason}`,
          },
          place,
          {
            hint: {
              ru: 'проверьте права доступа и что это файл, а не папка',
              en: 'check permissions and that it is a file, not a folder',
            },
          },
        ),
      ],
    };
  };
  function tooLarge(size: number): ReadInput {
    return {
      diagnostics: [
        diagnosticAt(
          'FILE_TOO_LARGE',
          {
            ru: `файл ${named.ru} слишком большой: ${formatBytes(size)} при пределе ${formatBytes(options.maxFileBytes)}`,
            en: `file ${named.en} is too large: ${formatBytes(size)}, the limit is ${formatBytes(options.maxFileBytes)}`,
          },
          { file: shown },
          {
            hint: {
              ru: 'проверьте, тот ли это файл; предел меняется параметром maxFileBytes',
              en: 'check that it is the right file; the limit is set by maxFileBytes',
            },
          },
        ),
      ],
    };
  }

  if (reader.size) {
    let size: number | undefined;
    try {
      size = await reader.size(path);
    } catch (error) {
      return failure(error);
    }
    if (size !== undefined && size > options.maxFileBytes) return tooLarge(size);
  }
  let bytes: Uint8Array;
  try {
    bytes = await reader.readFile(path, {
      maxBytes: options.maxFileBytes,
      ...(options.within !== undefined ? { within: options.within } : {}),
    });
  } catch (error) {
    return failure(error);
  }
  if (bytes.byteLength > options.maxFileBytes) return tooLarge(bytes.byteLength);
  if (bytes.byteLength === 0) {
    return {
      diagnostics: [
        diagnosticAt(
          'FILE_EMPTY',
          { ru: `файл ${named.ru} пуст`, en: `file ${named.en} is empty` },
          { file: shown },
          {
            hint: { ru: 'проверьте, что файл сохранён', en: 'check that the file was saved' },
          },
        ),
      ],
    };
  }
  return { bytes, diagnostics: [] };
}

/** A file named in the school file that leads out of its folder (absolute, `..`, or a symlink). */
export function outside(place: DiagnosticPlace, named: { ru: string; en: string }): ReadInput {
  return {
    diagnostics: [
      diagnosticAt(
        'FILE_OUTSIDE_ROOT',
        {
          ru: `файл ${named.ru} вне папки школы: читаются только файлы внутри неё (без абсолютных путей, «..» и ссылок наружу)`,
          en: `file ${named.en} is outside the school's folder: only files inside it are read (no absolute paths, ".." or links leading out)`,
        },
        place,
        {
          hint: {
            ru: 'положите файл рядом с файлом школы и укажите относительный путь; общую папку задаёт параметр root (--root)',
            en: 'put the file next to the school file and give a relative path; a shared folder is set with the root option (--root)',
          },
        },
      ),
    ],
  };
}

/** A file named by a school file that has no folder (read from standard input): nothing to resolve it against. */
export function withoutFolder(place: DiagnosticPlace, named: { ru: string; en: string }): ReadInput {
  return {
    diagnostics: [
      diagnosticAt(
        'FILE_REFERENCE_WITHOUT_FOLDER',
        {
          ru: `файл ${named.ru} не прочитан: файл школы получен из стандартного ввода, у него нет папки, относительно которой искать файлы`,
          en: `file ${named.en} not read: the school file came from standard input and has no folder to find files in`,
        },
        place,
        {
          hint: {
            ru: 'передайте путь к файлу школы вместо «-» или укажите файлы параметрами (--people, --channels, --attestations)',
            en: 'give the school file by its path instead of "-", or name the files with options (--people, --channels, --attestations)',
          },
        },
      ),
    ],
  };
}

export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}
