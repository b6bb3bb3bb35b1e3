import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ESCHOOL_SYSTEM } from '../../src/model/types.js';
import { createNodeFileReader, loadSchoolFile } from '../../src/node.js';
import { createMemoryFileReader, loadSchool } from '../../src/index.js';

const GOOD = 'test/fixtures/input/good/';
const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('loadSchool: good inputs', () => {
  it('loads YAML with CSV references resolved next to the school file', async () => {
    const r = await loadSchoolFile(`${GOOD}school.yaml`);
    expect(r.diagnostics).toEqual([]);
    expect(r.counts).toEqual({ people: 5, channels: 2, documents: 2, admins: 1, classes: 2 });
    const input = r.input!;
    expect(input.people.map((p) => p.id)).toEqual(['a-1', 't-1', 's-1', 's-2', 'p-1']);
    expect(input.channels.map((c) => c.id)).toEqual(['c-1', 'c-2']);
    expect(input.sources?.files).toEqual([
      { path: `${GOOD}school.yaml`, sha256: sha(`${GOOD}school.yaml`) },
      { path: `${GOOD}people.csv`, sha256: sha(`${GOOD}people.csv`) },
      { path: `${GOOD}channels.csv`, sha256: sha(`${GOOD}channels.csv`) },
    ]);
  });

  it('reads numbers written where the schema wants text as the text written', async () => {
    const { input } = await loadSchoolFile(`${GOOD}school.yaml`);
    expect(input?.school.eSchoolOrganizationId).toBe('1000001');
    expect(input?.classes[1]).toEqual({ id: '11', grade: 11 });
    expect(input?.documents[0]?.number).toBe('102/2-од');
    expect(input?.documents[1]?.number).toBe('5');
    expect(input?.documents[1]?.councils?.[0]?.protocolNumber).toBe('1');
    expect(input?.attestations[0]?.clause).toBe('2.2.f');
  });

  it('applies defaults: e-school system, empty lists, all four record lists', async () => {
    const { input } = await loadSchoolFile(`${GOOD}school.json`);
    expect(input?.school.eSchoolSystem).toBe(DEFAULT_ESCHOOL_SYSTEM);
    expect(input?.documents).toEqual([]);
    expect(input?.admins).toEqual([]);
    expect(input?.attestations).toEqual([]);
    expect(input?.exports).toEqual([]);
    expect(input?.records).toEqual({
      chatStrategy: [],
      informationMaterials: [],
      controlReviews: [],
      statisticsReports: [],
    });
  });

  it('reads the UTF-8 BOM «;» roster: quoted cells, lists, Russian roles and booleans, dates', async () => {
    const { input } = await loadSchoolFile(`${GOOD}school.yaml`);
    const [admin, teacher, student, student2, parent] = input!.people;
    expect(admin).toEqual({
      id: 'a-1',
      name: 'Иванова Анна',
      roles: ['administration', 'teacher'],
      position: 'директор',
      profile: { created: true, secured: true, createdAt: '2024-09-01' },
      eschool: { linked: true, organization: '1000001', role: 'учитель' },
    });
    expect(teacher?.roles).toEqual(['teacher', 'class-teacher']);
    expect(teacher?.classTeacherOf).toEqual(['5А']);
    expect(teacher?.eschool.role).toBe('педагог');
    expect(student?.class).toBe('5А');
    expect(student2?.name).toBe('Кузнецова "Катя" Олеговна');
    expect(student2?.roles).toEqual(['student']);
    expect(student2?.profile).toEqual({ created: false });
    expect(student2?.eschool).toEqual({ linked: false });
    expect(parent?.parentOf).toEqual(['s-1', 's-2']);
    expect(parent?.profile).toEqual({ created: true, secured: false });
  });

  it('reads the «,» channel inventory with English headers and Russian values', async () => {
    const { input } = await loadSchoolFile(`${GOOD}school.yaml`);
    expect(input?.channels[0]).toEqual({
      id: 'c-1',
      title: '5А класс',
      platform: 'Сферум',
      kind: 'chat',
      purpose: 'class',
      class: '5А',
      owner: 't-1',
      members: ['t-1', 's-1'],
      autoCreated: true,
      createdAt: '2024-09-02',
      lastActivityAt: '2025-10-01',
      content: { personalData: false, paymentDocuments: false, bankDetails: false },
    });
    expect(input?.channels[1]).toMatchObject({
      platform: 'WhatsApp',
      link: 'https://chat.whatsapp.com/abc',
      purpose: 'parents',
      memberCounts: { student: 1, parent: 12, teacher: 1 },
      autoCreated: false,
      createdAt: '2024-09-02',
      content: { personalData: true },
    });
  });

  it('maps pointers of the loaded model back to YAML and CSV positions', async () => {
    const { input } = await loadSchoolFile(`${GOOD}school.yaml`);
    const locate = input!.sources!.locate;
    expect(locate('/school/name')).toEqual({ file: `${GOOD}school.yaml`, line: 5, column: 9 });
    expect(locate('/classes/1/id')).toEqual({ file: `${GOOD}school.yaml`, line: 18, column: 11 });
    // people.csv line 4 is s-1; «Класс» is the fifth cell: `s-1;Сидоров Семён;ученик;;5А` (Должность empty)
    expect(locate('/people/2/class')).toEqual({ file: `${GOOD}people.csv`, line: 4, column: 27 });
    expect(locate('/people/2')).toEqual({ file: `${GOOD}people.csv`, line: 4, column: 1 });
    expect(locate('/people/4/parentOf/1')).toMatchObject({ file: `${GOOD}people.csv`, line: 6 });
    expect(locate('/channels/1/platform')).toEqual({ file: `${GOOD}channels.csv`, line: 3, column: 17 });
    // Not in the source (a default): the nearest enclosing place.
    expect(locate('/school/eSchoolSystem')).toEqual({ file: `${GOOD}school.yaml`, line: 4, column: 3 });
  });

  it('maps JSON pointers to positions in a JSON school file with inline people', async () => {
    const { input, diagnostics } = await loadSchoolFile(`${GOOD}school.json`);
    expect(diagnostics).toEqual([]);
    expect(input?.sources?.locate('/people/1/class')).toEqual({
      file: `${GOOD}school.json`,
      line: 6,
      column: 51,
    });
  });

  it('detects a Windows-1251 «;» CSV with Russian headers', async () => {
    const { input, diagnostics } = await loadSchoolFile(`${GOOD}school-cp1251.yaml`);
    expect(diagnostics).toEqual([]);
    expect(input?.people).toEqual([
      {
        id: 'т-1',
        name: 'Ёлкина Мария Сергеевна',
        roles: ['teacher', 'class-teacher'],
        classTeacherOf: ['5А'],
        profile: { created: true, secured: true },
        eschool: { linked: true, organization: '1000001', role: 'учитель' },
      },
      {
        id: 'у-1',
        name: 'Щукин Юрий',
        roles: ['student'],
        class: '5А',
        profile: { created: true, secured: false },
        eschool: { linked: true, organization: '1000001', role: 'ученик' },
      },
      {
        id: 'р-1',
        name: 'Щукина Эльвира',
        roles: ['parent'],
        parentOf: ['у-1'],
        profile: { created: false },
        eschool: { linked: false },
      },
    ]);
  });

  it('reads English headers and English booleans', async () => {
    const { input, diagnostics } = await loadSchoolFile(`${GOOD}school-en.json`);
    expect(diagnostics).toEqual([]);
    expect(input?.people.map((p) => [p.id, p.roles, p.profile, p.eschool.linked])).toEqual([
      ['t-1', ['teacher', 'class-teacher'], { created: true, secured: true }, true],
      ['s-1', ['student'], { created: false }, false],
      ['p-1', ['parent'], { created: true, secured: false }, true],
    ]);
  });

  it('runs in memory with the core reader, resolving ../ paths inside a named root', async () => {
    const reader = createMemoryFileReader({
      'org/school/school.yaml':
        'school: { name: Ш, region: Р, municipality: М }\npeople: { file: ../data/people.csv }\n',
      'org/data/people.csv': 'id,roles,profile_created,eschool_linked\nt-1,teacher,yes,yes\n',
    });
    const r = await loadSchool('org/school/school.yaml', reader, { root: 'org' });
    expect(r.diagnostics).toEqual([]);
    expect(r.input?.people).toEqual([
      { id: 't-1', roles: ['teacher'], profile: { created: true }, eschool: { linked: true } },
    ]);
    expect(r.input?.sources?.files.map((f) => f.path)).toEqual([
      'org/school/school.yaml',
      'org/data/people.csv',
    ]);
  });

  it('is deterministic: the same input gives byte-identical results', async () => {
    const a = await loadSchoolFile(`${GOOD}school.yaml`);
    const b = await loadSchoolFile(`${GOOD}school.yaml`);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('produces input only without errors, but keeps warnings', async () => {
    const reader = createMemoryFileReader({
      's.yaml': [
        'school: { name: Ш, region: Р, municipality: М }',
        'people:',
        '  - { id: t-1, roles: [teacher], classTeacherOf: [5А], profile: { created: true }, eschool: { linked: true } }',
        '  - { id: s-1, roles: [student], class: 5А, profile: { created: true }, eschool: { linked: true } }',
      ].join('\n'),
    });
    const r = await loadSchool('s.yaml', reader);
    expect(r.diagnostics).toMatchObject([
      { code: 'ROLE_MISMATCH', severity: 'warning', pointer: '/people/0/classTeacherOf', line: 3 },
    ]);
    expect(r.input).toBeDefined();
  });

  it('loads the node reader relative to the school file, not the working directory', () => {
    const reader = createNodeFileReader();
    expect(reader.resolve('a/b/school.yaml', 'people.csv')).toBe('a/b/people.csv');
    expect(reader.resolve('a/b/school.yaml', '../c.csv')).toBe('a/c.csv');
    expect(reader.resolve('school.yaml', 'people.csv')).toBe('people.csv');
  });
});

describe('loadSchool: options for the CLI', () => {
  const files = {
    '/abs/dir/school.yaml':
      'school: { name: Ш, region: Р, municipality: М }\npeople: { file: people.csv }\nchannels: { file: missing.csv }\n',
    '/abs/dir/people.csv': 'id,roles,profile_created,eschool_linked\nt-1,teacher,yes,yes\n',
    '/elsewhere/roster.csv': 'ИД;Роли;Профиль создан;Связь с ЭШ\nt-2;учитель;да;да\n',
    '/elsewhere/inventory.csv': 'Название;Мессенджер;Тип;Назначение;Владелец\nЧат;Сферум;чат;учебный;t-2\n',
  };

  it('names files by displayPath while reading them by the real path', async () => {
    const r = await loadSchool('/abs/dir/school.yaml', createMemoryFileReader(files), {
      displayPath: 'dir/school.yaml',
    });
    expect(r.diagnostics).toMatchObject([
      {
        code: 'FILE_NOT_FOUND',
        file: 'dir/school.yaml',
        line: 3,
        pointer: '/channels/file',
        message: { en: 'file "missing.csv" (resolved to "dir/missing.csv") not found' },
      },
    ]);
  });

  it('reads --people and --channels files instead of those the school file names', async () => {
    const r = await loadSchool('/abs/dir/school.yaml', createMemoryFileReader(files), {
      displayPath: 'dir/school.yaml',
      peoplePath: '/elsewhere/roster.csv',
      channelsPath: '/elsewhere/inventory.csv',
    });
    expect(r.diagnostics).toEqual([]);
    expect(r.input?.people.map((p) => p.id)).toEqual(['t-2']);
    expect(r.input?.channels.map((c) => c.owner)).toEqual(['t-2']);
    expect(r.input?.sources?.files.map((f) => f.path)).toEqual([
      'dir/school.yaml',
      '/elsewhere/roster.csv',
      '/elsewhere/inventory.csv',
    ]);
    expect(r.input?.sources?.locate('/people/0/id')).toEqual({
      file: '/elsewhere/roster.csv',
      line: 2,
      column: 1,
    });
  });

  it('reports a missing override by the path given, without dangling-reference noise', async () => {
    const r = await loadSchool('/abs/dir/school.yaml', createMemoryFileReader(files), {
      peoplePath: 'nope.csv',
      channelsPath: '/elsewhere/inventory.csv',
    });
    expect(r.diagnostics.map((d) => [d.code, d.file])).toEqual([['FILE_NOT_FOUND', 'nope.csv']]);
  });
});
