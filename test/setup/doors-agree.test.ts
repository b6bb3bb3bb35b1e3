/**
 * The doors guard the obvious and agree: `region` and `audit` score the same school identically
 * (both apply the waivers.yaml beside it), `diff` refuses two different schools unless told, and
 * `region` lists every error of a broken school (capped) and flags schools sharing an id.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { MAX_SCHOOL_ERRORS } from '../../src/region/format-region-text.js';

const AS_OF = '2026-11-30';
let dir: string;

function io(cwd = dir) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
    cwd,
    writeFile: async (p, t) => writeFileSync(p, t),
  };
  return { io: value, out: () => out.join(''), err: () => err.join('') };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sferum-doors-'));
  cpSync('examples/school-72', join(dir, 'region', 'school-72'), { recursive: true });
  // A second school with the same id, and a school with many errors.
  cpSync('examples/school-72', join(dir, 'region', 'school-72-copy'), { recursive: true });
  mkdirSync(join(dir, 'region', 'broken'), { recursive: true });
  const people = Array.from(
    { length: 30 },
    (_, i) => `  - { id: x-${i}, roles: [волшебник], profile: { created: true }, eschool: { linked: true } }`,
  ).join('\n');
  writeFileSync(
    join(dir, 'region', 'broken', 'school.yaml'),
    `school: { name: Сломанная, region: Р, municipality: М }\npeople:\n${people}\nchannels: []\n`,
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('region and audit agree', () => {
  it('score the example school identically, waivers beside it applied by both', async () => {
    const a = io();
    await main(
      [
        'audit',
        join(dir, 'region', 'school-72', 'school.yaml'),
        '--as-of',
        AS_OF,
        '--format',
        'json',
        '--fail-on',
        'none',
      ],
      a.io,
    );
    const report = JSON.parse(a.out()) as {
      summary: { score: number; findings: { waived: number } };
      setup: { waiverFiles: string[] };
    };
    expect(report.setup.waiverFiles).toHaveLength(1);
    expect(report.summary.findings.waived).toBeGreaterThan(0);
    const r = io();
    await main(
      ['region', join(dir, 'region', 'school-72'), '--as-of', AS_OF, '--format', 'json', '--fail-on', 'none'],
      r.io,
    );
    const region = JSON.parse(r.out()) as { schools?: { score?: number }[]; results?: { score?: number }[] };
    const scores = JSON.stringify(region).match(/"score":\s*([\d.]+)/g) ?? [];
    expect(scores.length).toBeGreaterThan(0);
    expect(scores.map((s) => Number(s.split(':')[1]))).toContain(report.summary.score);
  });
});

describe('region guards', () => {
  it('lists every error of a failed school, capped, with the total, and flags a shared id', async () => {
    const r = io();
    await main(['region', join(dir, 'region'), '--as-of', AS_OF, '--fail-on', 'none'], r.io);
    const text = r.out();
    expect(text).toContain('broken/school.yaml');
    const errorLines = text
      .split('\n')
      .filter((l) => /^ {4}SCHEMA_VIOLATION|^ {4}[A-Z_]+ .*school\.yaml/.test(l));
    expect(errorLines.length).toBe(MAX_SCHOOL_ERRORS);
    expect(text).toMatch(/первые 20 ошибок из (\d+)/);
    expect(Number(/первые 20 ошибок из (\d+)/.exec(text)![1])).toBeGreaterThanOrEqual(30);
    expect(text).toMatch(/один ИД у нескольких школ: \S+/);
  });
});

describe('diff guards', () => {
  it('refuses two different schools unless --allow-different-schools', async () => {
    const a = io();
    await main(
      [
        'audit',
        join(dir, 'region', 'school-72', 'school.yaml'),
        '--as-of',
        AS_OF,
        '--format',
        'json',
        '--fail-on',
        'none',
        '--output',
        join(dir, 'a.json'),
      ],
      a.io,
    );
    const other = JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8')) as {
      school: { id?: string; name: string };
    };
    other.school = { ...other.school, id: 'another-school', name: 'Другая школа' };
    writeFileSync(join(dir, 'b.json'), JSON.stringify(other));
    const refused = io();
    expect(await main(['diff', join(dir, 'a.json'), join(dir, 'b.json')], refused.io)).toBe(2);
    expect(refused.err()).toContain('разным школам');
    expect(refused.err()).toContain('--allow-different-schools');
    const en = io();
    expect(await main(['diff', join(dir, 'a.json'), join(dir, 'b.json'), '--lang', 'en'], en.io)).toBe(2);
    expect(en.err()).toContain('different schools');
    const allowed = io();
    expect(
      await main(
        ['diff', join(dir, 'a.json'), join(dir, 'b.json'), '--allow-different-schools', '--fail-on', 'none'],
        allowed.io,
      ),
    ).toBe(0);
    const same = io();
    expect(await main(['diff', join(dir, 'a.json'), join(dir, 'a.json')], same.io)).toBe(0);
  });

  it('prints severities and subject types in the chosen language', async () => {
    const report = JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8')) as { findings: unknown[] };
    const empty = { ...report, findings: [] };
    writeFileSync(join(dir, 'empty.json'), JSON.stringify(empty));
    const ru = io();
    await main(['diff', join(dir, 'empty.json'), join(dir, 'a.json'), '--fail-on', 'none'], ru.io);
    expect(ru.out()).not.toMatch(/\[(critical|high|medium|low|info)\]/);
    expect(ru.out()).not.toMatch(/ (channel|person|school) [a-z]/);
    const en = io();
    await main(
      ['diff', join(dir, 'empty.json'), join(dir, 'a.json'), '--fail-on', 'none', '--lang', 'en'],
      en.io,
    );
    expect(en.out()).toMatch(/\[(critical|high|medium|low)\]/);
  });
});
