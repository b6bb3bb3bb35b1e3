import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import type { SchoolFile } from '../../src/model/types.js';
import { loadSchoolFile } from '../../src/node.js';
import { defaultRegistry, normalizePlatform } from '../../src/messengers/index.js';

const dir = fileURLToPath(new URL('../../examples/school-72/', import.meta.url));
const read = (name: string): string => readFileSync(dir + name, 'utf8');
const csv = (name: string): Record<string, string>[] =>
  parseCsv(read(name), { bom: true, delimiter: ';', columns: true, skip_empty_lines: true });
const list = (cell: string | undefined): string[] =>
  (cell ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

const school = parseYaml(read('school.yaml')) as SchoolFile;
const people = csv('people.csv');
const channels = csv('channels.csv');
const person = (id: string) => people.find((p) => p['ИД'] === id);
const channel = (id: string) => channels.find((c) => c['ИД'] === id);

describe('examples/school-72 data shape', () => {
  it.each([
    [
      'people.csv',
      'ИД;ФИО;Роли;Должность;Класс;Классный руководитель;Родитель учеников;Телефон;Профиль создан;Профиль защищён;Двухфакторная защита;Связь с ЭШ;Организация в ЭШ;Роль в ЭШ',
    ],
    [
      'channels.csv',
      'ИД;Название;Мессенджер;Ссылка;Тип;Назначение;Класс;Владелец;Участники;Учеников;Родителей;Учителей;Создан автоматически;Создан;Последняя активность;Персональные данные;Платёжные документы;Банковские реквизиты',
    ],
  ])('%s is UTF-8 with BOM, «;»-delimited, with the Russian headers', (name, header) => {
    const bytes = readFileSync(dir + name);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(read(name).slice(1).split(/\r?\n/)[0]).toBe(header);
  });

  it('has at least 40 people with every role and at least 12 channels, ids unique', () => {
    expect(people.length).toBeGreaterThanOrEqual(40);
    expect(channels.length).toBeGreaterThanOrEqual(12);
    const roles = new Set(people.flatMap((p) => list(p['Роли'])));
    expect([...roles].sort()).toEqual(
      ['администрация', 'классный руководитель', 'родитель', 'ученик', 'учитель'].sort(),
    );
    expect(new Set(people.map((p) => p['ИД'])).size).toBe(people.length);
    expect(new Set(channels.map((c) => c['ИД'])).size).toBe(channels.length);
  });

  it('has one class teacher per class, agreeing between school.yaml and people.csv', () => {
    const classes = school.classes ?? [];
    expect(classes.length).toBeGreaterThanOrEqual(5);
    for (const c of classes) {
      expect(list(person(c.classTeacher!)?.['Классный руководитель'])).toEqual([c.id]);
      expect(people.filter((p) => p['Класс'] === c.id).length).toBeGreaterThanOrEqual(3);
    }
  });

  it('every reference resolves', () => {
    const ids = new Set(people.map((p) => p['ИД']));
    const classIds = new Set((school.classes ?? []).map((c) => c.id));
    for (const p of people) {
      if (p['Класс']) expect(classIds).toContain(p['Класс']);
      for (const child of list(p['Родитель учеников'])) expect(person(child)?.['Роли']).toBe('ученик');
    }
    for (const c of channels) {
      for (const m of [...list(c['Участники']), ...list(c['Владелец'])]) expect(ids).toContain(m);
      if (c['Класс']) expect(classIds).toContain(c['Класс']);
    }
    for (const a of school.admins ?? []) expect(ids).toContain(a.personId);
    for (const d of school.documents ?? []) for (const id of d.appoints ?? []) expect(ids).toContain(id);
    for (const id of school.school.sferum?.autoChannels ?? [])
      expect(channel(id)?.['Создан автоматически']).toBe('да');
  });

  it('every student has a parent, and parents link to children', () => {
    const children = new Set(people.flatMap((p) => list(p['Родитель учеников'])));
    for (const p of people.filter((x) => x['Роли'] === 'ученик')) expect(children).toContain(p['ИД']);
  });

  it('has the regulation header of the 2024 act, superseding the 2023 one', () => {
    const reg = school.documents?.find(
      (d) => d.kind === 'regulation' && !d.title.includes('2023') && d.supersedes,
    );
    expect(reg).toMatchObject({
      approvalOrder: { number: '102/2-од', date: '2024-08-30' },
      effectiveFrom: '2024-08-30',
      councils: [
        { body: 'pedagogical', protocolNumber: '1', date: '2024-08-30' },
        { body: 'governing', protocolNumber: '1', date: '2024-08-30' },
      ],
    });
    expect(school.documents?.find((d) => d.id === reg?.supersedes)?.kind).toBe('regulation');
    expect(school.documents?.map((d) => d.kind)).toEqual(
      expect.arrayContaining(['order-platform-use', 'order-admin-appointment', 'chat-strategy']),
    );
  });

  // The deliberate violations documented in examples/school-72/README.md; golden reports rely on them.
  it.each<[string, () => boolean]>([
    [
      '1: parent p-044 linked as «ученик» (2.6.b)',
      () => person('p-044')?.['Роли'] === 'родитель' && person('p-044')?.['Роль в ЭШ'] === 'ученик',
    ],
    [
      '2: student p-026 without profile or link (2.5.a, 2.5.b)',
      () => person('p-026')?.['Профиль создан'] === 'нет' && person('p-026')?.['Связь с ЭШ'] === 'нет',
    ],
    [
      '2: student p-026 not in the 7В chat c-04 (2.5.c)',
      () => !list(channel('c-04')?.['Участники']).includes('p-026'),
    ],
    [
      '3: class teacher p-007 not in the 7В chat c-04 (2.3.c)',
      () => channel('c-04')?.['Класс'] === '7В' && !list(channel('c-04')?.['Участники']).includes('p-007'),
    ],
    [
      '4: student p-031 of 9А in the 11Б chat c-06',
      () =>
        person('p-031')?.['Класс'] === '9А' &&
        channel('c-06')?.['Класс'] === '11Б' &&
        list(channel('c-06')?.['Участники']).includes('p-031'),
    ],
    [
      '5: last statistics report in 2025 (2.2.h)',
      () => (school.records?.statisticsReports ?? []).every((r) => String(r.date) < '2026-01-01'),
    ],
    [
      '6: WhatsApp parents chat c-13 with payment documents (2.final)',
      () =>
        channel('c-13')?.['Мессенджер'] === 'ватсап' &&
        channel('c-13')?.['Платёжные документы'] === 'да' &&
        channel('c-13')!['Ссылка']!.startsWith('https://chat.whatsapp.com/'),
    ],
    [
      '7: Telegram class chat c-14 with a t.me/+ invite (2.final)',
      () =>
        channel('c-14')?.['Назначение'] === 'класс' &&
        channel('c-14')!['Ссылка']!.startsWith('https://t.me/+'),
    ],
    ['8: Viber chat c-15 written «вайбер» (2.final)', () => channel('c-15')?.['Мессенджер'] === 'вайбер'],
    ['9: unknown platform c-16', () => channel('c-16')?.['Мессенджер'] === 'Перемена'],
    [
      '10: parent p-058 is an extra platform admin (2.2.d)',
      () =>
        person('p-058')?.['Роли'] === 'родитель' &&
        (school.admins ?? []).some((a) => a.personId === 'p-058' && a.appointedByAdmin),
    ],
    [
      '11: attestation 2.2.f expired, 2.4.d and 2.5.d missing',
      () => {
        const a = Array.isArray(school.attestations) ? school.attestations : [];
        return (
          String(a.find((x) => x.clause === '2.2.f')?.validUntil) < '2026-11-30' &&
          !a.some((x) => x.clause === '2.4.d' || x.clause === '2.5.d')
        );
      },
    ],
  ])('deliberate violation %s is in the data', (_name, holds) => {
    expect(holds()).toBe(true);
  });

  it('the README documents every deliberate violation by id and clause', () => {
    const readme = read('README.md');
    for (const token of [
      'p-044',
      'p-026',
      'p-007',
      'p-031',
      'c-04',
      'c-06',
      'c-13',
      'c-14',
      'c-15',
      'c-16',
      'p-058',
      '2.6.b',
      '2.5.a',
      '2.3.c',
      '2.2.h',
      '2.final',
      '2.2.d',
      '2.2.f',
      '2.4.d',
      '2.5.d',
    ]) {
      expect(readme).toContain(token);
    }
  });
});

describe('examples/school-72 through the loader', () => {
  it('loads with no diagnostics, all five roles, a WhatsApp and a Telegram channel', async () => {
    const { input, diagnostics, counts } = await loadSchoolFile(dir + 'school.yaml');
    expect(diagnostics).toEqual([]);
    expect(input).toBeDefined();
    expect(counts.people).toBeGreaterThanOrEqual(40);
    expect(counts.channels).toBeGreaterThanOrEqual(12);
    const roles = new Set(input!.people.flatMap((p) => p.roles));
    expect([...roles].sort()).toEqual(['administration', 'class-teacher', 'parent', 'student', 'teacher']);
    const registry = defaultRegistry();
    const messengers = new Set(
      input!.channels.map((c) => normalizePlatform(c.platform, c.link, registry).entry?.id),
    );
    expect(messengers).toContain('whatsapp');
    expect(messengers).toContain('telegram');
    expect(messengers).toContain('sferum');
    expect(input!.people.find((p) => p.id === 'p-044')?.eschool.role).toBe('ученик');
    expect(input!.channels.find((c) => c.id === 'c-13')?.content?.paymentDocuments).toBe(true);
  });
});
