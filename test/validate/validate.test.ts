import { describe, expect, it } from 'vitest';
import { checkReferences, validate, type Diagnostic } from '../../src/index.js';
import { getValidators } from '../../src/validate/index.js';
import { suggestKey } from '../../src/validate/suggest-key.js';

const SCHOOL = { name: 'МБОУ СОШ № 1', region: 'Новосибирская область', municipality: 'г. Новосибирск' };
const person = (id: string, roles: string[], extra: Record<string, unknown> = {}) => ({
  id,
  roles,
  profile: { created: true },
  eschool: { linked: true },
  ...extra,
});
const brief = (ds: Diagnostic[]) => ds.map((d) => [d.code, d.pointer]);

describe('validate: schema', () => {
  it('accepts a minimal school', () => {
    expect(validate({ school: SCHOOL })).toEqual([]);
  });

  it('returns every problem of a document with several errors, not just the first', () => {
    const doc = {
      schemaVersion: 2,
      school: { ...SCHOOL, name: '  ', sferum: { registered: 'yes' } },
      classes: [{ id: '5А', grade: 13 }],
      people: [person('t-1', ['teachr']), { id: 't-2', roles: [] }],
      channels: [
        {
          id: 'c-1',
          title: 'x',
          platform: 'Сферум',
          kind: 'chatroom',
          purpose: 'class',
          memberCounts: { pupils: 3 },
        },
      ],
      extra: true,
    };
    // ajv's order: unknown keys first at each level, then the properties in schema order.
    expect(brief(validate(doc))).toEqual([
      ['SCHEMA_VIOLATION', '/extra'],
      ['SCHEMA_VIOLATION', '/schemaVersion'],
      ['SCHEMA_VIOLATION', '/school/name'],
      ['SCHEMA_VIOLATION', '/school/sferum/registered'],
      ['SCHEMA_VIOLATION', '/classes/0/grade'],
      ['SCHEMA_VIOLATION', '/people/0/roles/0'],
      ['SCHEMA_VIOLATION', '/people/1/profile'],
      ['SCHEMA_VIOLATION', '/people/1/eschool'],
      ['SCHEMA_VIOLATION', '/people/1/roles'],
      ['SCHEMA_VIOLATION', '/channels/0/kind'],
      ['SCHEMA_VIOLATION', '/channels/0/memberCounts/pupils'],
    ]);
  });

  it.each([
    [{ school: { ...SCHOOL, name: '' } }, '/school/name', 'не должно быть пустым', 'must not be blank'],
    [
      { schemaVersion: 2, school: SCHOOL },
      '/schemaVersion',
      'должно быть равно заданному значению: 1',
      'must be equal to constant: 1',
    ],
    [
      { school: SCHOOL, classes: [{ id: '5А', grade: 13 }] },
      '/classes/0/grade',
      'должно быть <= 12',
      'must be <= 12',
    ],
    [
      { school: SCHOOL, people: [person('t', ['teacher', 'teacher'])] },
      '/people/0/roles',
      'не должно иметь повторяющихся элементов',
      'must NOT have duplicate items',
    ],
    [
      { school: SCHOOL, people: [person('t', [])] },
      '/people/0/roles',
      'должно иметь не менее, чем 1 элемент',
      'must NOT have fewer than 1 items',
    ],
    [
      { school: SCHOOL, people: 'people.csv' },
      '/people',
      'должно быть объектом с ключами (object), а здесь строка',
      'must be an object with keys, got a string',
    ],
    [
      { school: SCHOOL, documents: [{ id: 'd', kind: 'order', title: 't' }] },
      '/documents/0/kind',
      'одному из разрешенных значений: regulation, order-platform-use,',
      'one of the allowed values: regulation, order-platform-use,',
    ],
    [
      { school: SCHOOL, records: { controlReviews: [{ date: '2025-02-30' }] } },
      '/records/controlReviews/0/date',
      'ГГГГ-ММ-ДД',
      'YYYY-MM-DD',
    ],
  ])('%# %s: says what was expected', (doc, pointer, ru, en) => {
    const [d, ...rest] = validate(doc);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'SCHEMA_VIOLATION', severity: 'error', pointer });
    expect(d?.message.ru).toContain(ru);
    expect(d?.message.en).toContain(en);
  });

  it('names an unknown key and suggests the closest known one', () => {
    const [d] = validate({ school: { ...SCHOOL, municipalty: 'x' } });
    expect(d).toMatchObject({
      pointer: '/school/municipalty',
      message: {
        ru: 'неизвестный ключ «municipalty»; возможно, имелось в виду «municipality»',
        en: 'unknown key "municipalty"; did you mean "municipality"?',
      },
      hint: { ru: 'переименуйте ключ в «municipality»', en: 'rename the key to "municipality"' },
    });
  });

  it('suggests camelCase keys for snake_case and different case', () => {
    expect(suggestKey('class_teacher_of', ['class', 'classTeacherOf', 'parentOf'])).toBe('classTeacherOf');
    expect(suggestKey('ESCHOOL', ['eschool', 'profile'])).toBe('eschool');
    expect(suggestKey('colour', ['id', 'roles'])).toBeUndefined();
  });

  it('positions diagnostics with locate and unknown keys with locateKey', () => {
    const calls: string[] = [];
    const [d] = validate(
      { school: { ...SCHOOL, colour: 1 } },
      {
        file: 'school.yaml',
        locate: (p) => {
          calls.push(`value ${p}`);
          return { file: 'school.yaml', line: 1, column: 1 };
        },
        locateKey: (p) => {
          calls.push(`key ${p}`);
          return { file: 'school.yaml', line: 7, column: 3 };
        },
      },
    );
    expect(d).toMatchObject({ file: 'school.yaml', line: 7, column: 3, pointer: '/school/colour' });
    expect(calls).toEqual(['key /school/colour']);
  });

  it('puts the file on diagnostics locate cannot place', () => {
    expect(validate({ school: 1 }, { file: 'x.json' })).toMatchObject([
      { file: 'x.json', pointer: '/school' },
    ]);
    expect(validate({ school: 1 })[0]).not.toHaveProperty('file');
  });

  it('does not throw on values that are not school files', () => {
    for (const doc of [
      null,
      undefined,
      42,
      'x',
      [],
      [{ school: SCHOOL }],
      { school: SCHOOL, people: [null, 1, 'x'] },
    ]) {
      const found = validate(doc);
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((d) => d.code === 'SCHEMA_VIOLATION')).toBe(true);
    }
  });

  it('compiles the schemas once', () => {
    expect(getValidators()).toBe(getValidators());
  });
});

