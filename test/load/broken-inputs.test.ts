import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/index.js';
import { loadSchoolFile } from '../../src/node.js';

const B = 'test/fixtures/input/broken/';

/** code, file, line, column, pointer, a piece of the Russian message, a piece of the English one. */
type Expected = [
  Diagnostic['code'],
  string,
  number | undefined,
  number | undefined,
  string | undefined,
  string,
  string,
];

const pick = (d: Diagnostic): Expected => [
  d.code,
  d.file ?? '',
  d.line,
  d.column,
  d.pointer,
  d.message.ru,
  d.message.en,
];

function expectDiagnostics(actual: Diagnostic[], expected: Expected[]): void {
  expect(actual.map(pick).map(([c, f, l, col, p]) => [c, f, l, col, p])).toEqual(
    expected.map(([c, f, l, col, p]) => [c, f, l, col, p]),
  );
  expected.forEach(([, , , , , ru, en], i) => {
    expect(actual[i]?.message.ru).toContain(ru);
    expect(actual[i]?.message.en).toContain(en);
    // Members outside the roster are listed for a look, not an error.
    expect(actual[i]?.severity).toBe(actual[i]?.code === 'MEMBERS_OUTSIDE_ROSTER' ? 'info' : 'error');
  });
}

const cases: [string, Expected[]][] = [
  [
    'malformed.yaml',
    [['YAML_SYNTAX', `${B}malformed.yaml`, 4, 3, undefined, 'список в [ ] не закрыт', 'Flow sequence']],
  ],
  [
    'bad-syntax.json',
    [
      [
        'JSON_SYNTAX',
        `${B}bad-syntax.json`,
        5,
        3,
        undefined,
        'ожидался ключ в двойных кавычках',
        'trailing comma?',
      ],
    ],
  ],
  ['empty.yaml', [['FILE_EMPTY', `${B}empty.yaml`, undefined, undefined, undefined, 'пуст', 'is empty']]],
  [
    'comments-only.yaml',
    [['FILE_EMPTY', `${B}comments-only.yaml`, undefined, undefined, undefined, 'пуст', 'is empty']],
  ],
  [
    'alias-bomb.yaml',
    [['YAML_ALIAS_LIMIT', `${B}alias-bomb.yaml`, 3, 8, undefined, 'больше 100', 'more than 100']],
  ],
  [
    'duplicate-key.yaml',
    [
      [
        'YAML_DUPLICATE_KEY',
        `${B}duplicate-key.yaml`,
        4,
        3,
        undefined,
        'ключ «name» повторяется',
        'the key "name" is repeated',
      ],
    ],
  ],
  [
    'proto.yaml',
    [
      [
        'FORBIDDEN_KEY',
        `${B}proto.yaml`,
        5,
        3,
        '/school/__proto__',
        'ключ «__proto__» запрещён',
        'the key "__proto__" is forbidden',
      ],
      [
        'FORBIDDEN_KEY',
        `${B}proto.yaml`,
        10,
        31,
        '/people/0/profile/constructor',
        'ключ «constructor» запрещён',
        '"constructor" is forbidden',
      ],
    ],
  ],
  ['proto.json', [['FORBIDDEN_KEY', `${B}proto.json`, 3, 3, '/__proto__', '«__proto__»', '"__proto__"']]],
  [
    'wrong-types.yaml',
    [
      [
        'SCHEMA_VIOLATION',
        `${B}wrong-types.yaml`,
        6,
        17,
        '/school/sferum/registered',
        'должно быть логическим значением true или false',
        'must be a boolean',
      ],
      [
        'SCHEMA_VIOLATION',
        `${B}wrong-types.yaml`,
        7,
        19,
        '/school/sferum/registeredAt',
        'ГГГГ-ММ-ДД',
        'YYYY-MM-DD',
      ],
      [
        'SCHEMA_VIOLATION',
        `${B}wrong-types.yaml`,
        9,
        22,
        '/classes/0/grade',
        'должно быть целым числом',
        'must be an integer, got a string',
      ],
      [
        'SCHEMA_VIOLATION',
        `${B}wrong-types.yaml`,
        12,
        13,
        '/people/0/roles/0',
        'должно быть равно одному из разрешенных значений: administration, teacher, class-teacher, student, parent',
        'must be equal to one of the allowed values: administration, teacher, class-teacher, student, parent',
      ],
      [
        'SCHEMA_VIOLATION',
        `${B}wrong-types.yaml`,
        16,
        5,
        '/people/1/eschool',
        'нет обязательного поля «eschool»',
        'missing required property "eschool"',
      ],
      [
        'SCHEMA_VIOLATION',
        `${B}wrong-types.yaml`,
        17,
        12,
        '/people/1/roles',
        'должно быть списком',
        'must be a list (array), got a string',
      ],
    ],
  ],
  [
    'unknown-keys.yaml',
    [
      [
        'SCHEMA_VIOLATION',
        `${B}unknown-keys.yaml`,
        5,
        3,
        '/school/eschoolSystem',
        'неизвестный ключ «eschoolSystem»; возможно, имелось в виду «eSchoolSystem»',
        'did you mean "eSchoolSystem"?',
      ],
      [
        'SCHEMA_VIOLATION',
        `${B}unknown-keys.yaml`,
        8,
        3,
        '/people/delimitr',
        'возможно, имелось в виду «delimiter»',
        'unknown key "delimitr"; did you mean "delimiter"?',
      ],
      [
        'SCHEMA_VIOLATION',
        `${B}unknown-keys.yaml`,
        9,
        1,
        '/schoolYear',
        'допустимые ключи: schemaVersion, school,',
        'allowed keys: schemaVersion, school,',
      ],
    ],
  ],
  [
    'duplicate-ids.yaml',
    [
      [
        'DUPLICATE_ID',
        `${B}duplicate-ids.yaml`,
        4,
        9,
        '/classes/1/id',
        '«5А» уже использован в /classes/0/id (строка 3)',
        'id "5А" is already used at /classes/0/id (line 3)',
      ],
      [
        'DUPLICATE_ID',
        `${B}duplicate-ids.yaml`,
        7,
        11,
        '/documents/1/id',
        '«d-1» уже использован',
        'id "d-1" is already used',
      ],
      [
        'DUPLICATE_ID',
        `${B}duplicate-ids.yaml`,
        10,
        11,
        '/people/1/id',
        '«t-1» уже использован',
        'id "t-1" is already used',
      ],
      [
        'DUPLICATE_ID',
        `${B}duplicate-ids.yaml`,
        13,
        11,
        '/channels/1/id',
        '«c-1» уже использован',
        'id "c-1" is already used',
      ],
    ],
  ],
  [
    'unknown-references.yaml',
    [
      [
        'UNKNOWN_REFERENCE',
        `${B}unknown-references.yaml`,
        5,
        46,
        '/school/sferum/autoChannels/0',
        'нет канала «c-9» в реестре каналов',
        'no channel "c-9"',
      ],
      [
        'UNKNOWN_REFERENCE',
        `${B}unknown-references.yaml`,
        7,
        56,
        '/documents/0/supersedes',
        'нет документа «d-0»',
        'no document "d-0"',
      ],
      [
        'UNKNOWN_REFERENCE',
        `${B}unknown-references.yaml`,
        8,
        79,
        '/documents/1/appoints/0',
        'нет человека с идентификатором «x-1»',
        'no person with id "x-1"',
      ],
      ['UNKNOWN_REFERENCE', `${B}unknown-references.yaml`, 10, 17, '/admins/0/personId', '«x-2»', '"x-2"'],
      [
        'ROLE_MISMATCH',
        `${B}unknown-references.yaml`,
        10,
        58,
        '/admins/0/appointmentOrder',
        'имеет вид «other»',
        'is of kind "other"',
      ],
      [
        'UNKNOWN_REFERENCE',
        `${B}unknown-references.yaml`,
        13,
        40,
        '/records/statisticsReports/0/to',
        '«x-3»',
        '"x-3"',
      ],
      [
        'UNKNOWN_REFERENCE',
        `${B}unknown-references.yaml`,
        15,
        15,
        '/attestations/0/clause',
        'нет пункта «9.9.z»',
        'no clause "9.9.z"',
      ],
      ['UNKNOWN_REFERENCE', `${B}unknown-references.yaml`, 19, 85, '/channels/0/owner', '«x-4»', '"x-4"'],
      // A member the roster lacks is an outsider, listed for a look (info), not an error.
      [
        'MEMBERS_OUTSIDE_ROSTER',
        `${B}unknown-references.yaml`,
        19,
        99,
        '/channels/0/members',
        '«x-5»',
        '«x-5»',
      ],
      [
        'UNKNOWN_REFERENCE',
        `${B}unknown-references.yaml`,
        21,
        16,
        '/exports/0/channel',
        'нет канала «c-8»',
        'no channel "c-8"',
      ],
    ],
  ],
  [
    'parent-of-non-student.yaml',
    [
      [
        'ROLE_MISMATCH',
        `${B}parent-of-non-student.yaml`,
        7,
        21,
        '/people/2/parentOf/1',
        '«t-1» указан ребёнком, но у него нет роли student',
        '"t-1" is listed as a child but lacks the role student',
      ],
    ],
  ],
  [
    'class-teacher-unknown-class.yaml',
    [
      [
        'UNKNOWN_REFERENCE',
        `${B}class-teacher-unknown-class.yaml`,
        7,
        26,
        '/people/0/classTeacherOf/1',
        'нет класса «5Б» в списке classes',
        'no class "5Б" in classes',
      ],
      [
        'UNKNOWN_REFERENCE',
        `${B}class-teacher-unknown-class.yaml`,
        10,
        41,
        '/people/1/class',
        'нет класса «6В»',
        'no class "6В"',
      ],
    ],
  ],
  [
    'supersedes-cycle.yaml',
    [
      [
        'REFERENCE_CYCLE',
        `${B}supersedes-cycle.yaml`,
        3,
        62,
        '/documents/0/supersedes',
        'по кругу: d-1 → d-3 → d-2 → d-1',
        'in a cycle: d-1 → d-3 → d-2 → d-1',
      ],
    ],
  ],
  [
    'school-missing-file.yaml',
    [
      [
        'FILE_NOT_FOUND',
        `${B}school-missing-file.yaml`,
        3,
        9,
        '/people/file',
        `файл «нет-такого.csv» (путь: «${B}нет-такого.csv») не найден`,
        `file "нет-такого.csv" (resolved to "${B}нет-такого.csv") not found`,
      ],
    ],
  ],
  [
    'school-bad-rows.yaml',
    [
      [
        'CSV_VALUE_INVALID',
        `${B}bad-rows.csv`,
        3,
        15,
        '/people/1/profile/created',
        'столбец «Профиль создан»: «••••• ••ть» — не «да» и не «нет»',
        'column "Профиль создан": "••••• ••ть" is neither yes nor no',
      ],
      [
        'CSV_ROW_LENGTH',
        `${B}bad-rows.csv`,
        4,
        32,
        '/people/2',
        'в строке 7 ячеек, а в заголовке 6',
        'the row has 7 cells, the header has 6',
      ],
      [
        'CSV_VALUE_INVALID',
        `${B}bad-rows.csv`,
        5,
        5,
        '/people/3/roles',
        '«••••ег» — неизвестная роль',
        '"••••ег" is not a known role',
      ],
      [
        'CSV_VALUE_INVALID',
        `${B}bad-rows.csv`,
        5,
        21,
        '/people/3/profile/createdAt',
        '«••.••.••24» — не дата',
        '"••.••.••24" is not a date',
      ],
    ],
  ],
  [
    'school-unknown-header.yaml',
    [
      [
        'CSV_HEADER_UNKNOWN',
        `${B}unknown-header.csv`,
        1,
        35,
        undefined,
        'неизвестный столбец «Любимый предмет»',
        'unknown column "Любимый предмет"',
      ],
      [
        'CSV_HEADER_UNKNOWN',
        `${B}unknown-header.csv`,
        1,
        51,
        undefined,
        'неизвестный столбец «Клас»; возможно, имелось в виду «Класс» / «class»',
        'did you mean "class" ("Класс")?',
      ],
    ],
  ],
  [
    'school-missing-column.yaml',
    [
      [
        'CSV_HEADER_MISSING',
        `${B}missing-column.csv`,
        1,
        1,
        undefined,
        'нет обязательного столбца «Связь с ЭШ» / «eschool_linked»',
        'the required column "eschool_linked" ("Связь с ЭШ") is missing',
      ],
    ],
  ],
  [
    'school-unclosed-quote.yaml',
    [
      [
        'CSV_SYNTAX',
        `${B}unclosed-quote.csv`,
        2,
        1,
        undefined,
        'кавычка открыта и не закрыта',
        'a quote is opened and never closed',
      ],
    ],
  ],
  [
    'school-channels-bad-values.yaml',
    [
      [
        'CSV_VALUE_INVALID',
        `${B}channels-bad-values.csv`,
        2,
        22,
        '/channels/0/kind',
        '«•••••ка» — неизвестное значение (тип канала)',
        '"•••••ка" is not a known channel kind',
      ],
      [
        'CSV_VALUE_INVALID',
        `${B}channels-bad-values.csv`,
        2,
        39,
        '/channels/0/memberCounts/student',
        '«-•» — не целое неотрицательное число',
        'not a non-negative whole number',
      ],
      [
        'CSV_VALUE_INVALID',
        `${B}channels-bad-values.csv`,
        2,
        42,
        '/channels/0/createdAt',
        '«••••-••-01» — не дата',
        'is not a date',
      ],
      [
        'CSV_VALUE_INVALID',
        `${B}channels-bad-values.csv`,
        2,
        53,
        '/channels/0/content/personalData',
        '«••••да» — не «да» и не «нет»',
        'is neither yes nor no',
      ],
    ],
  ],
  [
    'school-csv-schema.yaml',
    [
      [
        'UNKNOWN_REFERENCE',
        `${B}csv-schema.csv`,
        3,
        15,
        '/people/1/parentOf/1',
        'нет человека с идентификатором «s-404»',
        'no person with id "s-404"',
      ],
    ],
  ],
];

describe('broken inputs: code, file, line:column, pointer, message', () => {
  it.each(cases)('%s', async (name, expected) => {
    const r = await loadSchoolFile(`${B}${name}`, { knownClauses: ['2.2.f'] });
    expectDiagnostics(r.diagnostics, expected);
    expect(r.input).toBeUndefined();
  });

  it('suggests a fix where the message alone is not enough', async () => {
    const { diagnostics } = await loadSchoolFile(`${B}wrong-types.yaml`);
    expect(diagnostics[1]?.hint).toEqual({ ru: 'напишите 2024-09-02', en: 'write 2024-09-02' });
    expect(diagnostics[0]?.hint?.ru).toContain('«да» и «нет» в YAML — это текст');
  });

  it('counts every row read, also from files with errors', async () => {
    expect((await loadSchoolFile(`${B}school-bad-rows.yaml`)).counts.people).toBe(4);
    expect((await loadSchoolFile(`${B}school-missing-column.yaml`)).counts.people).toBe(2);
    expect((await loadSchoolFile(`${B}school-unknown-header.yaml`)).counts.people).toBe(1);
  });
});
