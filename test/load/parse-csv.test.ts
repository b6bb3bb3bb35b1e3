import { describe, expect, it } from 'vitest';
import {
  CHANNEL_CSV_COLUMNS,
  PEOPLE_CSV_COLUMNS,
  parseChannelsCsv,
  parsePeopleCsv,
} from '../../src/index.js';
import { normalizeWord } from '../../src/load/csv-values.js';
import { encodeCp1251, encodeCsv } from './csv-helpers.js';

const HEADER_RU = ['ИД', 'ФИО', 'Роли', 'Класс', 'Профиль создан', 'Связь с ЭШ'];
const ROW = ['s-1', 'Щукин Юрий', 'ученик', '5А', 'да', 'нет'];
const EXPECTED = {
  id: 's-1',
  name: 'Щукин Юрий',
  roles: ['student'],
  class: '5А',
  profile: { created: true },
  eschool: { linked: false },
};

describe('parsePeopleCsv: encodings and delimiters', () => {
  it.each([
    [';', 'utf-8'],
    [';', 'utf-8-bom'],
    [';', 'windows-1251'],
    [',', 'utf-8'],
    [',', 'utf-8-bom'],
    [',', 'windows-1251'],
  ] as const)('delimiter %s, encoding %s: detected', (delimiter, encoding) => {
    const r = parsePeopleCsv(encodeCsv([HEADER_RU, ROW], { delimiter, encoding }), 'p.csv');
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toEqual([EXPECTED]);
    expect(r.rowCount).toBe(1);
    expect(r.locate('/0/class')).toEqual({ file: 'p.csv', line: 2, column: 23 });
  });

  it('reads the committed Windows-1251 fixture byte for byte', async () => {
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync('test/fixtures/input/good/people-cp1251.csv');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const r = parsePeopleCsv(bytes, 'people-cp1251.csv');
    expect(r.diagnostics).toEqual([]);
    expect(r.value?.map((p) => p.name)).toEqual(['Ёлкина Мария Сергеевна', 'Щукин Юрий', 'Щукина Эльвира']);
  });

  it('honours an explicit delimiter and encoding', () => {
    const bytes = encodeCp1251('ИД,Роли;Профиль создан;Связь с ЭШ\r\nт-1,x;да;да\r\n');
    // The header decides «,» by count here, but the reference says «;».
    const r = parsePeopleCsv(bytes, 'p.csv', { delimiter: ';', encoding: 'windows-1251' });
    expect(r.diagnostics.map((d) => [d.code, d.column])).toEqual([
      ['CSV_HEADER_UNKNOWN', 1],
      ['CSV_HEADER_MISSING', 1],
      ['CSV_HEADER_MISSING', 1],
    ]);
    expect(r.diagnostics[0]?.message.ru).toBe('неизвестный столбец «ИД,Роли»');
  });

  it('reports bytes that are not UTF-8 when UTF-8 is declared', () => {
    const r = parsePeopleCsv(encodeCp1251('ИД;Роли\r\n'), 'p.csv', { encoding: 'utf-8' });
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['ENCODING_INVALID', 1, 1]]);
  });

  it('refuses UTF-16 with a hint to save as CSV UTF-8', () => {
    const r = parsePeopleCsv(new Uint8Array([0xff, 0xfe, 0x41, 0x00]), 'p.csv');
    expect(r.diagnostics[0]?.code).toBe('ENCODING_INVALID');
    expect(r.diagnostics[0]?.message.ru).toContain('UTF-16');
  });

  it("follows Excel's sep= line", () => {
    const r = parsePeopleCsv('sep=,\nИД,Роли,Профиль создан,Связь с ЭШ\nt-1,учитель,да,да\n', 'p.csv');
    expect(r.diagnostics).toEqual([]);
    expect(r.value?.[0]?.roles).toEqual(['teacher']);
    expect(r.locate('/0/roles')).toEqual({ file: 'p.csv', line: 3, column: 5 });
  });

  it('keeps positions right after a quoted cell that spans lines and with CRLF, CR or LF', () => {
    const text =
      'ИД;ФИО;Роли;Профиль создан;Связь с ЭШ\r\nt-1;"Многострочное\r\nимя";учитель;да;да\rt-2;Б;ученег;да;да\n';
    const r = parsePeopleCsv(text, 'p.csv');
    expect(r.value?.[0]?.name).toBe('Многострочное\r\nимя');
    expect(r.diagnostics.map((d) => [d.code, d.pointer, d.line, d.column])).toEqual([
      ['CSV_VALUE_INVALID', '/1/roles', 4, 7],
    ]);
    expect(r.locate('/0/roles')).toEqual({ file: 'p.csv', line: 3, column: 6 });
  });
});

