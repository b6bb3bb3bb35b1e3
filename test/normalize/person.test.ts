import { describe, expect, it } from 'vitest';
import { facts, run, school, subject } from './helpers.js';

describe('person facts: roles and the required e-school role', () => {
  it.each([
    [['administration'], 'учитель'],
    [['teacher'], 'учитель'],
    [['class-teacher', 'teacher'], 'учитель'],
    [['student'], 'ученик'],
    [['parent'], 'родитель'],
    // Staff who are also parents join as teachers: the position decides (documented in facts.ts).
    [['teacher', 'parent'], 'учитель'],
    [[], null],
  ])('roles %j → %s', (roles, required) => {
    const f = facts({ people: [{ id: 't-1', roles }] }, 'person', 't-1');
    expect(f.requiredESchoolRole).toBe(required);
  });

  it('flags and roles are canonical', () => {
    const f = facts(
      { people: [{ id: 't-1', roles: ['parent', 'teacher'], parentOf: ['s-1'] }] },
      'person',
      't-1',
    );
    expect(f.roles).toEqual(['teacher', 'parent']);
    expect([f.isStaff, f.isTeacher, f.isParent, f.isStudent, f.isClassTeacher]).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(f.childClasses).toEqual(['5А']);
    expect(f.isPlatformAdmin).toBe(true);
  });

  it('a class teacher named only on the class record is a class teacher of it', () => {
    const f = facts(
      { people: [{ id: 't-1', roles: ['teacher'] }], classes: [{ id: '5А', classTeacher: 't-1' }] },
      'person',
      't-1',
    );
    expect(f.isClassTeacher).toBe(true);
    expect(f.classTeacherOf).toEqual(['5А']);
  });
});

describe('person facts: profile and e-school link', () => {
  it.each([
    [{ created: true, secured: true }, true],
    [{ created: true, secured: null, twoFactor: true }, true],
    [{ created: true, secured: false }, false],
    [{ created: true, secured: null }, null],
    [{ created: true, secured: null, twoFactor: false }, null],
  ])('profile %j → secured %s', (profile, secured) => {
    const f = facts({ people: [{ id: 's-1', profile }] }, 'person', 's-1');
    expect(f.profileSecured).toBe(secured);
  });

  it.each([
    ['ученик', 'ученик', true, true],
    ['  Ученица ', 'ученик', true, true],
    ['Обучающийся', 'ученик', true, true],
    ['STUDENT', 'ученик', true, true],
    ['родитель', 'родитель', true, false],
    ['Законный представитель', 'родитель', true, false],
    ['гость', 'гость', false, false],
    // An unrecorded role is unknown, not a mismatch: the rule on it is then undetermined.
    [null, null, false, null],
  ])('role %j → %j (recognised %s, matches %s)', (role, normalised, recognised, matches) => {
    const f = facts({ people: [{ id: 's-1', eschool: { role } }] }, 'person', 's-1');
    expect(f.eschoolRole).toBe(normalised);
    expect(f.eschoolRoleRecognized).toBe(recognised);
    expect(f.eschoolRoleMatches).toBe(matches);
  });

  it('role and organisation matches are null when not linked', () => {
    const f = facts({ people: [{ id: 's-1', eschool: { linked: false } }] }, 'person', 's-1');
    expect(f.eschoolRoleMatches).toBeNull();
    expect(f.eschoolOrganizationMatches).toBeNull();
  });

  it.each([
    ['1000001', true],
    [' 1000001 ', true],
    ['МБОУ СОШ № 1', true],
    ['мбоу сош №1', true],
    ['Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 1»', true],
    ['1000002', false],
    ['МБОУ СОШ № 11', false],
    [null, null],
  ])('organisation %j → %s', (organization, matches) => {
    const f = facts({ people: [{ id: 's-1', eschool: { organization } }] }, 'person', 's-1');
    expect(f.eschoolOrganizationMatches).toBe(matches);
  });
});

describe('person facts: class chats', () => {
  it('is in the own class chat (members list)', () => {
    const f = facts({}, 'person', 's-1');
    expect(f.inOwnClassChat).toBe(true);
    expect(f.classChatIds).toEqual(['ch-5a']);
    expect(f.classChatsMissingFrom).toEqual([]);
  });

  it('missing from the members list → false and the class is named', () => {
    const f = facts({ channels: [{ id: 'ch-5a', members: ['ct-1', 's-2'] }] }, 'person', 's-1');
    expect(f.inOwnClassChat).toBe(false);
    expect(f.classChatsMissingFrom).toEqual(['5А']);
  });

  it('membership by counts only → unknown (null)', () => {
    const f = facts(
      { channels: [{ id: 'ch-5a', members: null, memberCounts: { student: 2 } }] },
      'person',
      's-1',
    );
    expect(f.inOwnClassChat).toBeNull();
  });

  it('no class chat on the educational platform → null, class listed without chat', () => {
    const f = facts({ channels: [{ id: 'ch-5a', platform: 'WhatsApp' }] }, 'person', 's-1');
    expect(f.inOwnClassChat).toBeNull();
    expect(f.classesWithoutChat).toEqual(['5А']);
    expect(f.prohibitedChatCount).toBe(1);
  });

  it('the owner of a chat is in it even when not listed as a member', () => {
    const f = facts({ channels: [{ id: 'ch-5a', members: ['s-1'] }] }, 'person', 'ct-1');
    expect(f.inLedClassChats).toBe(true);
  });

  it('a parent with children in two classes must be in both chats', () => {
    const patch = {
      people: [
        {
          id: 's-7',
          roles: ['student'],
          class: '7Б',
          profile: { created: true },
          eschool: { linked: false },
        },
        { id: 'pa-1', parentOf: ['s-1', 's-7'] },
      ],
      channels: [
        {
          id: 'ch-7b',
          title: '7Б',
          platform: 'Сферум',
          kind: 'chat',
          purpose: 'parents',
          class: '7Б',
          members: ['pa-1'],
        },
      ],
    };
    expect(facts(patch, 'person', 'pa-1').inChildClassChats).toBe(true);
    const without = { ...patch, channels: [{ ...patch.channels[0], members: ['s-7'] }] };
    const f = facts(without, 'person', 'pa-1');
    expect(f.inChildClassChats).toBe(false);
    expect(f.classChatsMissingFrom).toEqual(['7Б']);
  });

  it('counts educational-platform chats a person is in', () => {
    expect(facts({}, 'person', 'dep-1').eduPlatformChatCount).toBe(3); // staff, admin, news (owner)
    expect(facts({}, 'person', 'pa-1').eduPlatformChatCount).toBe(1);
  });
});

describe('person labels', () => {
  it.each([
    ['ct-1', 'классный руководитель 5А, учитель'],
    ['s-1', 'ученик 5А'],
    ['pa-1', 'родитель (5А)'],
    ['dir', 'администрация'],
  ])('%s → %s', (id, label) => {
    expect(subject(run(school()), 'person', id).label).toBe(label);
  });

  it('points at the record in the input', () => {
    expect(subject(run(school()), 'person', 's-1').pointer).toBe('/people/4');
  });
});
