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
export function createNodeFileReader(): FileReader {
  return {
    async readFile(path, limits) {
      return readRegularFile(path, limits);
    },
    async size(path) {
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

/** Loads a school file and its CSV files from disk. */
export function loadSchoolFile(path: string, options?: LoadOptions): Promise<LoadResult> {
  return loadSchool(path, createNodeFileReader(), options);
}

/** Checks a school file and its CSV files from disk without keeping the loaded input. */
export async function validateFile(
  path: string,
  options?: LoadOptions,
): Promise<{ diagnostics: Diagnostic[]; counts: LoadCounts }> {
  const { diagnostics, counts } = await loadSchoolFile(path, options);
  return { diagnostics, counts };
}
