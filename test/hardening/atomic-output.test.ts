import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { GENERATED_AS_OF, generateRegion } from '../../bench/generate-region.js';
import { runCli, repoRoot } from '../cli/run-cli.js';

// Issue #16, item 5: outputs go to `<name>.partial` and are renamed when complete, so a write
// that fails half way (a full disk, simulated on the file handle) leaves no half file and keeps
// an earlier complete output as it was.
let root: string;
let out: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'sferum-atomic-'));
  out = mkdtempSync(join(tmpdir(), 'sferum-atomic-out-'));
  generateRegion({ schools: 3, peoplePerSchool: 8, violationRate: 0.2, seed: 3 }).forEach((s, i) => {
    const { exports: _e, ...file } = s;
    mkdirSync(join(root, `s${i}`));
    writeFileSync(join(root, `s${i}`, 'school.json'), JSON.stringify({ schemaVersion: 1, ...file }));
  });
});
afterAll(() => {
  for (const d of [root, out]) rmSync(d, { recursive: true, force: true });
});
afterEach(() => vi.restoreAllMocks());

/** Every write through a file handle after the first `allowed` fails as a full disk would. */
async function diskFullAfter(allowed: number): Promise<void> {
  const probe = await open(join(out, 'probe'), 'w');
  const proto = Object.getPrototypeOf(probe) as { write: (...args: unknown[]) => Promise<unknown> };
  await probe.close();
  rmSync(join(out, 'probe'));
  const real = proto.write;
  let calls = 0;
  vi.spyOn(proto, 'write').mockImplementation(function (this: unknown, ...args: unknown[]) {
    calls += 1;
    if (calls > allowed)
      return Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
    return real.apply(this, args);
  });
}

describe('outputs are written whole or not at all', () => {
  it('region --output: a write failing after two schools leaves no file, not even .partial', async () => {
    await diskFullAfter(2);
    const run = await runCli(
      [
        'region',
        root,
        '--as-of',
        GENERATED_AS_OF,
        '--jobs',
        '1',
        '--format',
        'ndjson',
        '--output',
        'r.ndjson',
      ],
      { cwd: out },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('не удалось записать файл «r.ndjson»');
    expect(run.stderr).not.toContain('internal error');
    expect(readdirSync(out)).toEqual([]);
  });

  it('region --output: a complete run replaces the file whole; a failed one keeps the old file', async () => {
    const args = [
      'region',
      root,
      '--as-of',
      GENERATED_AS_OF,
      '--jobs',
      '1',
      '--format',
      'csv',
      '--output',
      'r.csv',
    ];
    expect((await runCli(args, { cwd: out })).code).not.toBe(2);
    const complete = readFileSync(join(out, 'r.csv'), 'utf8');
    expect(complete.trim().split('\n')).toHaveLength(4);
    await diskFullAfter(1);
    expect((await runCli(args, { cwd: out })).code).toBe(2);
    expect(readFileSync(join(out, 'r.csv'), 'utf8')).toBe(complete);
    expect(readdirSync(out)).toEqual(['r.csv']);
    rmSync(join(out, 'r.csv'));
  });

  it('audit --output: a failed write leaves no file', async () => {
    await diskFullAfter(0);
    const school = join(repoRoot, 'examples/school-72/school.yaml');
    const run = await runCli(
      ['audit', school, '--as-of', '2026-11-30', '--format', 'json', '--output', 'a.json'],
      {
        cwd: out,
      },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('не удалось записать файл «a.json»');
    expect(readdirSync(out)).toEqual([]);
  });
});
