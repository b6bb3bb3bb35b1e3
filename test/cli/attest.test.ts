import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';
import { catalog } from '../../src/index.js';
import type { Report } from '../../src/report/types.js';
import { repoRoot } from './run-cli.js';

/** The CLI in-process, writing real files, in a copy of the example school. */
function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
    cwd,
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
  };
  return { io: value, out: () => out.join(''), err: () => err.join('') };
}

const AS_OF = '2026-11-30';
let dir: string;
let cwd: string;

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const f = io(dir);
  const code = await main(args, f.io);
  return { code, out: f.out(), err: f.err() };
}

async function auditJson(extra: string[] = []): Promise<Report> {
  const r = await run([
    'audit',
    join(dir, 'school.yaml'),
    '--as-of',
    AS_OF,
    '--fail-on',
    'none',
    '--format',
    'json',
    '-q',
    '-o',
    join(dir, 'report.json'),
    ...extra,
  ]);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Report;
}

/** Sets fields of the first blank entry for `clause` in the answers file; returns its line. */
function fillBlank(path: string, clause: string, fields: Record<string, string>): number {
  const text = readFileSync(path, 'utf8');
  const doc = parseDocument(text, { keepSourceTokens: true });
  const seq = doc.get('attestations');
  if (!isSeq(seq)) throw new Error('no attestations list');
  const item = seq.items.find(
    (it) => isMap(it) && it.get('clause') === clause && (it.get('answer') ?? null) === null,
  );
  if (!isMap(item)) throw new Error(`no blank entry for ${clause}`);
  for (const [k, v] of Object.entries(fields)) item.set(k, v);
  const line = text.slice(0, item.range![0]).split('\n').length;
  writeFileSync(path, doc.toString({ lineWidth: 0, nullStr: '' }));
  return line;
}

beforeAll(() => {
  cwd = process.cwd();
  dir = mkdtempSync(join(tmpdir(), 'sferum-attest-'));
  cpSync(join(repoRoot, 'examples/school-72'), dir, { recursive: true });
  process.chdir(dir);
});
afterAll(() => {
  process.chdir(cwd);
  rmSync(dir, { recursive: true, force: true });
});

