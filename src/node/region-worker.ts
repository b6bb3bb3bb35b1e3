// Worker-thread entry of `region --jobs N` (a build entry of its own: dist/region-worker.js).
// Rebuilds the run from the same options as the main thread, then audits the schools it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { createFilesSchoolAuditor, type RegionWorkerOptions } from './audit-region.js';
import type { WorkerAnswer, WorkerRequest } from './region-worker-pool.js';

const port = parentPort;
if (port) {
  const auditor = createFilesSchoolAuditor(workerData as RegionWorkerOptions);
  // Listening at once: requests sent while the setup loads wait in the auditor promise, in order.
  port.on('message', (request: WorkerRequest) => {
    void (async () => {
      let answer: WorkerAnswer;
      try {
        answer = { seq: request.seq, result: await (await auditor)(request.path, request.position) };
      } catch (error) {
        answer = { seq: request.seq, error: error instanceof Error ? error.message : String(error) };
      }
      port.postMessage(answer);
    })();
  });
}