describe('validate: cross references', () => {
  const base = {
    school: { ...SCHOOL, sferum: { registered: true, autoChannels: ['c-1'] } },
    classes: [{ id: '5А', classTeacher: 't-1' }],
    documents: [
      { id: 'ord', kind: 'order-admin-appointment', title: 'О назначении', appoints: ['a-1'] },
      { id: 'reg-2', kind: 'regulation', title: 'Порядок', supersedes: 'reg-1' },
      { id: 'reg-1', kind: 'regulation', title: 'Порядок' },
    ],
    admins: [{ personId: 'a-1', appointmentOrder: 'ord', appointedByAdmin: 'a-1', registered: true }],
    records: { statisticsReports: [{ date: '2025-01-01', by: 'a-1', to: 'a-1', document: 'ord' }] },
    attestations: [{ clause: '2.2.f', answer: 'yes', by: 'директор', date: '2025-01-01' }],
    people: [
      person('a-1', ['administration']),
      person('t-1', ['teacher', 'class-teacher'], { classTeacherOf: ['5А'] }),
      person('s-1', ['student'], { class: '5А' }),
      person('p-1', ['parent'], { parentOf: ['s-1'] }),
    ],
    channels: [
      {
        id: 'c-1',
        title: '5А',
        platform: 'Сферум',
        kind: 'chat',
        purpose: 'class',
        class: '5А',
        owner: 't-1',
        members: ['s-1'],
      },
    ],
    exports: [{ channel: 'c-1', file: 'c-1.txt' }],
  };

  it('accepts a consistent school', () => {
    expect(validate(base, { knownClauses: ['2.2.f'] })).toEqual([]);
  });

  // Mutations below reach into the document freely; the document's shape is what is under test.
  // biome-ignore lint/suspicious/noExplicitAny: the tests break the document's shape on purpose
  type Doc = any;
  const clone = (): Doc => structuredClone(base);

  it.each([
    ['admins[].personId', (d: Doc) => (d.admins[0]!.personId = 'zz'), '/admins/0/personId'],
    [
      'admins[].appointedByAdmin',
      (d: Doc) => (d.admins[0]!.appointedByAdmin = 'zz'),
      '/admins/0/appointedByAdmin',
    ],
    ['people[].parentOf', (d: Doc) => (d.people[3]!.parentOf = ['zz']), '/people/3/parentOf/0'],
    ['classes[].classTeacher', (d: Doc) => (d.classes[0]!.classTeacher = 'zz'), '/classes/0/classTeacher'],
    ['channels[].owner', (d: Doc) => (d.channels[0]!.owner = 'zz'), '/channels/0/owner'],
    ['documents[].appoints', (d: Doc) => (d.documents[0]!.appoints = ['zz']), '/documents/0/appoints/0'],
    [
      'records by',
      (d: Doc) => (d.records.statisticsReports[0]!.by = 'zz'),
      '/records/statisticsReports/0/by',
    ],
    [
      'records to',
      (d: Doc) => (d.records.statisticsReports[0]!.to = 'zz'),
      '/records/statisticsReports/0/to',
    ],
  ])('unknown person in %s', (_what, mutate, pointer) => {
    const doc = clone();
    mutate(doc);
    const found = validate(doc);
    expect(brief(found)).toContainEqual(['UNKNOWN_REFERENCE', pointer]);
    const d = found.find((x) => x.pointer === pointer)!;
    expect(d.message).toEqual({
      ru: 'нет человека с идентификатором «zz» в списке людей',
      en: 'no person with id "zz" in the roster',
    });
  });

  it.each([
    [
      'sferum.autoChannels',
      (d: Doc) => (d.school.sferum.autoChannels = ['zz']),
      'UNKNOWN_REFERENCE',
      '/school/sferum/autoChannels/0',
    ],
    [
      'exports[].channel',
      (d: Doc) => (d.exports[0]!.channel = 'zz'),
      'UNKNOWN_REFERENCE',
      '/exports/0/channel',
    ],
    [
      'records document',
      (d: Doc) => (d.records.statisticsReports[0]!.document = 'zz'),
      'UNKNOWN_REFERENCE',
      '/records/statisticsReports/0/document',
    ],
    [
      'supersedes',
      (d: Doc) => (d.documents[1]!.supersedes = 'zz'),
      'UNKNOWN_REFERENCE',
      '/documents/1/supersedes',
    ],
    [
      'appointmentOrder unknown',
      (d: Doc) => (d.admins[0]!.appointmentOrder = 'zz'),
      'UNKNOWN_REFERENCE',
      '/admins/0/appointmentOrder',
    ],
    [
      'appointmentOrder kind',
      (d: Doc) => (d.admins[0]!.appointmentOrder = 'reg-1'),
      'ROLE_MISMATCH',
      '/admins/0/appointmentOrder',
    ],
    [
      'student in unknown class',
      (d: Doc) => (d.people[2]!.class = '9Я'),
      'UNKNOWN_REFERENCE',
      '/people/2/class',
    ],
    [
      'class teacher of unknown class',
      (d: Doc) => (d.people[1]!.classTeacherOf = ['9Я']),
      'UNKNOWN_REFERENCE',
      '/people/1/classTeacherOf/0',
    ],
    [
      'channel of unknown class',
      (d: Doc) => (d.channels[0]!.class = '9Я'),
      'UNKNOWN_REFERENCE',
      '/channels/0/class',
    ],
    [
      'parent of a non-student',
      (d: Doc) => (d.people[3]!.parentOf = ['t-1']),
      'ROLE_MISMATCH',
      '/people/3/parentOf/0',
    ],
    ['own parent', (d: Doc) => (d.people[3]!.parentOf = ['p-1']), 'REFERENCE_CYCLE', '/people/3/parentOf/0'],
    [
      'self-superseding',
      (d: Doc) => (d.documents[2] = { ...d.documents[2]!, supersedes: 'reg-2' }),
      'REFERENCE_CYCLE',
      '/documents/1/supersedes',
    ],
    ['duplicate admin', (d: Doc) => d.admins.push({ ...d.admins[0]! }), 'DUPLICATE_ID', '/admins/1/personId'],
  ])('%s', (_what, mutate, code, pointer) => {
    const doc = clone();
    mutate(doc);
    const errors = validate(doc).filter((d) => d.severity === 'error');
    expect(brief(errors)).toEqual([[code, pointer]]);
  });

  it('reports attestation clauses not in knownClauses only when they are given', () => {
    const doc = clone();
    doc.attestations[0]!.clause = '7.7';
    expect(validate(doc)).toEqual([]);
    expect(brief(validate(doc, { knownClauses: ['2.2.f'] }))).toEqual([
      ['UNKNOWN_REFERENCE', '/attestations/0/clause'],
    ]);
  });

  it('warns when roles do not match the lists a person carries', () => {
    const doc = clone();
    doc.people[1]!.roles = ['teacher'];
    doc.people[0].parentOf = ['s-1'];
    expect(validate(doc).map((d) => [d.code, d.severity, d.pointer])).toEqual([
      ['ROLE_MISMATCH', 'warning', '/people/0/parentOf'],
      ['ROLE_MISMATCH', 'warning', '/people/1/classTeacherOf'],
      ['ROLE_MISMATCH', 'warning', '/classes/0/classTeacher'],
    ]);
  });

  it('takes classes from the roster when none are declared, and only warns then', () => {
    const doc = clone();
    delete doc.classes;
    doc.people[1]!.classTeacherOf = ['5А', '6Б'];
    expect(validate(doc).map((d) => [d.code, d.severity, d.pointer])).toEqual([
      ['UNKNOWN_REFERENCE', 'warning', '/people/1/classTeacherOf/1'],
    ]);
  });

  it('skips person references while the roster is still a file reference', () => {
    const doc = { ...clone(), people: { file: 'people.csv' }, channels: { file: 'channels.csv' } };
    expect(validate(doc)).toEqual([]);
  });

  it('treats an absent roster as empty: references to people dangle', () => {
    const doc = { school: SCHOOL, admins: [{ personId: 'a-1', registered: true }] };
    expect(brief(validate(doc))).toEqual([['UNKNOWN_REFERENCE', '/admins/0/personId']]);
  });

  it('reports each supersede cycle once, at the first document in the file', () => {
    const docs = ['a', 'b', 'c'].map((id, i, all) => ({
      id,
      kind: 'regulation',
      title: 'П',
      supersedes: all[(i + 1) % 3],
    }));
    const found = checkReferences({ school: SCHOOL, documents: docs });
    expect(brief(found)).toEqual([['REFERENCE_CYCLE', '/documents/0/supersedes']]);
    expect(found[0]?.message.en).toBe('documents supersede each other in a cycle: a → b → c → a');
  });
});
