import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

const jsonReport = process.env.VITEST_JSON_REPORT;

export default defineConfig({
  test: {
    // test/built/ drives the built package (dist/): `npm test` builds first; `npm run test:unit`
    // leaves that folder out and needs no build.
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Files share a worker's module cache instead of importing the sources afresh for each of the
    // ~140 files: importing was about 40 % of the suite's CPU time. Tests that change process state
    // (chdir) restore it; no test mocks modules.
    isolate: false,
    // Vitest's default leaves one core to itself (cores − 1): one worker on a 2-core machine,
    // where its own process is nearly idle while the files run.
    maxWorkers: availableParallelism(),
    setupFiles: ['test/vitest.setup.ts'],
    // CI asks for a machine-readable result so .ci/run can print its own summary line.
    reporters: jsonReport ? ['default', ['json', { outputFile: jsonReport }]] : ['default'],
  },
});
