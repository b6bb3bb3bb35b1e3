import { describe, expect, it } from 'vitest';
import { facts, run, school, subject } from './helpers.js';

describe('admin facts', () => {
  it('the order-appointed admin of the base school', () => {
    expect(facts({}, 'admin', 'dep-1')).toMatchObject({
      personKnown: true,
      isAdministrationStaff: true,
      appointedByOrder: true,
      appointmentOrderKind: 'order-admin-appointment',
      isAdditionalAdmin: false,
      appointedByAdminIsAdmin: null,
      registered: true,
      registrationPhoneRecorded: true,
      registrationPhoneMatchesApplication: true,
      anotherAdminUsesApplicationPhone: false,
      twoFactor: true,
      daysSinceSecurityReview: 45,
    });
  });

  it('the additional admin', () => {
    expect(facts({}, 'admin', 't-1')).toMatchObject({
      isAdditionalAdmin: true,
      appointedByAdminIsAdmin: true,
      isPedagogicalStaff: true,
      joinedPlatform: true,
      isTeacherJoined: true,
      registrationPhoneMatchesApplication: false,
      anotherAdminUsesApplicationPhone: true,
    });
  });

  it.each([
    ['+7 (900) 000-00-01', true],
    ['89000000001', true],
    ['9000000001', true],
    ['+7 900 000-00-02', false],
    [null, null],
  ])('registration phone %j matches the application: %s', (phone, matches) => {
    expect(
      facts({ admins: [{ personId: 'dep-1', registrationPhone: phone }] }, 'admin', 'dep-1')
        .registrationPhoneMatchesApplication,
    ).toBe(matches);
  });

  it('an admin appointed by order is not "additional" even if appointedByAdmin is set', () => {
    const f = facts({ admins: [{ personId: 'dep-1', appointedByAdmin: 'dir' }] }, 'admin', 'dep-1');
    expect(f.isAdditionalAdmin).toBe(false);
  });

  it('a reference to a document of another kind is not an appointment order', () => {
    const f = facts(
      {
        documents: [{ id: 'order-admins', appoints: [] }],
        admins: [{ personId: 'dep-1', appointmentOrder: 'reg' }],
      },
      'admin',
      'dep-1',
    );
    expect(f.appointedByOrder).toBe(false);
    expect(f.appointmentOrderKind).toBe('regulation');
  });

  it('labels do not repeat the position or name', () => {
    const s = run(school());
    expect(subject(s, 'admin', 'dep-1').label).toBe('администратор платформы (администрация)');
    expect(subject(s, 'admin', 't-1').label).toBe('дополнительный администратор платформы (учитель)');
  });
});

describe('document facts', () => {
  it('the approved regulation', () => {
    expect(facts({}, 'document', 'reg')).toMatchObject({
      kind: 'regulation',
      hasApprovalOrder: true,
      approvedByDirector: true,
      approved: true,
      hasPedagogicalCouncil: true,
      hasGoverningCouncil: true,
      councilBeforeApproval: true,
      effectiveFrom: '2024-08-30',
      inForce: true,
      superseded: false,
      isCurrent: true,
    });
  });

  it.each([
    ['директор', true],
    ['И.о. директора', true],
    ['заместитель директора по УВР', false],
    ['секретарь', false],
  ])('approved by %s → director %s', (position, director) => {
    expect(
      facts({ documents: [{ id: 'reg', approvedBy: { position } }] }, 'document', 'reg').approvedByDirector,
    ).toBe(director);
  });

  it('a council after the approval order', () => {
    const f = facts(
      {
        documents: [
          { id: 'reg', councils: [{ body: 'pedagogical', protocolNumber: '2', date: '2024-09-05' }] },
        ],
      },
      'document',
      'reg',
    );
    expect(f.councilBeforeApproval).toBe(false);
    expect(f.hasGoverningCouncil).toBe(false);
  });

  const twoEditions = {
    documents: [
      { id: 'reg-old', kind: 'regulation', title: 'old', approvalOrder: { number: '1', date: '2023-08-31' } },
      { id: 'reg', supersedes: 'reg-old', effectiveFrom: '2024-09-01' },
    ],
  };

  it('a newer approved edition in force supersedes the old one', () => {
    const old = facts(twoEditions, 'document', 'reg-old');
    expect(old).toMatchObject({ superseded: true, supersededBy: 'reg', isCurrent: false });
    expect(facts(twoEditions, 'school', 'school')).toMatchObject({
      currentRegulationIds: ['reg'],
      regulationCount: 2,
    });
  });

  it('before the new edition takes effect, the old one is still current', () => {
    expect(facts(twoEditions, 'document', 'reg-old', '2024-08-31').superseded).toBe(false);
    expect(facts(twoEditions, 'school', 'school', '2024-08-31').currentRegulationIds).toEqual(['reg-old']);
  });

  it('labels carry the kind and the numbers', () => {
    const s = run(school());
    expect(subject(s, 'document', 'reg').label).toBe('Положение (приказ № 102/2-од от 30.08.2024)');
    expect(subject(s, 'document', 'order-admins').label).toBe(
      'Приказ о назначении администраторов платформы № 103-од от 02.09.2024',
    );
  });
});

