import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuditInput, Person, PersonRole } from '../../src/model/types.js';
import { run, school } from './helpers.js';

const CYR = 'абвгдежзийклмнопрстуфхцчшщэюя'.split('');
// Names long enough that they cannot occur by chance in a label or a fact («учитель», «класс»…).
const namePart = fc
  .array(fc.constantFrom(...CYR), { minLength: 7, maxLength: 12 })
  .map((cs) => cs.join(''))
  .map((s) => s[0]!.toUpperCase() + s.slice(1));
const fullName = fc.tuple(namePart, namePart, namePart).map((p) => p.join(' '));
const phoneDigits = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 })
  .map((d) => `9${d.join('')}`);
const phoneFormat = fc.constantFrom(
  (d: string) => `+7 ${d.slice(0, 3)} ${d.slice(3, 6)}-${d.slice(6, 8)}-${d.slice(8)}`,
  (d: string) => `8${d}`,
  (d: string) => `+7(${d.slice(0, 3)})${d.slice(3)}`,
);
const ROLES: PersonRole[] = ['administration', 'teacher', 'class-teacher', 'student', 'parent'];

const personArb = fc.record({
  name: fullName,
  digits: phoneDigits,
  format: phoneFormat,
  roles: fc.subarray(ROLES, { minLength: 1 }),
  created: fc.boolean(),
  linked: fc.boolean(),
  inChat: fc.boolean(),
  role: fc.constantFrom('учитель', 'ученик', 'родитель', 'Teacher', 'гость', undefined),
});

describe('no personal data in labels, facts or sources', () => {
  it('random names and phones never appear in any label or fact value', () => {
    fc.assert(
      fc.property(
        fc.array(personArb, { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        (people, adminPhone) => {
          const input: AuditInput = school();
          const added: Person[] = people.map((p, i) => ({
            id: `r-${i}`,
            name: p.name,
            phone: p.format(p.digits),
            roles: p.roles,
            ...(p.roles.includes('student') ? { class: '5А' } : {}),
            ...(p.roles.includes('parent') ? { parentOf: ['s-1', `r-${(i + 1) % people.length}`] } : {}),
            ...(p.roles.includes('class-teacher') ? { classTeacherOf: ['5А'] } : {}),
            profile: { created: p.created, secured: p.created },
            eschool: { linked: p.linked, organization: '1000001', ...(p.role ? { role: p.role } : {}) },
          }));
          input.people.push(...added);
          input.channels[0]!.members!.push(...added.filter((_, i) => people[i]!.inChat).map((p) => p.id));
          // An admin registered with one of the random phones; the application phone is another.
          input.admins.push({
            personId: 'r-0',
            appointedByAdmin: 'dep-1',
            registered: true,
            registrationPhone: added[0]!.phone!,
          });
          if (adminPhone) input.school.sferum!.applicationPhone = added[0]!.phone!;
          const subjects = run(input);
          const text = JSON.stringify(subjects.all.map((s) => [s.label, s.facts, s.sources ?? null]));
          for (const p of people) {
            for (const part of p.name.split(' ')) expect(text).not.toContain(part);
            expect(text).not.toContain(p.digits);
            expect(text).not.toContain(p.format(p.digits));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