describe('parsePeopleCsv: headers', () => {
  it.each([
    ['ФИО', 'name'],
    ['Имя', 'name'],
    ['full_name', 'name'],
    ['  ид ', 'id'],
    ['ID', 'id'],
    ['Профиль защищен', 'profile/secured'],
    ['ПРОФИЛЬ  ЗАЩИЩЁН', 'profile/secured'],
    ['profileSecured', 'profile/secured'],
    ['profile-secured', 'profile/secured'],
    ['Классный руководитель (классы)', 'classTeacherOf'],
    ['class_teacher_of', 'classTeacherOf'],
    ['classTeacherOf', 'classTeacherOf'],
    ['Родитель учеников', 'parentOf'],
    ['parent_of', 'parentOf'],
    ['Связь с ЭШ', 'eschool/linked'],
    ['eschool_linked', 'eschool/linked'],
    ['Организация в ЭШ', 'eschool/organization'],
    ['Роль в ЭШ', 'eschool/role'],
  ])('«%s» names %s', (header, path) => {
    const column = PEOPLE_CSV_COLUMNS.find((c) =>
      [c.ru, c.en, ...c.aliases].some((a) => normalizeWord(a) === normalizeWord(header)),
    );
    expect(column?.path.join('/')).toBe(path);
  });

  it.each([
    ['people', PEOPLE_CSV_COLUMNS],
    ['channels', CHANNEL_CSV_COLUMNS],
  ] as const)('%s: no header spelling names two columns', (_name, columns) => {
    const seen = new Map<string, string>();
    for (const c of columns) {
      for (const a of [c.ru, c.en, ...c.aliases]) {
        const key = normalizeWord(a);
        expect(seen.get(key) ?? c.path.join('/'), `«${a}»`).toBe(c.path.join('/'));
        seen.set(key, c.path.join('/'));
      }
    }
  });

  it('reports a repeated column and reads the first one', () => {
    const r = parsePeopleCsv(
      'id;roles;Роли;profile_created;eschool_linked\nt-1;teacher;student;1;1\n',
      'p.csv',
    );
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['CSV_HEADER_DUPLICATE', 1, 10]]);
    expect(r.value?.[0]?.roles).toEqual(['teacher']);
  });

  it('ignores unnamed empty columns Excel leaves behind, but not unnamed columns with data', () => {
    const ok = parsePeopleCsv('id;roles;profile_created;eschool_linked;;\nt-1;teacher;1;1;;\n', 'p.csv');
    expect(ok.diagnostics).toEqual([]);
    const bad = parsePeopleCsv('id;roles;profile_created;eschool_linked;\nt-1;teacher;1;1;x\n', 'p.csv');
    expect(bad.diagnostics.map((d) => [d.code, d.column])).toEqual([['CSV_HEADER_UNKNOWN', 41]]);
    expect(bad.diagnostics[0]?.message.ru).toBe('у столбца 5 нет заголовка, но в нём есть данные');
  });

  it('lists every missing required column and reads no rows', () => {
    const r = parsePeopleCsv('ФИО;Класс\nА;5А\nБ;5А\n', 'p.csv');
    expect(r.diagnostics.map((d) => d.message.en)).toEqual([
      'the required column "id" ("ИД") is missing',
      'the required column "roles" ("Роли") is missing',
      'the required column "profile_created" ("Профиль создан") is missing',
      'the required column "eschool_linked" ("Связь с ЭШ") is missing',
    ]);
    expect(r.value).toEqual([]);
    expect(r.rowCount).toBe(2);
  });

  it('reports a file with only blank lines as empty', () => {
    expect(parsePeopleCsv('\r\n \r\n', 'p.csv').diagnostics.map((d) => d.code)).toEqual(['FILE_EMPTY']);
  });
});

