import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createMemoryFileReader,
  loadSchool,
  parsePeopleCsv,
  PEOPLE_CSV_COLUMNS,
  type Person,
  type PersonRole,
} from '../../src/index.js';
import { encodeCsv } from './csv-helpers.js';

const ROLES: readonly PersonRole[] = ['administration', 'teacher', 'class-teacher', 'student', 'parent'];
const ROLE_SPELLINGS: Record<PersonRole, readonly string[]> = {
  administration: ['administration', 'администрация', 'Администратор'],
  teacher: ['teacher', 'учитель', 'Педагог', 'преподаватель'],
  'class-teacher': ['class-teacher', 'классный руководитель', 'Class Teacher'],
  student: ['student', 'ученик', 'обучающийся', 'Учащийся'],
  parent: ['parent', 'родитель', 'законный представитель'],
};
const TRUE = ['да', 'Да', 'yes', 'true', 'ИСТИНА', '1', '+'];
const FALSE = ['нет', 'НЕТ', 'no', 'false', 'ложь', '0', '-'];

// Everything here is representable in Windows-1251, so every encoding can carry it.
const LETTERS = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЁЖЯabcxyzXYZ0123456789';
const TEXT_CHARS = `${LETTERS} "';,|.-№«»()\n`;
const text = fc
  .array(fc.constantFrom(...TEXT_CHARS), { minLength: 1, maxLength: 20 })
  .map((cs) => cs.join('').trim())
  .filter((s) => s !== '');
const ident = fc
  .tuple(fc.constantFrom(...LETTERS), fc.array(fc.constantFrom(...`${LETTERS}-_.`), { maxLength: 8 }))
  .map(([a, rest]) => a + rest.join(''));
const isoDate = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2035, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

interface Draft extends Omit<Person, 'parentOf'> {
  parentPicks?: number[];
}

const draftPerson = (id: string): fc.Arbitrary<Draft> =>
  fc.record(
    {
      id: fc.constant(id),
      name: text,
      roles: fc.shuffledSubarray([...ROLES], { minLength: 1 }),
      position: text,
      class: ident,
      classTeacherOf: fc.uniqueArray(ident, { minLength: 1, maxLength: 3 }),
      parentPicks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
      phone: text,
      profile: fc.record(
        { created: fc.boolean(), secured: fc.boolean(), twoFactor: fc.boolean(), createdAt: isoDate },
        { requiredKeys: ['created'] },
      ),
      eschool: fc.record(
        { linked: fc.boolean(), organization: text, role: text },
        { requiredKeys: ['linked'] },
      ),
    },
    { requiredKeys: ['id', 'roles', 'profile', 'eschool'] },
  );

/** A roster whose references hold: parents point at students of the same roster. */
const roster: fc.Arbitrary<Person[]> = fc
  .uniqueArray(ident, { minLength: 1, maxLength: 12 })
  .chain((ids) => fc.tuple(...ids.map(draftPerson)))
  .map((drafts) => {
    const students = drafts.filter((d) => d.roles.includes('student')).map((d) => d.id);
    return drafts.map(({ parentPicks, ...person }) => {
      const parentOf = [
        ...new Set((parentPicks ?? []).map((n) => students[n % Math.max(1, students.length)])),
      ].filter((s): s is string => s !== undefined && s !== person.id);
      return parentOf.length > 0 && parentPicks ? { ...person, parentOf } : person;
    });
  });

