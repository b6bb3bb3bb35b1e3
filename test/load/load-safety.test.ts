import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryFileReader, loadSchool, parseSchoolDocument, type FileReader } from '../../src/index.js';
import { createNodeFileReader, loadSchoolFile, validateFile } from '../../src/node.js';

const dir = mkdtempSync(join(tmpdir(), 'sferum-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SCHOOL = 'school: { name: Ш, region: Р, municipality: М }\n';

/** Wraps the node reader and records which files were actually read. */
function spyingReader(): FileReader & { reads: string[] } {
  const inner = createNodeFileReader();
  const reads: string[] = [];
  return {
    reads,
    readFile: (p) => {
      reads.push(p);
      return inner.readFile(p);
    },
    size: (p) => inner.size!(p),
    resolve: (a, b) => inner.resolve(a, b),
  };
}

describe('file limits', () => {
  it('rejects a 100 MB school file by its size, without reading it', async () => {
    const big = join(dir, 'big.yaml');
    writeFileSync(big, '');
    truncateSync(big, 100 * 1024 * 1024); // sparse: nothing is written to disk
    const reader = spyingReader();
    const r = await loadSchool(big, reader);
    // Nothing read is the proof it is cheap: no timing needed.
    expect(reader.reads).toEqual([]);
    expect(r.diagnostics).toMatchObject([{ code: 'FILE_TOO_LARGE', file: big, severity: 'error' }]);
    expect(r.diagnostics[0]?.message.ru).toContain('100.0 MiB при пределе 20.0 MiB');
    expect(r.diagnostics[0]?.message.en).toContain('is too large: 100.0 MiB, the limit is 20.0 MiB');
  });

  it('rejects a referenced CSV over the limit without reading it', async () => {
    const school = join(dir, 'limit.yaml');
    writeFileSync(school, `${SCHOOL}people: { file: big.csv }\n`);
    writeFileSync(join(dir, 'big.csv'), '');
    truncateSync(join(dir, 'big.csv'), 2048);
    const reader = spyingReader();
    const r = await loadSchool(school, reader, { maxFileBytes: 1024 });
    expect(reader.reads).toEqual([school]);
    expect(r.diagnostics).toMatchObject([{ code: 'FILE_TOO_LARGE', file: join(dir, 'big.csv') }]);
  });

  it('checks the size after reading when the reader cannot tell it', async () => {
    const reader = createMemoryFileReader({ 's.yaml': SCHOOL });
    const r = await loadSchool(
      's.yaml',
      { readFile: reader.readFile, resolve: reader.resolve },
      { maxFileBytes: 10 },
    );
    expect(r.diagnostics.map((d) => d.code)).toEqual(['FILE_TOO_LARGE']);
  });

  it('reports a missing school file with the path as given', async () => {
    const r = await loadSchoolFile(join(dir, 'nope.yaml'));
    expect(r.diagnostics).toMatchObject([
      {
        code: 'FILE_NOT_FOUND',
        file: join(dir, 'nope.yaml'),
        message: { ru: `файл «${join(dir, 'nope.yaml')}» не найден` },
      },
    ]);
    expect(r.diagnostics[0]?.hint?.ru).toBe('проверьте путь к файлу');
  });

  it('reports a folder given as a file as not a regular file', async () => {
    const r = await loadSchoolFile(dir);
    expect(r.diagnostics.map((d) => [d.code, d.file])).toEqual([['FILE_NOT_REGULAR', dir]]);
    expect(r.diagnostics[0]?.message.en).toContain('not a regular file');
  });

  it('reports an empty referenced CSV on the CSV file', async () => {
    const school = join(dir, 'empty-csv.yaml');
    writeFileSync(school, `${SCHOOL}channels: { file: empty.csv }\n`);
    writeFileSync(join(dir, 'empty.csv'), '');
    const r = await loadSchoolFile(school);
    expect(r.diagnostics.map((d) => [d.code, d.file])).toEqual([['FILE_EMPTY', join(dir, 'empty.csv')]]);
  });

  it('validateFile returns diagnostics and counts only', async () => {
    const r = await validateFile('test/fixtures/input/good/school.yaml');
    expect(r).toEqual({
      diagnostics: [],
      counts: { people: 5, channels: 2, documents: 2, admins: 1, classes: 2 },
    });
  });
});

describe('YAML and JSON safety', () => {
  it('leaves Object.prototype untouched after loading __proto__ documents', async () => {
    for (const f of ['proto.yaml', 'proto.json']) {
      const r = await loadSchoolFile(`test/fixtures/input/broken/${f}`);
      expect(r.diagnostics.some((d) => d.code === 'FORBIDDEN_KEY')).toBe(true);
    }
    const parsed = parseSchoolDocument(
      '{"a": {"__proto__": {"polluted": 1}}, "constructor": {"prototype": {"polluted": 1}}}',
      'x.json',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(Object.getPrototypeOf((parsed.value as { a: object }).a)).toBe(Object.prototype);
    expect(Object.keys((parsed.value as { a: object }).a)).toEqual([]);
    expect(parsed.diagnostics.map((d) => [d.code, d.pointer])).toEqual([
      ['FORBIDDEN_KEY', '/a/__proto__'],
      ['FORBIDDEN_KEY', '/constructor'],
    ]);
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'refuses the key %s in a CSV header without assigning it',
    async (key) => {
      const reader = createMemoryFileReader({
        's.yaml': `${SCHOOL}people: { file: p.csv }\n`,
        'p.csv': `id,roles,profile_created,eschool_linked,${key}\nt-1,teacher,yes,yes,{"polluted":1}\n`,
      });
      const r = await loadSchool('s.yaml', reader);
      expect(r.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['CSV_HEADER_UNKNOWN', 1, 41]]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('stops an alias bomb and honours maxAliasCount', async () => {
    // Expanded, the bomb would exhaust memory or the test timeout: stopping it is the proof.
    const bomb = await loadSchoolFile('test/fixtures/input/broken/alias-bomb.yaml');
    expect(bomb.diagnostics.map((d) => d.code)).toEqual(['YAML_ALIAS_LIMIT']);

    const text = `${SCHOOL}documents:\n  - { id: d-1, kind: other, title: &t Приказ }\n  - { id: d-2, kind: other, title: *t }\n  - { id: d-3, kind: other, title: *t }\n`;
    const reader = createMemoryFileReader({ 's.yaml': text });
    const ok = await loadSchool('s.yaml', reader);
    expect(ok.diagnostics).toEqual([]);
    expect(ok.input?.documents.map((d) => d.title)).toEqual(['Приказ', 'Приказ', 'Приказ']);
    const limited = await loadSchool('s.yaml', reader, { maxAliasCount: 1 });
    expect(limited.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['YAML_ALIAS_LIMIT', 5, 36]]);
  });

  it('refuses nesting deeper than maxDepth, positioned at the first level too deep', async () => {
    const nested = `${SCHOOL}x: ${'['.repeat(40)}${']'.repeat(40)}\n`;
    const r = await loadSchool('s.yaml', createMemoryFileReader({ 's.yaml': nested }));
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['NESTING_TOO_DEEP', 2, 35]]);
    const shallow = await loadSchool(
      's.yaml',
      createMemoryFileReader({ 's.yaml': `${SCHOOL}x: [[[1]]]\n` }),
      { maxDepth: 3 },
    );
    expect(shallow.diagnostics.map((d) => d.code)).toEqual(['NESTING_TOO_DEEP']);
  });

  it('does not throw on absurd nesting', async () => {
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    for (const name of ['deep.yaml', 'deep.json']) {
      const r = await loadSchool(name, createMemoryFileReader({ [name]: deep }));
      expect(r.input).toBeUndefined();
      expect(r.diagnostics.length).toBeGreaterThan(0);
    }
  });

  it('reports a school file that is not UTF-8 with line and column', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('school:\n  name: '),
      0xcc,
      0xc1,
      0xce,
      0xd3,
      0x0a,
    ]);
    const r = await loadSchool('s.yaml', createMemoryFileReader({ 's.yaml': bytes }));
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['ENCODING_INVALID', 2, 9]]);
    expect(r.diagnostics[0]?.hint?.ru).toBe('сохраните файл в кодировке UTF-8');
  });

  it('reports several YAML documents in one file', async () => {
    const r = await loadSchool('s.yaml', createMemoryFileReader({ 's.yaml': `${SCHOOL}---\n${SCHOOL}` }));
    expect(r.diagnostics[0]).toMatchObject({ code: 'YAML_SYNTAX', line: 2, column: 1 });
    expect(r.diagnostics[0]?.message.ru).toContain('несколько документов YAML');
  });

  it('keeps unresolved YAML tags as warnings and reads the value as text', async () => {
    const r = await loadSchool(
      's.yaml',
      createMemoryFileReader({
        's.yaml': 'school: { name: !!js/function "x", region: Р, municipality: М }\n',
      }),
    );
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([['YAML_SYNTAX', 'warning']]);
    expect(r.input?.school.name).toBe('x');
  });
});
