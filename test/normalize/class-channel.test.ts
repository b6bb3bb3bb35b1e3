import { describe, expect, it } from 'vitest';
import { facts, run, school, subject } from './helpers.js';

describe('class facts', () => {
  it("the class teacher missing from the listed parents' chat while the class chat lists no members is unknown, not absent", () => {
    const f = facts(
      {
        channels: [
          { id: 'ch-5a', members: null, owner: 'dep-1' },
          {
            id: 'ch-5a-p',
            title: 'Родители 5А',
            platform: 'Сферум',
            kind: 'chat',
            purpose: 'parents',
            class: '5А',
            members: ['pa-1', 'pa-2'],
          },
        ],
      },
      'class',
      '5А',
    );
    expect(f.classTeacherInChat).toBe(null);
  });

  it('the compliant class', () => {
    expect(facts({}, 'class', '5А')).toMatchObject({
      grade: 5,
      hasClassTeacher: true,
      classTeacherIds: ['ct-1'],
      studentCount: 2,
      parentCount: 2,
      hasClassChat: true,
      classChatIds: ['ch-5a'],
      chatMembership: 'members',
      classTeacherInChat: true,
      studentsMissingFromChat: 0,
      parentsMissingFromChat: 0,
      outsidersInChat: 0,
      daysSinceClassChatActivity: 2,
    });
  });

  it('members lists: missing students and parents, outsiders; staff are not outsiders', () => {
    const f = facts(
      { channels: [{ id: 'ch-5a', members: ['s-1', 'pa-2', 'dir', 'stranger'], owner: 'dep-1' }] },
      'class',
      '5А',
    );
    expect(f.studentsMissingFromChat).toBe(1);
    expect(f.parentsMissingFromChat).toBe(1);
    expect(f.outsidersInChat).toBe(1);
    expect(f.classTeacherInChat).toBe(false);
  });

  it('counts only: missing = roster minus the counted, others are outsiders', () => {
    const f = facts(
      { channels: [{ id: 'ch-5a', members: null, memberCounts: { student: 1, parent: 3, other: 2 } }] },
      'class',
      '5А',
    );
    expect(f.chatMembership).toBe('counts');
    expect(f.studentsMissingFromChat).toBe(1);
    expect(f.parentsMissingFromChat).toBe(0);
    expect(f.outsidersInChat).toBe(2);
    // The owner is known even without a member list.
    expect(f.classTeacherInChat).toBe(true);
  });

  it("who is missing from the class chats follows the per-person test: a listed parents' chat does not make the unlisted class chat's students missing", () => {
    const parentsChat = {
      id: 'ch-5a-p',
      title: 'Родители 5А',
      platform: 'Сферум',
      kind: 'chat',
      purpose: 'parents',
      class: '5А',
      members: ['pa-1'],
    };
    // The class chat with no member list at all: nobody's presence in it is known.
    const unknown = run(school({ channels: [{ id: 'ch-5a', members: null }, parentsChat] }));
    const f = subject(unknown, 'class', '5А').facts;
    expect(f.chatMembership).toBe('members');
    expect(f.studentsMissingFromChat).toBe(null);
    // pa-2 is out of the parents' chat, but may be in the class chat: unknown, as for the person.
    expect(f.parentsMissingFromChat).toBe(null);
    expect(subject(unknown, 'person', 'pa-2').facts.inChildClassChats).toBe(null);
    expect(subject(unknown, 'person', 's-1').facts.inOwnClassChat).toBe(null);
    // The class chat known by numbers: the students' number decides.
    const counted = facts(
      { channels: [{ id: 'ch-5a', members: null, memberCounts: { student: 1 } }, parentsChat] },
      'class',
      '5А',
    );
    expect(counted.studentsMissingFromChat).toBe(1);
    // Both chats listed: a person counts as missing exactly when the person's own fact says so.
    const listed = run(school({ channels: [{ id: 'ch-5a', members: ['s-1', 'pa-2'] }, parentsChat] }));
    const missingPeople = (role: 'isStudent' | 'isParent', fact: string) =>
      listed.byType.person.filter((p) => p.facts[role] === true && p.facts[fact] === false).length;
    const lf = subject(listed, 'class', '5А').facts;
    expect(lf.studentsMissingFromChat).toBe(missingPeople('isStudent', 'inOwnClassChat'));
    expect(lf.studentsMissingFromChat).toBe(1);
    expect(lf.parentsMissingFromChat).toBe(missingPeople('isParent', 'inChildClassChats'));
    expect(lf.parentsMissingFromChat).toBe(0);
  });

  it('outsiders counted beside a member list (otherMembers) are outsiders of the class', () => {
    const f = facts({ channels: [{ id: 'ch-5a', otherMembers: 2 }] }, 'class', '5А');
    expect(f.chatMembership).toBe('members');
    expect(f.outsidersInChat).toBe(2);
  });

  it('no chat on the platform: the off-platform chats are listed', () => {
    const f = facts({ channels: [{ id: 'ch-5a', platform: 'ватсап' }] }, 'class', '5А');
    expect(f.hasClassChat).toBe(false);
    expect(f.chatMembership).toBe('none');
    expect(f.offPlatformChatIds).toEqual(['ch-5a']);
    expect([f.studentsMissingFromChat, f.outsidersInChat, f.classTeacherInChat]).toEqual([null, null, null]);
  });

  it('classes come from the class list and the roster, in order, without duplicates', () => {
    const s = run(
      school({
        people: [
          {
            id: 's-9',
            roles: ['student'],
            class: '9А',
            profile: { created: true },
            eschool: { linked: false },
          },
        ],
      }),
    );
    expect(s.byType.class.map((c) => c.id)).toEqual(['5А', '9А']);
    expect(subject(s, 'class', '9А').pointer).toBeUndefined();
    expect(subject(s, 'class', '5А').label).toBe('класс 5А');
  });
});

