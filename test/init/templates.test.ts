import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { initTemplates } from '../../src/init/index.js';
import type { SchoolFile } from '../../src/model/types.js';
import { loadSchoolFile } from '../../src/node.js';

const PEOPLE_HEADERS =
  'ИД;ФИО;Роли;Должность;Класс;Классный руководитель;Родитель учеников;Телефон;Профиль создан;Профиль защищён;Двухфакторная защита;Связь с ЭШ;Организация в ЭШ;Роль в ЭШ';
const CHANNEL_HEADERS =
  'ИД;Название;Мессенджер;Ссылка;Тип;Назначение;Класс;Владелец;Участники;Учеников;Родителей;Учителей;Создан автоматически;Создан;Последняя активность;Персональные данные;Платёжные документы;Банковские реквизиты';

function byPath(path: string, options?: { schoolName?: string }): string {
  const file = initTemplates(options).find((t) => t.path === path);
  if (!file) throw new Error(`no template ${path}`);
  return file.content;
}

function rows(path: string): Record<string, string>[] {
  return parseCsv(byPath(path), { bom: true, delimiter: ';', columns: true, skip_empty_lines: true });
}

describe('initTemplates', () => {
  it('produces school.yaml, people.csv and channels.csv', () => {
    expect(initTemplates().map((t) => t.path)).toEqual(['school.yaml', 'people.csv', 'channels.csv']);
  });

  it.each([
    ['people.csv', PEOPLE_HEADERS],
    ['channels.csv', CHANNEL_HEADERS],
  ])('%s starts with a BOM and the Russian header line', (path, header) => {
    const content = byPath(path);
    expect(content.startsWith('\uFEFF')).toBe(true);
    expect(content.slice(1).split(/\r?\n/)[0]).toBe(header);
  });

  it.each(['people.csv', 'channels.csv'])('%s has example rows with every column', (path) => {
    const content = byPath(path);
    const lines = content.slice(1).split(/\r?\n/).filter(Boolean);
    const width = lines[0]!.split(';').length;
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.split(';')).toHaveLength(width);
  });

  it('school.yaml parses to a school file that points at the CSV templates', () => {
    const doc = parseYaml(byPath('school.yaml')) as SchoolFile;
    expect(doc.schemaVersion).toBe(1);
    expect(doc.people).toEqual({ file: 'people.csv' });
    expect(doc.channels).toEqual({ file: 'channels.csv' });
    expect(doc.documents?.map((d) => d.kind).sort()).toEqual(
      ['chat-strategy', 'order-admin-appointment', 'order-platform-use', 'regulation'].sort(),
    );
  });

  it('school.yaml explains fields in Russian and names the clauses they serve', () => {
    const yaml = byPath('school.yaml');
    for (const clause of [
      '2.1.a',
      '2.1.b',
      '2.1.c',
      '2.1.d',
      '2.1.f',
      '2.2.a',
      '2.2.b',
      '2.2.c',
      '2.2.d',
      '2.2.e',
      '2.2.h',
    ]) {
      expect(yaml).toContain(clause);
    }
    // Every header of both CSVs is explained in the YAML comments.
    for (const header of [...PEOPLE_HEADERS.split(';'), ...CHANNEL_HEADERS.split(';')]) {
      expect(yaml).toContain(header);
    }
  });

  it.each([
    ['МБОУ СОШ № 5'],
    ['Школа «Ромашка»: # не комментарий'],
    ['"кавычки" и \\ обратная косая'],
    ['многострочное\nназвание'],
  ])('writes the school name %j verbatim, whatever its characters', (schoolName) => {
    const doc = parseYaml(byPath('school.yaml', { schoolName })) as SchoolFile;
    expect(doc.school.name).toBe(schoolName);
  });

  it('uses a valid placeholder name when none or a blank one is given', () => {
    for (const options of [undefined, { schoolName: '   ' }]) {
      const doc = parseYaml(byPath('school.yaml', options)) as SchoolFile;
      expect(doc.school.name.trim().length).toBeGreaterThan(0);
    }
  });

  it('example rows agree with each other and with school.yaml', () => {
    const doc = parseYaml(byPath('school.yaml')) as SchoolFile;
    const people = rows('people.csv');
    const channels = rows('channels.csv');
    const personIds = new Set(people.map((p) => p['ИД']));
    const classIds = new Set((doc.classes ?? []).map((c) => c.id));

    for (const admin of doc.admins ?? []) expect(personIds).toContain(admin.personId);
    for (const d of doc.documents ?? []) for (const id of d.appoints ?? []) expect(personIds).toContain(id);
    for (const c of doc.classes ?? []) if (c.classTeacher) expect(personIds).toContain(c.classTeacher);
    for (const p of people) {
      expect(p['Организация в ЭШ']).toBe(doc.school.eSchoolOrganizationId);
      if (p['Класс']) expect(classIds).toContain(p['Класс']);
      for (const child of p['Родитель учеников']!.split(',')
        .map((s) => s.trim())
        .filter(Boolean)) {
        expect(personIds).toContain(child);
      }
    }
    const channelIds = new Set(channels.map((c) => c['ИД']));
    for (const id of doc.school.sferum?.autoChannels ?? []) expect(channelIds).toContain(id);
    for (const c of channels) {
      for (const m of c['Участники']!.split(',')
        .map((s) => s.trim())
        .filter(Boolean))
        expect(personIds).toContain(m);
      if (c['Владелец']) expect(personIds).toContain(c['Владелец']);
    }
  });

  it('is pure: two calls give identical files', () => {
    expect(initTemplates({ schoolName: 'X' })).toEqual(initTemplates({ schoolName: 'X' }));
  });
});

describe('initTemplates through the loader', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it.each([[undefined], [{ schoolName: 'МБОУ «Лицей № 9»: #1' }]])(
    'the untouched scaffold (%j) loads with no diagnostics',
    async (options) => {
      const dir = mkdtempSync(join(tmpdir(), 'sferum-init-'));
      dirs.push(dir);
      for (const t of initTemplates(options)) writeFileSync(join(dir, t.path), t.content, 'utf8');
      const { input, diagnostics, counts } = await loadSchoolFile(join(dir, 'school.yaml'));
      expect(diagnostics).toEqual([]);
      expect(counts).toMatchObject({ people: 4, channels: 2, classes: 1 });
      expect(input?.school.name).toBe(options?.schoolName ?? 'МБОУ СОШ № 1');
      expect(input?.people.map((p) => p.roles)).toEqual([
        ['administration'],
        ['class-teacher', 'teacher'],
        ['student'],
        ['parent'],
      ]);
      expect(input?.people.map((p) => p.eschool.role)).toEqual(['учитель', 'учитель', 'ученик', 'родитель']);
    },
  );
});
