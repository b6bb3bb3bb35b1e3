import type { FileReader } from './file-reader.js';
import { normalizePath, resolveRelativePath } from './resolve-path.js';

/**
 * A FileReader over files held in memory (a browser upload, a test). Keys are paths; text is
 * stored as UTF-8.
 */
export function createMemoryFileReader(files: Readonly<Record<string, string | Uint8Array>>): FileReader {
  const store = new Map<string, Uint8Array>();
  for (const [path, content] of Object.entries(files)) {
    store.set(normalizePath(path), typeof content === 'string' ? new TextEncoder().encode(content) : content);
  }
  const get = (path: string): Uint8Array => {
    const bytes = store.get(normalizePath(path));
    if (bytes) return bytes;
    const error = new Error(`ENOENT: no such file: ${path}`) as Error & { code: string };
    error.code = 'ENOENT';
    throw error;
  };
  return {
    readFile: async (path) => get(path),
    size: async (path) => get(path).byteLength,
    resolve: resolveRelativePath,
  };
}
