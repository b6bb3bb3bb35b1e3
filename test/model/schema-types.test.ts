/**
 * Proves that `src/model/types.ts` and the JSON Schemas describe the same shapes:
 * 1. each sample is typed `satisfies DeepRequired<T>`: tsc (npm run typecheck) rejects a sample
 *    with a property the type lacks or without one of the type's properties;
 * 2. ajv accepts each sample: with `additionalProperties: false` everywhere, the schema therefore
 *    has every property of the type;
 * 3. a walk over the schema's `properties` finds each in the sample: the schema has no property
 *    the type lacks;
 * 4. `required` lists and enums equal lists that tsc checks against the types.
 */
import { describe, expect, it } from 'vitest';
import type {
  AttestationAnswer,
  Channel,
  ChannelKind,
  ChannelPurpose,
  DocumentKind,
  FileReference,
  Person,
  PersonRole,
  SchoolFile,
} from '../../src/model/types.js';
import {
  channelSchema,
  commonSchema,
  getValidators,
  personSchema,
  schoolSchema,
} from '../../src/validate/index.js';

type DeepRequired<T> = T extends readonly (infer U)[]
  ? DeepRequired<U>[]
  : T extends object
    ? { [K in keyof T]-?: DeepRequired<Exclude<T[K], undefined>> }
    : T;
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
type Equal<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

const person = {
  id: 'p-1',
  name: 'Имя',
  roles: ['parent'],
  position: 'родитель',
  class: '5А',
  classTeacherOf: ['5А'],
  parentOf: ['s-1'],
  phone: '+7 900 000-00-00',
  profile: { created: true, secured: true, twoFactor: true, createdAt: '2024-09-01' },
  eschool: { linked: true, organization: '1000001', role: 'родитель' },
} satisfies DeepRequired<Person>;

const channel = {
  id: 'c-1',
  title: '5А',
  platform: 'Сферум',
  link: 'https://sferum.ru/?p=messages&join=abc',
  kind: 'chat',
  purpose: 'class',
  class: '5А',
  owner: 'p-1',
  members: ['p-1'],
  otherMembers: 0,
  memberCounts: { administration: 1, teacher: 2, 'class-teacher': 1, student: 25, parent: 30, other: 0 },
  autoCreated: true,
  createdAt: '2024-09-02',
  lastActivityAt: '2025-10-01',
  content: { personalData: false, paymentDocuments: false, bankDetails: false },
} satisfies DeepRequired<Channel>;

const fileReference = {
  file: 'people.csv',
  delimiter: ';',
  encoding: 'windows-1251',
} satisfies DeepRequired<FileReference>;

const record = {
  id: 'r-1',
  date: '2025-10-01',
  title: 'Отчёт',
  by: 'p-1',
  to: 'p-1',
  document: 'd-1',
  evidence: 'папка 3',
};

const school = {
  schemaVersion: 1,
  regulation: { edition: '2024' },
  school: {
    id: '5401000001',
    name: 'МБОУ СОШ № 1',
    shortName: 'СОШ № 1',
    region: 'Новосибирская область',
    municipality: 'г. Новосибирск',
    eSchoolSystem: 'ГИС «Электронная школа НСО»',
    eSchoolOrganizationId: '1000001',
    sferum: {
      registered: true,
      organizationId: 'sf-1',
      applicationPhone: '+7 900 000-00-00',
      registeredAt: '2024-09-02',
      profile: { filled: true, fields: ['address'], updatedAt: '2025-09-01' },
      autoChannels: ['c-1'],
    },
  },
  classes: [{ id: '5А', grade: 5, classTeacher: 'p-1' }],
  documents: [
    {
      id: 'd-1',
      kind: 'order-admin-appointment',
      title: 'О назначении',
      number: '102/2-од',
      date: '2024-08-30',
      approvedBy: { position: 'директор', name: 'Имя' },
      approvalOrder: { number: '102/2-од', date: '2024-08-30' },
      councils: [{ body: 'pedagogical', bodyName: 'Педсовет', protocolNumber: '1', date: '2024-08-30' }],
      effectiveFrom: '2024-09-01',
      supersedes: 'd-1',
      appoints: ['p-1'],
      evidence: 'scan.pdf',
    },
  ],
  admins: [
    {
      personId: 'p-1',
      appointmentOrder: 'd-1',
      appointedByAdmin: 'p-1',
      registered: true,
      registeredAt: '2024-09-02',
      registrationPhone: '+7 900 000-00-00',
      security: { twoFactor: true, recoveryContact: true, reviewedAt: '2025-09-01' },
    },
  ],
  records: {
    chatStrategy: [record],
    informationMaterials: [record],
    controlReviews: [record],
    statisticsReports: [record],
  },
  attestations: [
    {
      clause: '2.2.f',
      answer: 'yes',
      by: 'p-1',
      date: '2025-10-01',
      validUntil: '2026-10-01',
      evidence: 'протокол',
      comment: 'ok',
    },
  ],
  people: [person],
  channels: [channel],
  exports: [{ channel: 'c-1', file: 'c-1.txt', format: 'whatsapp-txt' }],
} satisfies DeepRequired<SchoolFile>;