describe('parsePeopleCsv: values', () => {
  const parse = (cells: Record<string, string>) => {
    const header = ['ИД', 'Роли', 'Профиль создан', 'Связь с ЭШ', ...Object.keys(cells)];
    const row = ['x-1', 'учитель', 'да', 'да', ...Object.values(cells)];
    return parsePeopleCsv(
      `${header.join(';')}\n${row.map((c) => (c.includes(';') ? `"${c}"` : c)).join(';')}\n`,
      'p.csv',
    );
  };

  it.each([
    ['да', true],
    ['Да', true],
    ['YES', true],
    ['true', true],
    ['ИСТИНА', true],
    ['1', true],
    ['+', true],
    ['нет', false],
    ['no', false],
    ['FALSE', false],
    ['ЛОЖЬ', false],
    ['0', false],
    ['-', false],
  ])('boolean «%s» → %s', (cell, value) => {
    expect(parse({ 'Профиль защищён': cell }).value?.[0]?.profile.secured).toBe(value);
  });

  it('an empty cell is «нет» in a required yes/no column and absent in an optional one', () => {
    const r = parsePeopleCsv('ИД;Роли;Профиль создан;Связь с ЭШ;Профиль защищён\nx-1;ученик;;;\n', 'p.csv');
    expect(r.value?.[0]).toEqual({
      id: 'x-1',
      roles: ['student'],
      profile: { created: false },
      eschool: { linked: false },
    });
  });

  it.each([
    ['администрация', ['administration']],
    ['учитель', ['teacher']],
    ['педагог', ['teacher']],
    ['классный руководитель', ['class-teacher']],
    ['ученик', ['student']],
    ['обучающийся', ['student']],
    ['родитель', ['parent']],
    ['законный представитель', ['parent']],
    ['Учитель, Классный руководитель', ['teacher', 'class-teacher']],
    ['teacher|class-teacher', ['teacher', 'class-teacher']],
    ['учитель; педагог', ['teacher']],
  ])('roles «%s»', (cell, roles) => {
    const r = parsePeopleCsv(`ИД;Роли;Профиль создан;Связь с ЭШ\nx-1;"${cell}";да;да\n`, 'p.csv');
    expect(r.diagnostics).toEqual([]);
    expect(r.value?.[0]?.roles).toEqual(roles);
  });

  it.each([
    ['2024-09-01', '2024-09-01'],
    ['01.09.2024', '2024-09-01'],
    ['1.9.2024', '2024-09-01'],
    ['29.02.2024', '2024-02-29'],
  ])('date «%s» → %s', (cell, iso) => {
    expect(parse({ 'Дата создания профиля': cell }).value?.[0]?.profile.createdAt).toBe(iso);
  });

  it.each(['29.02.2023', '2024-9-1', '2024/09/01', 'вчера'])('date «%s» is an error at its cell', (cell) => {
    const r = parse({ 'Дата создания профиля': cell });
    expect(r.diagnostics.map((d) => [d.code, d.pointer, d.line, d.column])).toEqual([
      ['CSV_VALUE_INVALID', '/0/profile/createdAt', 2, 19],
    ]);
  });

  it('splits list cells on , ; and |', () => {
    expect(parse({ 'Родитель учеников': 's-1, s-2 ;s-3| s-4' }).value?.[0]?.parentOf).toEqual([
      's-1',
      's-2',
      's-3',
      's-4',
    ]);
  });

  it('reports an empty id and a row with too few cells', () => {
    const r = parsePeopleCsv('ИД;Роли;Профиль создан;Связь с ЭШ\n;учитель;да;да\nx-2;учитель;да\n', 'p.csv');
    expect(r.diagnostics.map((d) => [d.code, d.pointer, d.line, d.column])).toEqual([
      ['CSV_VALUE_INVALID', '/0/id', 2, 1],
      ['CSV_ROW_LENGTH', '/1', 3, 13],
    ]);
    expect(r.rowCount).toBe(2);
  });

  it('quotes at most 40 characters of a bad cell in the message, masked', () => {
    const r = parsePeopleCsv(
      `ИД;Роли;Профиль создан;Связь с ЭШ\nx-1;учитель;${'д'.repeat(5000)};да\n`,
      'p.csv',
    );
    expect(r.diagnostics.map((d) => d.code)).toEqual(['CSV_VALUE_INVALID']);
    expect(r.diagnostics[0]!.message.ru.length).toBeLessThan(140);
    expect(r.diagnostics[0]!.message.ru).toContain(`«${'•'.repeat(37)}дд…»`);
  });

  it('checks rows against the person schema and maps the error to the cell', () => {
    const r = parsePeopleCsv(
      `ИД;Роли;Класс;Профиль создан;Связь с ЭШ\nx-1;ученик;${'5'.repeat(201)};да;да\n`,
      'p.csv',
    );
    expect(r.diagnostics.map((d) => [d.code, d.pointer, d.line, d.column])).toEqual([
      ['SCHEMA_VIOLATION', '/0/class', 2, 12],
    ]);
    expect(r.diagnostics[0]?.message.ru).toContain('не длиннее, чем 200');
  });
});