describe('channel facts', () => {
  it.each([
    ['Сферум', undefined, 'educational', 'sferum'],
    ['ватсап', undefined, 'prohibited', 'whatsapp'],
    ['чат', 'https://t.me/+AbC', 'prohibited', 'telegram'],
    ['ВКонтакте', undefined, 'allowed', 'vk'],
    ['Перемена', undefined, 'unknown', null],
  ])('platform %s (%s) → %s', (platform, link, status, id) => {
    const f = facts({ channels: [{ id: 'ch-5a', platform, link: link ?? null }] }, 'channel', 'ch-5a');
    expect(f.platformStatus).toBe(status);
    expect(f.platformId).toBe(id);
    expect(f.isEducationalPlatform).toBe(status === 'educational');
  });

  it.each([
    [{ members: ['s-1'] }, true],
    [{ members: [] }, false],
    [{ members: null, memberCounts: { student: 0, parent: 0 } }, false],
    [{ members: null, memberCounts: { teacher: 2 } }, true],
    [{ members: null, memberCounts: null }, true],
  ])('usage %j → usedWithParticipants %s', (patch, used) => {
    expect(facts({ channels: [{ id: 'ch-5a', ...patch }] }, 'channel', 'ch-5a').usedWithParticipants).toBe(
      used,
    );
  });

  it('member breakdown and foreign members of a class chat', () => {
    const f = facts(
      { channels: [{ id: 'ch-5a', members: ['ct-1', 's-1', 'pa-1', 'x'] }] },
      'channel',
      'ch-5a',
    );
    expect(f).toMatchObject({
      memberCount: 4,
      staffMembers: 1,
      studentMembers: 1,
      parentMembers: 1,
      unknownMembers: 1,
      foreignMembers: 1,
    });
    expect(facts({}, 'channel', 'ch-staff').foreignMembers).toBeNull();
  });

  it('content flags and export scan counts', () => {
    const s = run(school({ channels: [{ id: 'ch-5a', content: { bankDetails: true } }] }), undefined, {
      'ch-staff': { personalData: 2, paymentData: 0, countsByKind: { phone: 2 } },
    });
    expect(subject(s, 'channel', 'ch-5a').facts).toMatchObject({
      carriesPaymentData: true,
      carriesPersonalData: false,
      exportScanned: false,
      exportPersonalDataCount: null,
    });
    expect(subject(s, 'channel', 'ch-staff').facts).toMatchObject({
      carriesPersonalData: true,
      exportScanned: true,
      exportPersonalDataCount: 2,
      exportPaymentDataCount: 0,
    });
  });

  it('export findings by kind: sorted, zero counts dropped, empty when not scanned', () => {
    const s = run(school({}), undefined, {
      'ch-staff': {
        personalData: 3,
        paymentData: 1,
        countsByKind: { snils: 1, 'bank-card': 1, phone: 2, email: 0 },
      },
    });
    expect(subject(s, 'channel', 'ch-staff').facts.exportFindingsByKind).toEqual([
      'bank-card: 1',
      'phone: 2',
      'snils: 1',
    ]);
    expect(subject(s, 'channel', 'ch-5a').facts.exportFindingsByKind).toEqual([]);
  });

  it('auto-created by either marker; owner checks', () => {
    expect(facts({}, 'channel', 'ch-news')).toMatchObject({
      isAutoCreated: true,
      ownerIsAdmin: true,
      ownerIsStaff: true,
    });
    expect(facts({ school: { sferum: { autoChannels: ['ch-5a'] } } }, 'channel', 'ch-5a').isAutoCreated).toBe(
      true,
    );
    expect(facts({}, 'channel', 'ch-5a').ownerIsAdmin).toBe(false);
  });

  it('the label shows the title and the platform name, never an invite link', () => {
    const s = run(
      school({ channels: [{ id: 'ch-5a', platform: 'https://chat.example.org/join/SECRET42' }] }),
    );
    const c = subject(s, 'channel', 'ch-5a');
    expect(c.label).toBe('«5А класс» (неизвестная платформа)');
    expect(JSON.stringify(c.facts)).not.toContain('SECRET42');
  });
});
