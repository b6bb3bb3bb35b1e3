import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { FileReader, LoadCounts, LoadOptions, LoadResult } from '../load/file-reader.js';
import { loadSchool } from '../load/load-school.js';
import { isInsideFolder, readRegularFile } from './read-regular-file.js';

/**
 * A FileReader over the local file system. Relative paths stay relative (joined to the school
 * file's folder), so diagnostics name files the way the user typed them.
 */
export function createNodeFileReader(entry?: SchoolText): FileReader {
  return {
    async readFile(path, limits) {
      if (entry && path === entry.path) return entry.bytes;
      return readRegularFile(path, limits);
    },
    async size(path) {
      if (entry && path === entry.path) return entry.bytes.byteLength;
      const s = await stat(path);
      // Directories and devices have no meaningful size; reading them reports the real problem.
      return s.isFile() ? s.size : undefined;
    },
    resolve(fromFile, relative) {
      return isAbsolute(relative) ? relative : join(dirname(fromFile), relative);
    },
    sha256(bytes) {
      return createHash('sha256').update(bytes).digest('hex');
    },
    contains: isInsideFolder,
  };
}

/**
 * A school file's content already read — from standard input (`-`), say. Such a school has no
 * folder: the files it names are refused (`FILE_REFERENCE_WITHOUT_FOLDER`), files given as
 * options are read from disk.
 */
export interface SchoolText {
  /** The name the school goes by in diagnostics and reports, e.g. `<stdin>`. */
  path: string;
  bytes: Uint8Array;
}

/** Loads a school file and its CSV files from disk (or the school's text, when given). */
export function loadSchoolFile(
  path: string,
  options?: LoadOptions,
  schoolText?: SchoolText,
): Promise<LoadResult> {
  if (schoolText) {
    return loadSchool(schoolText.path, createNodeFileReader(schoolText), {
      ...options,
      entryHasNoFolder: true,
    });
  }
  return loadSchool(path, createNodeFileReader(), options);
}

/** Checks a school file and its CSV files from disk without keeping the loaded input. */
export async function validateFile(
  path: string,
  options?: LoadOptions,
  schoolText?: SchoolText,
): Promise<{ diagnostics: Diagnostic[]; counts: LoadCounts }> {
  const { diagnostics, counts } = await loadSchoolFile(path, options, schoolText);
  return { diagnostics, counts };
}
