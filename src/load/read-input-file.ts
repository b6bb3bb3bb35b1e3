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
export async function readInputFile(reader: FileReader, path: string, options: ReadInputOptions): Promise<ReadInput> {
  const shown = options.shown ?? path;
  const place: DiagnosticPlace = options.referencedAt ?? { file: shown };
  const named =
    options.given === shown
      ? { ru: `«${shown}»`, en: `"${shown}"` }
      : { ru: `«${options.given}» (путь: «${shown}»)`, en: `"${options.given}" (resolved to "${shown}")` };
  const failure = (error: unknown): ReadInput => {
    if (errorCode(error) === 'ENOENT') {
      return {
        diagnostics: [
          diagnosticAt(
            'FILE_NOT_FOUND',
            { ru: `файл ${named.ru} не найден`, en: `file ${named.en} not found` },
            place,
            {
              hint: options.referencedAt
                ? { ru: 'путь указывается относительно файла школы', en: 'the path is relative to the school file' }
                : { ru: 'проверьте путь к файлу', en: 'check the file path' },
            },
          ),
        ],
      };
    }
    const reason = errorCode(error) ?? (error instanceof Error ? error.message : String(error));
    return {
      diagnostics: [
        diagnosticAt(
          'FILE_UNREADABLE',
          { ru: `не удалось прочитать файл ${named.ru}: ${reason}`, en: `cannot read file ${named.en}: ${reason}` },
          place,
          { hint: { ru: 'проверьте права доступа и что это файл, а не папка', en: 'check permissions and that it is a file, not a folder' } },
        ),
      ],
    };
  };
  const tooLarge = (size: number): ReadInput => ({
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
  });

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
    bytes = await reader.readFile(path);
  } catch (error) {
    return failure(error);
  }
  if (bytes.byteLength > options.maxFileBytes) return tooLarge(bytes.byteLength);
  if (bytes.byteLength === 0) {
    return {
      diagnostics: [
        diagnosticAt('FILE_EMPTY', { ru: `файл ${named.ru} пуст`, en: `file ${named.en} is empty` }, { file: shown }, {
          hint: { ru: 'проверьте, что файл сохранён', en: 'check that the file was saved' },
        }),
      ],
    };
  }
  return { bytes, diagnostics: [] };
}

export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}
