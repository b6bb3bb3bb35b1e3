import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { failedSchoolResult } from '../region/school-result.js';
import type { SchoolResult } from '../region/types.js';
import type { RegionWorkerOptions } from './audit-region.js';

/** Schools handed to one worker ahead of its answers, so it never waits for the next one. */
const PER_WORKER = 2;

/** The worker entry sits next to the built module (`dist/region-worker.js`). */
function workerEntry(): URL {
  return new URL('./region-worker.js', import.meta.url);
}

/** False when running from source (no built worker next to this module): the caller audits in-thread. */
export function workerEntryAvailable(): boolean {
  try {
    return existsSync(fileURLToPath(workerEntry()));
  } catch {
    return false;
  }
}

/** A worker's request and answers. */
export interface WorkerRequest {
  seq: number;
  path: string;
  position: number;
}
export type WorkerAnswer = { seq: number; result: SchoolResult } | { seq: number; error: string };

function workerFailure(entry: { path: string; position: number }, text: string): SchoolResult {
  const diagnostic: Diagnostic = {
    code: 'INTERNAL',
    severity: 'error',
    message: {
      ru: `школу не удалось проверить в параллельном потоке: ${text}`,
      en: `the school could not be audited in a worker thread: ${text}`,
    },
    file: entry.path,
  };
  return failedSchoolResult(entry.position, [diagnostic], { source: entry.path });
}

/**
 * Audits `entries` on `jobs` worker threads and yields the results in the entries' order (a
 * reorder buffer of at most `jobs × 2` results), so the output does not depend on which thread
 * finished first. A worker that dies fails the schools it held and is replaced.
 */
export async function* auditInWorkers(
  entries: readonly { path: string; position: number }[],
  jobs: number,
  options: RegionWorkerOptions,
): AsyncGenerator<SchoolResult> {
  // Imported here, not at the top: this module is in the chunk every CLI run loads, and only
  // `region --jobs N` starts workers; loading node:worker_threads costs ~4 ms.
  const { Worker: WorkerThread } = await import('node:worker_threads');
  const ready = new Map<number, SchoolResult>();
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  let sent = 0;
  let stopped = false;

  interface Slot {
    worker: Worker;
    held: Set<number>;
  }
  const slots: Slot[] = [];

  const settle = (seq: number, result: SchoolResult) => {
    ready.set(seq, result);
    notify();
  };

  const spawn = (): Slot => {
    const worker = new WorkerThread(workerEntry(), { workerData: options });
    const slot: Slot = { worker, held: new Set() };
    worker.on('message', (answer: WorkerAnswer) => {
      slot.held.delete(answer.seq);
      const entry = entries[answer.seq]!;
      settle(answer.seq, 'result' in answer ? answer.result : workerFailure(entry, answer.error));
      feed(slot);
    });
    const lost = (text: string) => {
      if (stopped) return;
      const index = slots.indexOf(slot);
      if (index < 0) return;
      for (const seq of slot.held) settle(seq, workerFailure(entries[seq]!, text));
      slot.held.clear();
      const replacement = spawn();
      slots[index] = replacement;
      feed(replacement);
    };
    worker.on('error', (error) => lost(error instanceof Error ? error.message : String(error)));
    worker.on('exit', (code) => lost(`exit code ${code}`));
    return slot;
  };

  const feed = (slot: Slot) => {
    while (!stopped && sent < entries.length && slot.held.size < PER_WORKER) {
      const seq = sent++;
      slot.held.add(seq);
      const { path, position } = entries[seq]!;
      slot.worker.postMessage({ seq, path, position } satisfies WorkerRequest);
    }
  };

  try {
    for (let i = 0; i < jobs; i++) slots.push(spawn());
    for (const slot of slots) feed(slot);
    for (let next = 0; next < entries.length; next++) {
      while (!ready.has(next)) await new Promise<void>((resolve) => (wake = resolve));
      const result = ready.get(next)!;
      ready.delete(next);
      yield result;
    }
  } finally {
    stopped = true;
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
