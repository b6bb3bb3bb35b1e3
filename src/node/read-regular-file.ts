import { constants } from 'node:fs';
import { type FileHandle, open, realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';

export interface RegularFileLimits {
  /** Refuse (code `EFBIG`, with `size`) a file larger than this, checked before reading. */
  maxBytes?: number;
  /** The file's real path (symlinks resolved) must lie inside this folder (code `EOUTSIDE`). */
  within?: string;
}

function fail(code: string, message: string, extra: Record<string, unknown> = {}): never {
  throw Object.assign(new Error(message), { code, ...extra });
}

/** True when `path` is `root` itself or lies below it (both resolved against the working directory). */
export function isInsideFolder(root: string, path: string): boolean {
  const rel = relative(resolve(root), resolve(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Opens `path` for reading only when it is a regular file: a folder, FIFO, socket or device
 * (`/dev/zero`) is refused with code `ENOTREGULAR` before a byte is read, and with `within` a
 * symlink leading out of the folder is refused with `EOUTSIDE`. `O_NONBLOCK` keeps opening a FIFO
 * from waiting for a writer; the type is checked on the opened handle, so a file swapped after
 * the check is not read either. The caller closes the handle.
 */
export async function openRegularFile(
  path: string,
  limits: RegularFileLimits = {},
): Promise<{ handle: FileHandle; size: number }> {
  if (limits.within !== undefined) {
    const [real, root] = await Promise.all([realpath(path), realpath(limits.within)]);
    if (!isInsideFolder(root, real)) fail('EOUTSIDE', `${path} leads outside ${limits.within}`);
  }
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await handle.stat();
    if (!info.isFile()) fail('ENOTREGULAR', `${path} is not a regular file`);
    if (limits.maxBytes !== undefined && info.size > limits.maxBytes)
      fail('EFBIG', `${path} is too large`, { size: info.size });
    return { handle, size: info.size };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** Reads a regular file whole (see `openRegularFile` for what is refused). */
export async function readRegularFile(path: string, limits: RegularFileLimits = {}): Promise<Buffer> {
  const { handle } = await openRegularFile(path, limits);
  try {
    const bytes = await handle.readFile();
    // A file that grew between the check and the read is still held to the limit.
    if (limits.maxBytes !== undefined && bytes.byteLength > limits.maxBytes)
      fail('EFBIG', `${path} is too large`, { size: bytes.byteLength });
    return bytes;
  } finally {
    await handle.close();
  }
}