describe('school facts', () => {
  it('the compliant base school', () => {
    expect(facts({}, 'school', 'school')).toMatchObject({
      schoolName: 'МБОУ СОШ № 1',
      hasRegulation: true,
      regulationInForce: true,
      hasPlatformUseOrder: true,
      adminCount: 2,
      orderAppointedAdminCount: 1,
      hasChatStrategy: true,
      daysSinceLastInformationMaterial: 26,
      daysSinceOfficialChannelActivity: 4,
      daysSinceLastControlReview: 40,
      daysSinceLastStatisticsReport: 19,
      adminChatsOnEduPlatform: 2,
      sferumRegistered: true,
      applicationPhoneRecorded: true,
      orgProfileFilled: true,
      daysSinceOrgProfileUpdate: 181,
      autoChannelCount: 1,
      autoChannelsWithoutAdmin: 0,
      classCount: 1,
      peopleCount: 8,
      channelCount: 4,
      prohibitedChannelCount: 0,
    });
  });

  it('records dated after the audit date are ignored; none → null', () => {
    const f = facts(
      {
        records: {
          statisticsReports: [
            { id: 'st-1', date: '2025-03-02' },
            { id: 'b', date: '2024-12-01' },
          ],
          controlReviews: [],
        },
      },
      'school',
      'school',
    );
    expect(f.daysSinceLastStatisticsReport).toBe(90);
    expect(f.daysSinceLastControlReview).toBeNull();
  });

  it('an order issued after the audit date does not count', () => {
    expect(
      facts({ documents: [{ id: 'order-platform', date: '2025-03-02' }] }, 'school', 'school')
        .hasPlatformUseOrder,
    ).toBe(false);
  });

  it.each([
    ['every profile secured', {}, 8, 0],
    [
      'two people without a security mark',
      {
        people: [
          { id: 's-1', profile: { created: true, secured: null } },
          { id: 'pa-1', profile: { created: true, secured: null } },
        ],
      },
      8,
      2,
    ],
    [
      'an explicit «no» is known, not unrecorded',
      { people: [{ id: 's-1', profile: { created: true, secured: false } }] },
      8,
      0,
    ],
    [
      'no profile: nothing to secure',
      { people: [{ id: 's-1', profile: { created: false, secured: null } }] },
      7,
      0,
    ],
  ])('profile security records: %s', (_name, input, created, unknown) => {
    expect(facts(input, 'school', 'school')).toMatchObject({
      profilesCreatedCount: created,
      profileSecurityUnknownCount: unknown,
    });
  });

  it('the e-school system defaults to the regulation’s', () => {
    expect(facts({ school: { eSchoolSystem: null } }, 'school', 'school').eSchoolSystem).toBe(
      'ГИС «Электронная школа НСО»',
    );
  });

  it('subjects come in a fixed order: school, documents, admins, people, classes, channels', () => {
    const s = run(school());
    expect(s.all.map((x) => x.type)).toEqual([
      'school',
      'document',
      'document',
      'document',
      'document',
      'admin',
      'admin',
      'person',
      'person',
      'person',
      'person',
      'person',
      'person',
      'person',
      'person',
      'class',
      'channel',
      'channel',
      'channel',
      'channel',
    ]);
    expect(run(school())).toEqual(s);
  });
});
