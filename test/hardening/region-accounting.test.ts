import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditRegionFiles } from '../../src/node.js';
import { repoRoot } from '../cli/run-cli.js';

// Guards: discoverSchools counts any entry named school.yaml and turns an unreadable subfolder
// into a failed candidate instead of aborting.
const dir = mkdtempSync(join(tmpdir(), 'sferum-region-'));
afterAll(() => {
  chmodSync(join(dir, 'unreadable'), 0o755);
  rmSync(dir, { recursive: true, force: true });
});

describe('region batch accounting', () => {
  it('every candidate folder appears once with a status; one bad folder never stops the run', async () => {
    cpSync(join(repoRoot, 'examples/school-72'), join(dir, 'good'), { recursive: true });
    mkdirSync(join(dir, 'dir-named', 'school.yaml'), { recursive: true });
    mkdirSync(join(dir, 'fifo'));
    execFileSync('mkfifo', [join(dir, 'fifo', 'school.yaml')]);
    mkdirSync(join(dir, 'loop'));
    symlinkSync('school.yaml', join(dir, 'loop', 'school.yaml'));
    mkdirSync(join(dir, 'unreadable', 'inner'), { recursive: true });
    chmodSync(join(dir, 'unreadable'), 0o000);
    const run = await auditRegionFiles([dir], { asOf: '2026-11-30' });
    const results = [];
    for await (const r of run.results!) results.push(r);
    const byFolder = new Map(results.map((r) => [(r.source ?? '').split('/').slice(-2)[0], r]));
    expect(results.filter((r) => r.status !== 'failed')).toHaveLength(1);
    for (const name of ['dir-named', 'fifo', 'loop']) expect(byFolder.get(name)?.status).toBe('failed');
    // Root can read anything: the unreadable folder is only a candidate for other users.
    const rootUser = process.getuid?.() === 0;
    expect(results.length).toBe(rootUser ? 4 : 5);
  });
});