// Required keys and enums, checked by tsc against the types (a `false` here fails typecheck).
const REQUIRED = {
  SchoolFile: ['school'] as const,
  Person: ['id', 'roles', 'profile', 'eschool'] as const,
  Channel: ['id', 'title', 'platform', 'kind', 'purpose'] as const,
  FileReference: ['file'] as const,
};
const ENUMS = {
  role: ['administration', 'teacher', 'class-teacher', 'student', 'parent'] as const,
  kind: ['chat', 'channel', 'call', 'group'] as const,
  purpose: [
    'class',
    'parents',
    'subject',
    'educational',
    'administrative',
    'staff',
    'official',
    'other',
  ] as const,
  documentKind: [
    'regulation',
    'order-platform-use',
    'order-admin-appointment',
    'chat-strategy',
    'other',
  ] as const,
  answer: ['yes', 'no', 'partial', 'not-applicable'] as const,
};
const typeChecks: [
  Equal<(typeof REQUIRED.SchoolFile)[number], RequiredKeys<SchoolFile>>,
  Equal<(typeof REQUIRED.Person)[number], RequiredKeys<Person>>,
  Equal<(typeof REQUIRED.Channel)[number], RequiredKeys<Channel>>,
  Equal<(typeof REQUIRED.FileReference)[number], RequiredKeys<FileReference>>,
  Equal<(typeof ENUMS.role)[number], PersonRole>,
  Equal<(typeof ENUMS.kind)[number], ChannelKind>,
  Equal<(typeof ENUMS.purpose)[number], ChannelPurpose>,
  Equal<(typeof ENUMS.documentKind)[number], DocumentKind>,
  Equal<(typeof ENUMS.answer)[number], AttestationAnswer>,
] = [true, true, true, true, true, true, true, true, true];

type Schema = Record<string, unknown>;
const documents: Record<string, Schema> = {
  'school.schema.json': schoolSchema,
  'person.schema.json': personSchema,
  'channel.schema.json': channelSchema,
  'common.schema.json': commonSchema,
};

/** Resolves `$ref` chains (local or to a sibling schema file) to the schema object they name. */
function resolve(schema: Schema, doc: string): { schema: Schema; doc: string } {
  let cur = schema;
  let curDoc = doc;
  while (typeof cur.$ref === 'string') {
    const [file, fragment = ''] = cur.$ref.split('#');
    if (file) curDoc = file;
    let target: unknown = documents[curDoc];
    for (const seg of fragment.split('/').filter(Boolean)) target = (target as Schema)[seg];
    cur = target as Schema;
  }
  return { schema: cur, doc: curDoc };
}

/** Every property the schema names must exist in the sample (the schema adds nothing). */
function walk(schema: Schema, doc: string, sample: unknown, path: string, seen: string[]): void {
  const r = resolve(schema, doc);
  const s = r.schema;
  if (s.if && Array.isArray(sample)) {
    walk(s.then as Schema, r.doc, sample, path, seen);
    return;
  }
  if (s.if) {
    walk(s.else as Schema, r.doc, sample, path, seen);
    return;
  }
  if (s.properties) {
    expect(s.additionalProperties, `${path}: additionalProperties`).toBe(false);
    for (const [key, sub] of Object.entries(s.properties as Record<string, Schema>)) {
      const p = `${path}/${key}`;
      expect(sample, `${p}: the schema has a property the sample (the type) lacks`).toHaveProperty([key]);
      seen.push(p);
      walk(sub, r.doc, (sample as Record<string, unknown>)[key], p, seen);
    }
  }
  if (s.items) {
    expect(Array.isArray(sample) && sample.length > 0, `${path}: sample list`).toBe(true);
    walk(s.items as Schema, r.doc, (sample as unknown[])[0], `${path}/0`, seen);
  }
}