interface Layout {
  order: number[];
  headerStyle: number[];
  listSeparator: string[];
  boolStyle: number[];
  dotDates: boolean[];
  delimiter: ';' | ',';
  encoding: 'utf-8' | 'utf-8-bom' | 'windows-1251';
  newline: '\n' | '\r\n';
  passDelimiter: boolean;
}
const N = PEOPLE_CSV_COLUMNS.length;
const layout: fc.Arbitrary<Layout> = fc.record({
  order: fc.shuffledSubarray([...Array(N).keys()], { minLength: N, maxLength: N }),
  headerStyle: fc.array(fc.nat(), { minLength: N, maxLength: N }),
  listSeparator: fc.array(fc.constantFrom(', ', ',', '; ', '|', ' | '), { minLength: 3, maxLength: 3 }),
  boolStyle: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
  dotDates: fc.array(fc.boolean(), { minLength: 2, maxLength: 2 }),
  delimiter: fc.constantFrom(';', ','),
  encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'windows-1251'),
  newline: fc.constantFrom('\n', '\r\n'),
  passDelimiter: fc.boolean(),
});

/** Writes the roster as a school would: any header spelling and case, Russian or English values. */
function toCsv(people: Person[], l: Layout): Uint8Array {
  const columns = l.order.map((i) => PEOPLE_CSV_COLUMNS[i]!);
  const header = columns.map((c, k) => {
    const names = [c.ru, c.en, ...c.aliases];
    const name = names[(l.headerStyle[k] ?? 0) % names.length]!;
    return (l.headerStyle[k] ?? 0) % 3 === 0 ? name.toUpperCase() : name;
  });
  const bool = (v: boolean | undefined, k: number): string => {
    if (v === undefined) return '';
    const words = v ? TRUE : FALSE;
    return words[(l.boolStyle[k] ?? 0) % words.length]!;
  };
  const date = (v: string | undefined): string => {
    if (v === undefined) return '';
    if (!l.dotDates[0]) return v;
    const [y, m, d] = v.split('-');
    return `${d}.${m}.${y}`;
  };
  const rows = people.map((p, r) =>
    columns.map((c) => {
      const field = c.path.join('.');
      switch (field) {
        case 'roles':
          return p.roles
            .map((role, k) => ROLE_SPELLINGS[role][(r + k) % ROLE_SPELLINGS[role].length])
            .join(l.listSeparator[0]);
        case 'classTeacherOf':
          return (p.classTeacherOf ?? []).join(l.listSeparator[1]);
        case 'parentOf':
          return (p.parentOf ?? []).join(l.listSeparator[2]);
        case 'profile.created':
          return bool(p.profile.created, r);
        case 'profile.secured':
          return bool(p.profile.secured, r + 1);
        case 'profile.twoFactor':
          return bool(p.profile.twoFactor, r + 2);
        case 'profile.createdAt':
          return date(p.profile.createdAt);
        case 'eschool.linked':
          return bool(p.eschool.linked, r + 3);
        case 'eschool.organization':
          return p.eschool.organization ?? '';
        case 'eschool.role':
          return p.eschool.role ?? '';
        default:
          return String((p as unknown as Record<string, unknown>)[field] ?? '');
      }
    }),
  );
  return encodeCsv([header, ...rows], { delimiter: l.delimiter, encoding: l.encoding, newline: l.newline });
}

describe('CSV round trip (property)', () => {
  it('random valid rosters written with any delimiter, BOM and encoding read back equal', () => {
    fc.assert(
      fc.property(roster, layout, (people, l) => {
        const bytes = toCsv(people, l);
        const r = parsePeopleCsv(bytes, 'p.csv', l.passDelimiter ? { delimiter: l.delimiter } : {});
        expect(r.diagnostics).toEqual([]);
        expect(r.value).toEqual(people);
        expect(r.rowCount).toBe(people.length);
      }),
      { numRuns: 150 },
    );
  });

  it('the same rosters load through loadSchool unchanged and with every row counted', async () => {
    await fc.assert(
      fc.asyncProperty(roster, layout, async (people, l) => {
        const reader = createMemoryFileReader({
          'school.yaml': 'school: { name: Ш, region: Р, municipality: М }\npeople: { file: people.csv }\n',
          'people.csv': toCsv(people, l),
        });
        const r = await loadSchool('school.yaml', reader);
        expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(r.input?.people).toEqual(people);
        expect(r.counts.people).toBe(people.length);
      }),
      { numRuns: 60 },
    );
  });
});
