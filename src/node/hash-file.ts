import { createHash } from 'node:crypto';
import { openRegularFile } from './read-regular-file.js';

/** SHA-256 of a file's bytes, streamed (chat exports may be hundreds of MB); undefined when unreadable. */
export async function sha256File(path: string, within?: string): Promise<string | undefined> {
  try {
    const hash = createHash('sha256');
    // Only a regular file (inside `within`): a device or FIFO would never end.
    const { handle } = await openRegularFile(path, within !== undefined ? { within } : {});
    try {
      for await (const chunk of handle.createReadStream()) hash.update(chunk as Buffer);
    } finally {
      await handle.close().catch(() => undefined);
    }
    return hash.digest('hex');
  } catch {
    return undefined;
  }
}
