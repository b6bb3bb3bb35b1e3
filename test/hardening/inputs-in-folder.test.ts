import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryFileReader, loadSchool } from '../../src/index.js';
import { auditFiles, auditRegionFiles, loadSchoolFile, scanFile } from '../../src/node.js';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { repoRoot } from '../cli/run-cli.js';

// Guards: FILE_OUTSIDE_ROOT (lexical check in loadSchool, realpath check in openRegularFile) and
// FILE_NOT_REGULAR (fstat of the opened handle in openRegularFile).
const dir = mkdtempSync(join(tmpdir(), 'sferum-root-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SCHOOL = 'school: { name: Ш, region: Р, municipality: М }\n';
const SECRET = 'root:x:0:0:SECRET-OUTSIDE-CONTENT';
const outsideFile = join(dir, 'outside.csv');
writeFileSync(outsideFile, `id;ФИО;Роли\n${SECRET};a;student\n`);

function school(name: string, body: string): string {
  const d = join(dir, name);
  mkdirSync(d, { recursive: true });
  writeFileSync(join(d, 'school.yaml'), SCHOOL + body);
  return join(d, 'school.yaml');
}

function fakeIO() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: { NO_COLOR: '1' },
    cwd: process.cwd(),
    writeFile: async () => {},
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

describe('files named by a school stay inside its folder', () => {
  it.each([
    ['an absolute path (/etc/passwd)', 'people: { file: /etc/passwd }\n', 'FILE_OUTSIDE_ROOT'],
    ['a .. traversal', 'people: { file: ../outside.csv }\n', 'FILE_OUTSIDE_ROOT'],
    ['a deep .. traversal', 'channels: { file: sub/../../../../../../etc/passwd }\n', 'FILE_OUTSIDE_ROOT'],
    ['a symlink to a device (/dev/zero)', 'people: { file: zero.csv }\n', 'FILE_OUTSIDE_ROOT'],
  ])('refuses %s with a position', async (_name, body, code) => {
    const file = school(`s-${code}-${body.length}`, body);
    if (body.includes('zero.csv'))
      symlinkSync('/dev/zero', join(dir, `s-${code}-${body.length}`, 'zero.csv'));
    const r = await loadSchoolFile(file);
    const d = r.diagnostics.find((x) => x.code === code);
    expect(d).toMatchObject({ severity: 'error', file, line: 2 });
    expect(d?.pointer).toMatch(/^\/(people|channels)\/file$/);
    expect(d?.column).toBeGreaterThan(0);
    expect(d?.message.ru).toBeTruthy();
    expect(d?.message.en).toBeTruthy();
    expect(r.input).toBeUndefined();
    expect(JSON.stringify(r)).not.toContain('root:x');
    expect(JSON.stringify(r)).not.toContain('SECRET');
  });

  it('refuses a symlink inside the folder that leads out of it', async () => {
    const file = school('s-link', 'people: { file: people.csv }\n');
    symlinkSync(outsideFile, join(dir, 's-link', 'people.csv'));
    const r = await loadSchoolFile(file);
    expect(r.diagnostics).toMatchObject([{ code: 'FILE_OUTSIDE_ROOT', pointer: '/people/file', line: 2 }]);
    expect(JSON.stringify(r)).not.toContain('SECRET');
  });

  it('refuses a FIFO without waiting for a writer', async () => {
    const file = school('s-fifo', 'people: { file: people.csv }\n');
    execFileSync('mkfifo', [join(dir, 's-fifo', 'people.csv')]);
    const r = await loadSchoolFile(file);
    expect(r.diagnostics).toMatchObject([{ code: 'FILE_NOT_REGULAR', pointer: '/people/file', line: 2 }]);
  });

  it('refuses a folder', async () => {
    const file = school('s-dir', 'people: { file: people.csv }\n');
    mkdirSync(join(dir, 's-dir', 'people.csv'));
    const r = await loadSchoolFile(file);
    expect(r.diagnostics).toMatchObject([{ code: 'FILE_NOT_REGULAR', pointer: '/people/file' }]);
  });

  it('allows a file inside a root the caller names', async () => {
    mkdirSync(join(dir, 'region', 'shared'), { recursive: true });
    const example = readFileSync(join(repoRoot, 'examples/school-72/people.csv'), 'utf8')
      .split('\n')
      .slice(0, 2)
      .join('\n');
    writeFileSync(join(dir, 'region', 'shared', 'people.csv'), `${example}\n`);
    mkdirSync(join(dir, 'region', 's1'), { recursive: true });
    const file = join(dir, 'region', 's1', 'school.yaml');
    writeFileSync(file, `${SCHOOL}people: { file: ../shared/people.csv }\n`);
    expect((await loadSchoolFile(file)).diagnostics.map((d) => d.code)).toEqual(['FILE_OUTSIDE_ROOT']);
    const inRoot = await loadSchoolFile(file, { root: join(dir, 'region') });
    expect(inRoot.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(inRoot.counts.people).toBe(1);
  });

  it('applies in memory too (browsers): absolute and .. refused, nothing read', async () => {
    const reads: string[] = [];
    const inner = createMemoryFileReader({
      'a/school.yaml': `${SCHOOL}people: { file: ../secret.csv }\n`,
      'secret.csv': SECRET,
    });
    const reader = {
      ...inner,
      readFile: (p: string) => {
        reads.push(p);
        return inner.readFile(p);
      },
    };
    const r = await loadSchool('a/school.yaml', reader);
    expect(r.diagnostics).toMatchObject([
      { code: 'FILE_OUTSIDE_ROOT', file: 'a/school.yaml', pointer: '/people/file', line: 2 },
    ]);
    expect(reads).toEqual(['a/school.yaml']);
  });

  it('refuses exports outside the folder and device exports', async () => {
    const d = join(dir, 's-exp');
    cpSync(join(repoRoot, 'examples/school-72'), d, { recursive: true });
    const file = join(d, 'school.yaml');
    const yaml = readFileSync(file, 'utf8').replace(
      '  - { channel: c-13, file: exports/chat-5b-parents.txt, format: whatsapp-txt }',
      '  - { channel: c-13, file: /etc/passwd }\n  - { channel: c-13, file: ../outside.csv }\n  - { channel: c-13, file: exports/zero.txt }',
    );
    writeFileSync(file, yaml);
    symlinkSync('/dev/zero', join(d, 'exports', 'zero.txt'));
    const r = await auditFiles(file, { asOf: '2026-11-30' });
    const codes = r.diagnostics.map((d) => d.code);
    expect(codes.filter((c) => c === 'FILE_OUTSIDE_ROOT')).toHaveLength(3);
    expect(JSON.stringify(r)).not.toContain('root:x');
    const direct = await scanFile('/dev/zero');
    expect(direct.diagnostics).toMatchObject([{ code: 'FILE_NOT_REGULAR' }]);
  });

  it('region: a school naming /etc/passwd leaks nothing into the region output', async () => {
    const file = school('r/s1', 'people: { file: /etc/passwd }\n');
    const run = await auditRegionFiles([join(dir, 'r')], { asOf: '2026-11-30' });
    const results = [];
    for await (const s of run.results!) results.push(s);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ status: 'failed' });
    expect(JSON.stringify(results)).not.toContain('root:x');
    expect(file).toBeTruthy();
  });

  it('CLI validate: /etc/passwd, .. and /dev/zero exit 2 with file:line:col', async () => {
    for (const [body, code] of [
      ['people: { file: /etc/passwd }\n', 'FILE_OUTSIDE_ROOT'],
      ['people: { file: ../outside.csv }\n', 'FILE_OUTSIDE_ROOT'],
      ['people: { file: /dev/zero }\n', 'FILE_OUTSIDE_ROOT'],
    ] as const) {
      const file = school(`cli-${body.length}-${code}`, body);
      const f = fakeIO();
      expect(await main(['validate', file], f.io)).toBe(2);
      expect(f.out() + f.err()).toContain(code);
      expect(f.out() + f.err()).toMatch(/:2:\d+/);
      expect(f.out() + f.err()).not.toContain('root:x');
    }
    const f = fakeIO();
    const plain = school('cli-dev', '');
    expect(await main(['audit', plain, '--people', '/dev/zero'], f.io)).toBe(2);
    expect(f.err()).toContain('FILE_NOT_REGULAR');
  });
});
