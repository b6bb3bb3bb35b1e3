import { type FileHandle, open, rename, rm } from 'node:fs/promises';

/** The temporary name an output is written under until it is complete: `<name>.partial`, same folder. */
export function partialPath(path: string): string {
  return `${path}.partial`;
}

/** An output file being written: bytes go to `<name>.partial`, which `commit` renames to `<name>`. */
export interface AtomicFile {
  readonly partial: string;
  write(data: string | Uint8Array): Promise<void>;
  /** Closes and renames the temporary file over `path`: readers see the old file or the whole new one. */
  commit(): Promise<void>;
  /** A failed write: closes and removes the temporary file, so no half file is left. */
  discard(): Promise<void>;
  /** An interrupted run: closes the temporary file and keeps it, visibly partial by its name. */
  keepPartial(): Promise<void>;
}

/**
 * Opens `path` for an all-or-nothing write. The temporary file lies in the same folder, so the
 * final rename stays on one file system and is atomic; `path` itself is untouched until `commit`
 * (an earlier complete output survives a failed or interrupted run). Hand-written rather than
 * `write-file-atomic` because `region` streams its output in pieces, which that package does not.
 */
export async function openAtomicFile(path: string): Promise<AtomicFile> {
  const partial = partialPath(path);
  const handle: FileHandle = await open(partial, 'w');
  let open_ = true;
  const close = async () => {
    if (!open_) return;
    open_ = false;
    await handle.close();
  };
  return {
    partial,
    write: async (data) =>
      void (typeof data === 'string' ? await handle.write(data) : await handle.write(data)),
    commit: async () => {
      try {
        await handle.sync();
        await close();
        await rename(partial, path);
      } catch (error) {
        await close().catch(() => undefined);
        await rm(partial, { force: true });
        throw error;
      }
    },
    discard: async () => {
      await close().catch(() => undefined);
      await rm(partial, { force: true });
    },
    keepPartial: async () => close(),
  };
}

/** Writes a whole output atomically (see `openAtomicFile`): a failed write leaves no half file. */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const file = await openAtomicFile(path);
  try {
    await file.write(data);
  } catch (error) {
    await file.discard();
    throw error;
  }
  await file.commit();
}