describe('types and schemas agree', () => {
  it('typechecks the required keys and enums against the model types', () => {
    expect(typeChecks.every(Boolean)).toBe(true);
  });

  it.each([
    ['SchoolFile', 'school', school],
    ['Person', 'person', person],
    ['Channel', 'channel', channel],
    ['FileReference', 'fileReference', fileReference],
  ] as const)('ajv accepts the fully populated %s sample', (_name, validator, sample) => {
    const fn = getValidators()[validator];
    expect(fn(sample), JSON.stringify(fn.errors)).toBe(true);
  });

  it.each([
    ['school.schema.json', school],
    ['person.schema.json', person],
    ['channel.schema.json', channel],
  ] as const)('every property of %s exists in the sample', (doc, sample) => {
    const seen: string[] = [];
    walk(documents[doc] as Schema, doc, sample, '', seen);
    expect(seen.length).toBeGreaterThan(10);
  });

  it('the file-reference branch of people/channels names exactly FileReference', () => {
    const seen: string[] = [];
    walk({ $ref: 'common.schema.json#/$defs/fileReference' }, 'school.schema.json', fileReference, '', seen);
    expect(seen.sort()).toEqual(['/delimiter', '/encoding', '/file']);
  });

  it.each([
    ['SchoolFile', schoolSchema, REQUIRED.SchoolFile],
    ['Person', personSchema, REQUIRED.Person],
    ['Channel', channelSchema, REQUIRED.Channel],
    [
      'FileReference',
      resolve({ $ref: 'common.schema.json#/$defs/fileReference' }, 'x').schema,
      REQUIRED.FileReference,
    ],
  ] as const)('%s: the schema requires exactly the non-optional properties', (_name, schema, keys) => {
    expect([...((schema as Schema).required as string[])].sort()).toEqual([...keys].sort());
  });

  it.each([
    ['role', { $ref: 'common.schema.json#/$defs/personRole' }, ENUMS.role],
    ['kind', { $ref: 'channel.schema.json' }, ENUMS.kind],
    ['purpose', { $ref: 'channel.schema.json' }, ENUMS.purpose],
    ['documentKind', { $ref: 'school.schema.json#/$defs/document' }, ENUMS.documentKind],
    ['answer', { $ref: 'school.schema.json#/$defs/attestation' }, ENUMS.answer],
  ] as const)('enum %s equals the TypeScript union', (name, ref, values) => {
    const s = resolve(ref as Schema, 'school.schema.json').schema;
    const props = s.properties as Record<string, Schema> | undefined;
    const key = { role: '', kind: 'kind', purpose: 'purpose', documentKind: 'kind', answer: 'answer' }[name];
    const target = key ? (props?.[key] as Schema) : s;
    expect(target.enum).toEqual([...values]);
  });

  it('rejects an unknown key at every object level of the sample', () => {
    const { school: validate } = getValidators();
    const objects: string[] = [];
    const visit = (value: unknown, path: string[]): void => {
      if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, String(i)]));
      else if (value && typeof value === 'object') {
        objects.push(path.join('/'));
        for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
      }
    };
    visit(school, []);
    for (const at of objects) {
      const copy = structuredClone(school) as Record<string, unknown>;
      let target: Record<string, unknown> = copy;
      for (const seg of at.split('/').filter(Boolean)) target = target[seg] as Record<string, unknown>;
      target.unexpectedKey = 1;
      expect(validate(copy), `extra key accepted at /${at}`).toBe(false);
    }
    expect(objects.length).toBeGreaterThan(20);
  });
});

describe('bilingual annotations', () => {
  it('every title has an English twin and every description too', () => {
    const missing: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (Array.isArray(node)) {
        node.forEach((n, i) => visit(n, `${path}/${i}`));
        return;
      }
      if (!node || typeof node !== 'object') return;
      const o = node as Schema;
      if (typeof o.title === 'string' && typeof o['x-title-en'] !== 'string')
        missing.push(`${path} x-title-en`);
      if (typeof o.description === 'string' && typeof o['x-description-en'] !== 'string')
        missing.push(`${path} x-description-en`);
      for (const [k, v] of Object.entries(o)) if (k !== 'enum' && k !== 'const') visit(v, `${path}/${k}`);
    };
    for (const [name, doc] of Object.entries(documents)) visit(doc, name);
    expect(missing).toEqual([]);
  });
});