describe('parseChannelsCsv', () => {
  it('reads Russian headers and values and generates ids for rows without one', () => {
    const text = [
      'Название;Мессенджер;Ссылка;Тип;Назначение;Класс;Владелец;Участники;Учеников;Родителей;Учителей;Создан автоматически;Создан;Последняя активность;Персональные данные;Платёжные документы;Банковские реквизиты',
      'Родители 5А;ватсап;;беседа;родительский;5А;t-1;t-1, p-1;0;25;1;нет;01.09.2024;2025-10-01;да;да;нет',
      'Учителя;Сферум;;канал;педколлектив;;;;;;;да;;;;;',
    ].join('\r\n');
    const r = parseChannelsCsv(text, 'c.csv');
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toEqual([
      {
        id: 'ch-1',
        title: 'Родители 5А',
        platform: 'ватсап',
        kind: 'chat',
        purpose: 'parents',
        class: '5А',
        owner: 't-1',
        members: ['t-1', 'p-1'],
        memberCounts: { student: 0, parent: 25, teacher: 1 },
        autoCreated: false,
        createdAt: '2024-09-01',
        lastActivityAt: '2025-10-01',
        content: { personalData: true, paymentDocuments: true, bankDetails: false },
      },
      {
        id: 'ch-2',
        title: 'Учителя',
        platform: 'Сферум',
        kind: 'channel',
        purpose: 'staff',
        autoCreated: true,
      },
    ]);
    expect(r.locate('/1/purpose')).toEqual({ file: 'c.csv', line: 3, column: 23 });
    expect(r.locate('/0/memberCounts/parent')).toEqual({ file: 'c.csv', line: 2, column: 59 });
  });

  it('requires title, platform, kind and purpose', () => {
    const r = parseChannelsCsv('Название,Ссылка\nx,y\n', 'c.csv');
    expect(r.diagnostics.map((d) => d.code)).toEqual([
      'CSV_HEADER_MISSING',
      'CSV_HEADER_MISSING',
      'CSV_HEADER_MISSING',
    ]);
  });
});