describe('attest: the fill-in answers file', () => {
  const questioned = catalog().clauses.filter((c) => c.disposition === 'attest' || c.question);

  it('lists every question the catalog asks and names the open ones the report shows', async () => {
    const before = await auditJson();
    const r = await run(['attest', join(dir, 'school.yaml'), '--as-of', AS_OF]);
    expect(r.code, r.err).toBe(0);
    const open = before.clauses.filter((c) => c.status === 'attestation-required').map((c) => c.id);
    expect(open).toEqual(['2.2.f', '2.4.d', '2.5.d']);
    expect(r.out).toContain(
      `Вопросов / questions: ${questioned.length}; открытых / open: ${open.length} (${open.join(', ')})`,
    );

    const text = readFileSync(join(dir, 'attestations.yaml'), 'utf8');
    for (const c of questioned) {
      expect(text).toContain(` ── ${c.id} · `);
      if (c.question) expect(text).toContain(c.question.ru.replace(/\s+/g, ' '));
      if (c.evidence) expect(text).toContain(c.evidence.ru);
    }
    for (const id of open) expect(text).toMatch(new RegExp(` ── ${id.replace(/\./g, '\\.')} · ОТКРЫТ`));
    // Answers recorded in school.yaml are carried over as they were.
    const doc = parseDocument(text).toJS() as { attestations: Record<string, unknown>[] };
    const answered = doc.attestations.filter((a) => a.answer);
    expect(answered.map((a) => a.clause)).toEqual(['2.1.d', '2.1.f', '2.2.f', '2.2.g', '2.3.d']);
    expect(answered.find((a) => a.clause === '2.2.g')).toMatchObject({
      answer: 'yes',
      by: 'p-002',
      date: '2026-09-10',
    });
    // Unanswered entries are open, not errors: the audit with the file as it stands is the same audit.
    const same = await auditJson(['--attestations', join(dir, 'attestations.yaml')]);
    expect(same.clauses.map((c) => [c.id, c.status])).toEqual(before.clauses.map((c) => [c.id, c.status]));
  });

  it('one filled answer changes that clause, and the report cites the answer', async () => {
    const file = join(dir, 'attestations.yaml');
    const line = fillBlank(file, '2.4.d', {
      answer: 'yes',
      by: 'заместитель директора по УВР',
      date: '2026-11-25',
    });
    fillBlank(file, '2.5.d', { answer: 'no', by: 'p-003', date: '2026-11-25' });
    const report = await auditJson(['--attestations', file]);
    const c24 = report.clauses.find((c) => c.id === '2.4.d')!;
    expect(c24.status).toBe('attested');
    expect(c24.decidedBy).toBe('attestation');
    expect(c24.attestation).toMatchObject({
      answer: 'yes',
      by: 'заместитель директора по УВР',
      date: '2026-11-25',
      expired: false,
    });
    expect(c24.attestation!.source!.file).toMatch(/attestations\.yaml$/);
    expect(c24.attestation!.source!.line).toBe(line);
    expect(report.clauses.find((c) => c.id === '2.5.d')!.status).toBe('violated');
    expect(report.clauses.find((c) => c.id === '2.2.f')!.status).toBe('attestation-required');

    const html = await run([
      'audit',
      join(dir, 'school.yaml'),
      '--as-of',
      AS_OF,
      '--fail-on',
      'none',
      '--format',
      'html',
      '--attestations',
      file,
      '-q',
      '-o',
      join(dir, 'act.html'),
    ]);
    expect(html.code, html.err).toBe(0);
    const act = readFileSync(join(dir, 'act.html'), 'utf8');
    expect(act).toContain(`Ответ: да, заместитель директора по УВР, 2026-11-25 (`);
    expect(act).toMatch(new RegExp(`attestations\\.yaml:${line}:\\d+\\); статус определён ответом`));

    const text = await run([
      'audit',
      join(dir, 'school.yaml'),
      '--as-of',
      AS_OF,
      '--fail-on',
      'none',
      '--attestations',
      file,
      '-q',
      '-o',
      join(dir, 'report.txt'),
    ]);
    expect(text.code, text.err).toBe(0);
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toMatch(
      new RegExp(
        `статус определён ответом: .*2\\.4\\.d — да \\([^)]*attestations\\.yaml:${line}:\\d+\\), 2\\.5\\.d — нет`,
      ),
    );
  });

  it('running attest again keeps the answers and leaves only the still-open questions open', async () => {
    const r = await run(['attest', join(dir, 'school.yaml'), '--as-of', AS_OF]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('Обновлён файл ответов');
    expect(r.out).toContain('открытых / open: 1 (2.2.f)');
    const doc = parseDocument(readFileSync(join(dir, 'attestations.yaml'), 'utf8')).toJS() as {
      attestations: Record<string, unknown>[];
    };
    expect(doc.attestations.filter((a) => a.clause === '2.4.d')).toEqual([
      { clause: '2.4.d', answer: 'yes', by: 'заместитель директора по УВР', date: '2026-11-25' },
    ]);
  });

  it('validates answers with positions in the answers file (exit 2)', async () => {
    const file = join(dir, 'bad-answers.yaml');
    writeFileSync(
      file,
      'attestations:\n  - clause: "2.2.f"\n    answer: "может быть"\n    by: p-002\n    date: 2026-11-01\n  - clause: "9.9.z"\n    answer: "yes"\n    by: p-002\n    date: 2026-11-01\n',
    );
    const r = await run(['audit', join(dir, 'school.yaml'), '--as-of', AS_OF, '--attestations', file, '-q']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad-answers\.yaml:3:\d+/);
    expect(r.err).toMatch(/bad-answers\.yaml:6:\d+/);
  });

  it('the school file may name the answers file instead of listing answers', async () => {
    const school = readFileSync(join(dir, 'school.yaml'), 'utf8');
    const start = school.indexOf('\nattestations:');
    const end = school.indexOf('\npeople:');
    const trimmed = `${school.slice(0, start)}\nattestations: { file: attestations.yaml }\n${school.slice(school.indexOf('\n# Список участников', start) > 0 ? school.indexOf('\n# Список участников', start) : end)}`;
    writeFileSync(join(dir, 'school.yaml'), trimmed);
    const report = await auditJson();
    expect(report.clauses.find((c) => c.id === '2.4.d')!.status).toBe('attested');
    expect(report.inputs.map((i) => i.path).some((p) => p.endsWith('attestations.yaml'))).toBe(true);
    const r = await run(['attest', join(dir, 'school.yaml'), '--as-of', AS_OF]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).not.toContain('--attestations');
  });
});
