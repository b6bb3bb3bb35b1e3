/**
 * The ```js examples of docs/api.md run against the built package (dist/, through the package's
 * own exports map) and import only names the entries export.
 *
 * One plain node process runs them all, each example in a worker thread of its own, one after
 * another: a worker has its own module graph (it loads the package afresh), its own globals,
 * standard output and error and exit code, so an example sees nothing another one did, as with a
 * `node -e` per example, without starting node once per example (~0.1 CPU-s each).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lastJsonLine, repoRoot, requireDist, run, type Run } from '../package/helpers.js';

const DOC = join(repoRoot, 'docs/api.md');

interface ExampleRun {
  code: number;
  stdout: string;
  stderr: string;
}
interface RunnerOutput {
  /** What the built entries export (`sferum-compliance` and `sferum-compliance/node`). */
  names: string[];
  runs: ExampleRun[];
}

/**
 * Reads the examples as JSON on standard input, runs each in a worker (`eval`: a CommonJS script,
 * or an ES module under `--input-type=module`, resolving the package from the working directory
 * as `node -e` does) and prints what each wrote and how it ended. A worker's uncaught exception or
 * rejection reaches the parent as an `error` event where `node -e` would print it to stderr, so it
 * is put on that example's stderr.
 */
const RUNNER = `
import { readFileSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { Worker } from 'node:worker_threads';
const examples = JSON.parse(readFileSync(0, 'utf8'));
const runs = [];
for (const { code, cjs } of examples) {
  const worker = new Worker(code, {
    eval: true,
    execArgv: cjs ? [] : ['--input-type=module'],
    stdout: true,
    stderr: true,
  });
  let stdout = '';
  let stderr = '';
  worker.stdout.setEncoding('utf8').on('data', (c) => (stdout += c));
  worker.stderr.setEncoding('utf8').on('data', (c) => (stderr += c));
  worker.on('error', (e) => (stderr += String((e && e.stack) || e) + '\\n'));
  // An example that never ends is stopped and reported as its own failure, not the runner's.
  const timer = setTimeout(() => {
    stderr += 'timed out after 60 s\\n';
    worker.terminate();
  }, 60_000);
  const exited = new Promise((resolve) => worker.on('exit', resolve));
  const [exitCode] = await Promise.all([exited, finished(worker.stdout), finished(worker.stderr)]);
  clearTimeout(timer);
  runs.push({ code: exitCode, stdout, stderr });
}
const index = await import('sferum-compliance');
const node = await import('sferum-compliance/node');
const names = [...new Set([...Object.keys(index), ...Object.keys(node)])].sort();
console.log(JSON.stringify({ names, runs }));
`;

// ```js blocks run as they are (the package imports itself by name through its exports map);
// ```ts blocks are illustrations that need a page or a compiler and are not run.
const blocks = [...readFileSync(DOC, 'utf8').matchAll(/^```js\n([\s\S]*?)^```$/gm)].map((m, i) => ({
  n: i + 1,
  code: m[1]!,
  cjs: /\brequire\(/.test(m[1]!),
}));

let runner: Run;
let output: RunnerOutput;
beforeAll(() => {
  requireDist();
  runner = run(process.execPath, ['--input-type=module', '-e', RUNNER], {
    cwd: repoRoot,
    input: JSON.stringify(blocks.map(({ code, cjs }) => ({ code, cjs }))),
    timeout: 300_000,
  });
  output = lastJsonLine<RunnerOutput>(runner);
}, 320_000);

describe('docs/api.md examples run against the built package', () => {
  it('has ESM and CommonJS examples for both entries', () => {
    expect(blocks.some((b) => !b.cjs && b.code.includes("from 'sferum-compliance'"))).toBe(true);
    expect(blocks.some((b) => !b.cjs && b.code.includes("from 'sferum-compliance/node'"))).toBe(true);
    expect(blocks.some((b) => b.cjs && b.code.includes("require('sferum-compliance')"))).toBe(true);
    expect(blocks.some((b) => b.cjs && b.code.includes("require('sferum-compliance/node')"))).toBe(true);
  });

  it('the runner ran every example and exited cleanly', () => {
    expect({ code: runner.code, stderr: runner.stderr }).toEqual({ code: 0, stderr: '' });
    expect(output.runs).toHaveLength(blocks.length);
  });

  it('imports only exported names in the examples', () => {
    const all = new Set(output.names);
    expect(all.has('auditFiles') && all.has('audit')).toBe(true);
    const used = blocks.flatMap((b) =>
      [
        ...b.code.matchAll(
          /(?:import|const)\s*\{([^}]+)\}\s*(?:from|=\s*require\()\s*'sferum-compliance(?:\/node)?'/g,
        ),
      ].flatMap((m) => m[1]!.split(',').map((s) => s.trim().split(/\s+as\s+|:\s*/)[0]!)),
    );
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((n) => n && !all.has(n))).toEqual([]);
  });

  it.each(blocks.map((b) => [b.n, b.cjs ? 'CJS' : 'ESM', b] as const))(
    'example %i (%s) runs without errors',
    (n) => {
      const r = output.runs[n - 1]!;
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout.length).toBeGreaterThan(0);
    },
  );
});
