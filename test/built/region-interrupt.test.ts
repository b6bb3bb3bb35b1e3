import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENERATED_AS_OF, generateRegion } from '../../bench/generate-region.js';
import { distDir } from '../package/helpers.js';

// Issue #16, item 5: a region stopped by SIGTERM or SIGINT leaves no finished-looking output —
// the final name is not written, what was written stays as `<name>.partial`, stderr says so and
// the exit code is 128 + the signal. Needs a real process to signal, so it drives dist/cli.js.
const SCHOOLS = 60;
// The bin's path without importing test/cli/run-cli.ts, which loads the CLI's sources into vitest.
const cliPath = join(distDir, 'cli.js');
let root: string;
let out: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'sferum-interrupt-'));
  out = mkdtempSync(join(tmpdir(), 'sferum-interrupt-out-'));
  generateRegion({ schools: SCHOOLS, peoplePerSchool: 150, violationRate: 0.2, seed: 16 }).forEach((s, i) => {
    const { exports: _e, ...file } = s;
    const dir = join(root, `school-${String(i).padStart(3, '0')}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'school.json'), JSON.stringify({ schemaVersion: 1, ...file }));
  });
});

afterAll(() => {
  for (const d of [root, out]) if (d) rmSync(d, { recursive: true, force: true });
});

/** Runs `region`, sends `signal` once the partial file holds a school, and waits for the exit. */
function interrupted(
  format: string,
  signal: NodeJS.Signals,
): Promise<{ code: number | null; stderr: string; output: string }> {
  const output = join(out, `region-${signal}.${format}`);
  const child = spawn(
    process.execPath,
    [
      cliPath,
      'region',
      root,
      '--as-of',
      GENERATED_AS_OF,
      '--jobs',
      '1',
      '--format',
      format,
      '--output',
      output,
    ],
    { env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', TZ: 'UTC' }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const partial = `${output}.partial`;
  const poll = setInterval(() => {
    // The first school written (its closing brace) means the run is under way.
    if (existsSync(partial) && readFileSync(partial, 'utf8').includes('"status"')) {
      clearInterval(poll);
      child.kill(signal);
    }
  }, 20);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ code, stderr, output });
    }),
  );
}

describe('region interrupted by a signal', () => {
  it('SIGTERM: exit 143, no final file, the partial ndjson kept and named, stderr says partial', async () => {
    const run = await interrupted('ndjson', 'SIGTERM');
    expect(run.code).toBe(143);
    expect(existsSync(run.output)).toBe(false);
    const lines = readFileSync(`${run.output}.partial`, 'utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThan(SCHOOLS);
    // No summary line: the file cannot pass for a finished run.
    expect(lines.some((l) => l.includes('"type":"summary"'))).toBe(false);
    expect(run.stderr).toMatch(/прервано \(SIGTERM\), результат НЕПОЛНЫЙ: записано школ \d+ из 60/);
    expect(run.stderr).toContain(`${run.output}.partial`);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('SIGINT: exit 130 and the JSON kept only as .partial, never under the final name', async () => {
    const run = await interrupted('json', 'SIGINT');
    expect(run.code).toBe(130);
    expect(existsSync(run.output)).toBe(false);
    expect(() => JSON.parse(readFileSync(`${run.output}.partial`, 'utf8'))).toThrow();
    expect(run.stderr).toContain('НЕПОЛНЫЙ');
  });

  it('a closed standard output ends the run; the files asked for alongside stay .partial, exit 141', async () => {
    const json = join(out, 'piped.json');
    const csv = join(out, 'piped.csv');
    const child = spawn(
      process.execPath,
      [cliPath, 'region', root, '--as-of', GENERATED_AS_OF, '--jobs', '1', '-f', 'ndjson'].concat([
        '-f',
        `json:${json}`,
        '-f',
        `csv:${csv}`,
      ]),
      { env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', TZ: 'UTC' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    // The reader takes the first school and goes away (`| head -1`).
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(141);
    // Incomplete outputs never under their final names, kept and named as partial.
    for (const file of [json, csv]) {
      expect(existsSync(file)).toBe(false);
      expect(existsSync(`${file}.partial`)).toBe(true);
      expect(stderr).toContain(`${file}.partial`);
    }
    const rows = readFileSync(`${csv}.partial`, 'utf8').trim().split('\n');
    expect(rows.length).toBeLessThan(SCHOOLS + 1);
    expect(stderr).toMatch(
      /прервано \(стандартный вывод закрыт\), результат НЕПОЛНЫЙ: записано школ \d+ из 60/,
    );
    expect(stderr).not.toMatch(/EPIPE|internal error|\n\s+at /);
  });
});
