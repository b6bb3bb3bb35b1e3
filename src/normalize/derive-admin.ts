import type { PlatformAdmin, PersonRole } from '../model/types.js';
import type { Subject } from './types.js';
import { daysBetween } from '../model/iso-date.js';
import type { DocumentInfo, InputIndex, PersonInfo } from './build-index.js';
import { canonicalPhone } from './phones.js';
import { labelWords, personLabel } from './labels.js';
import { subjectWithSources } from './sources.js';
import { b, bn, deriveFacts, factPointers, factsOf, factTable, nn, sa, sn } from './fact-definition.js';

/** What an administrator's facts share. */
export interface AdminContext {
  index: InputIndex;
  admin: PlatformAdmin;
  at: string;
  info: PersonInfo | undefined;
  ref: DocumentInfo | undefined;
  roles: readonly PersonRole[];
  appointedByOrder: boolean;
  isAdditionalAdmin: boolean;
  profileCreated: boolean;
  eschoolLinked: boolean;
  phone: string | null;
  /** Administrators registered with the application's number. */
  matching: ReadonlySet<string>;
}

/** Appointed by an order of kind order-admin-appointment: by the admin's reference or the order's `appoints`. */
function isAppointedByOrder(index: InputIndex, admin: PlatformAdmin): boolean {
  const ref = admin.appointmentOrder ? index.documentsById.get(admin.appointmentOrder) : undefined;
  if (ref?.doc.kind === 'order-admin-appointment') return true;
  return index.orderAppointees.has(admin.personId);
}

const person = (c: AdminContext, path: string) => (c.info ? `/people/${c.info.index}/${path}` : undefined);
const isStaff = (c: AdminContext) => c.info?.isStaff ?? false;

const fact = factsOf<AdminContext>();

export const ADMIN_FACTS = [
  fact({
    name: 'personKnown',
    ...b('Администратор есть в списке участников', 'The administrator is in the roster'),
    derive: (c) => c.info !== undefined,
  }),
  fact({
    name: 'roles',
    ...sa('Роли администратора в списке участников', "The administrator's roles in the roster"),
    derive: (c) => [...c.roles],
    source: (c) => person(c, 'roles'),
  }),
  fact({
    name: 'isAdministrationStaff',
    ...b('Из административно-управленческого персонала', 'From the administrative-management staff'),
    derive: (c) => c.roles.includes('administration'),
  }),
  fact({
    name: 'isPedagogicalStaff',
    ...b(
      'Педагогический работник (учитель, классный руководитель)',
      'Pedagogical staff (teacher, class teacher)',
    ),
    derive: (c) => c.roles.includes('teacher') || c.roles.includes('class-teacher'),
  }),
  fact({
    name: 'isStaff',
    ...b('Сотрудник школы (администрация или педагог)', 'School staff (administration or teacher)'),
    derive: isStaff,
  }),
  fact({
    name: 'appointmentOrderId',
    ...sn('ИД приказа о назначении', 'Id of the appointment order', [
      'admins[].appointmentOrder',
      'admins[].appointmentOrder',
    ]),
    derive: (c) => c.admin.appointmentOrder ?? null,
    source: (c) => `${c.at}/appointmentOrder`,
  }),
  fact({
    name: 'appointmentOrderKind',
    ...sn(
      'Вид документа, на который ссылается назначение (null — ссылки нет или документ не найден)',
      'Kind of the document the appointment refers to (null: no reference or not found)',
      [
        'admins[].appointmentOrder (ИД приказа среди документов)',
        'admins[].appointmentOrder (id of an order among the documents)',
      ],
    ),
    derive: (c) =>
      c.ref?.doc.kind ?? (c.index.orderAppointees.has(c.admin.personId) ? 'order-admin-appointment' : null),
  }),
  fact({
    name: 'appointedByOrder',
    ...b(
      'Назначен приказом вида order-admin-appointment (по ссылке или по списку appoints приказа)',
      'Appointed by an order of kind order-admin-appointment (by reference or by the order’s appoints list)',
    ),
    derive: (c) => c.appointedByOrder,
  }),
  fact({
    name: 'isAdditionalAdmin',
    ...b(
      'Дополнительный администратор: назначен на платформе другим администратором, а не приказом',
      'Additional administrator: appointed on the platform by another administrator, not by order',
    ),
    derive: (c) => c.isAdditionalAdmin,
    source: (c) => `${c.at}/appointedByAdmin`,
  }),
  fact({
    name: 'appointedByAdminIsAdmin',
    ...bn(
      'Назначивший — администратор платформы (null — не дополнительный администратор)',
      'The appointer is a platform administrator (null: not an additional administrator)',
      ['admins[].appointedBy', 'admins[].appointedBy'],
    ),
    derive: (c) =>
      c.isAdditionalAdmin
        ? c.index.adminIds.has(c.admin.appointedByAdmin as string) &&
          c.admin.appointedByAdmin !== c.admin.personId
        : null,
  }),
  fact({
    name: 'profileCreated',
    ...b('Учебный профиль создан', 'The educational profile is created'),
    derive: (c) => c.profileCreated,
    source: (c) => person(c, 'profile/created'),
  }),
  fact({
    name: 'eschoolLinked',
    ...b('Профиль связан с «Электронной школой»', 'The profile is linked to the e-school system'),
    derive: (c) => c.eschoolLinked,
    source: (c) => person(c, 'eschool/linked'),
  }),
  fact({
    name: 'joinedPlatform',
    ...b(
      'Присоединился к платформе: профиль создан и связан с «Электронной школой»',
      'Joined the platform: profile created and linked to the e-school system',
    ),
    derive: (c) => c.profileCreated && c.eschoolLinked,
  }),
  fact({
    name: 'isTeacherJoined',
    ...b('Сотрудник, присоединившийся к платформе', 'A staff member who joined the platform'),
    derive: (c) => isStaff(c) && c.profileCreated && c.eschoolLinked,
  }),
  fact({
    name: 'registered',
    ...b('Зарегистрирован на sferum.ru', 'Registered on sferum.ru'),
    derive: (c) => c.admin.registered === true,
    source: (c) => `${c.at}/registered`,
  }),
  fact({
    name: 'registrationPhoneRecorded',
    ...b(
      'Номер регистрации указан (сам номер фактом не является)',
      'The registration phone is recorded (the number itself is never a fact)',
    ),
    derive: (c) => c.phone !== null,
    source: (c) => `${c.at}/registrationPhone`,
  }),
  fact({
    name: 'registrationPhoneMatchesApplication',
    ...bn(
      'Номер регистрации совпадает с номером из заявки организации (null — одного из номеров нет)',
      "The registration phone equals the organisation's application phone (null: one of them is missing)",
      [
        'admins[].registrationPhone и school.sferum.applicationPhone',
        'admins[].registrationPhone and school.sferum.applicationPhone',
      ],
    ),
    derive: (c) =>
      c.phone === null || c.index.applicationPhone === null ? null : c.phone === c.index.applicationPhone,
    source: (c) => `${c.at}/registrationPhone`,
  }),
  fact({
    name: 'anotherAdminUsesApplicationPhone',
    ...b(
      'Другой администратор зарегистрирован по номеру из заявки организации',
      "Another administrator is registered with the application's phone",
    ),
    derive: (c) => [...c.matching].some((id) => id !== c.admin.personId),
  }),
  fact({
    name: 'twoFactor',
    ...bn('Включён второй фактор (null — не отмечено)', 'Second factor switched on (null: not recorded)', [
      'admins[].security.twoFactor',
      'admins[].security.twoFactor',
    ]),
    // Unrecorded is unknown; the rule declares what unknown means for an administrator (`unknown: violation`).
    derive: (c) => (typeof c.admin.security?.twoFactor === 'boolean' ? c.admin.security.twoFactor : null),
    source: (c) => `${c.at}/security/twoFactor`,
  }),
  fact({
    name: 'recoveryContact',
    ...b('Указан контакт для восстановления', 'A recovery contact is set'),
    derive: (c) => c.admin.security?.recoveryContact === true,
    source: (c) => `${c.at}/security/recoveryContact`,
  }),
  fact({
    name: 'daysSinceSecurityReview',
    ...nn(
      'Дней с последней проверки сеансов и устройств (null — не проверялись)',
      'Days since sessions and devices were last reviewed (null: never)',
      ['admins[].security.lastReviewedAt', 'admins[].security.lastReviewedAt'],
    ),
    derive: (c) => daysBetween(c.admin.security?.reviewedAt, c.index.options.asOf),
    source: (c) => `${c.at}/security/reviewedAt`,
  }),
] as const;

const TABLE = factTable<AdminContext>('admin', ADMIN_FACTS);

export function deriveAdmins(index: InputIndex): { subjects: Subject[]; byOrder: Set<string> } {
  const admins = index.input.admins ?? [];
  const byOrder = new Set<string>();
  for (const a of admins) if (isAppointedByOrder(index, a)) byOrder.add(a.personId);

  // Who registered with the application's number: one pass, so "another admin" is a lookup.
  const matching = new Set<string>();
  if (index.applicationPhone !== null) {
    for (const a of admins) {
      if (a.registered && canonicalPhone(a.registrationPhone) === index.applicationPhone)
        matching.add(a.personId);
    }
  }

  const W = labelWords(index.options.language);
  const subjects = admins.map((admin, i): Subject => {
    const info = index.peopleById.get(admin.personId);
    const appointedByOrder = byOrder.has(admin.personId);
    const ctx: AdminContext = {
      index,
      admin,
      at: `/admins/${i}`,
      info,
      ref: admin.appointmentOrder ? index.documentsById.get(admin.appointmentOrder) : undefined,
      roles: info?.roles ?? [],
      appointedByOrder,
      isAdditionalAdmin: Boolean(admin.appointedByAdmin) && !appointedByOrder,
      profileCreated: info?.person.profile?.created === true,
      eschoolLinked: info?.person.eschool?.linked === true,
      phone: canonicalPhone(admin.registrationPhone),
      matching,
    };
    const who = info ? personLabel(info, index.options.language) : W.notListed;
    return subjectWithSources(
      {
        type: 'admin',
        id: admin.personId,
        label: `${ctx.isAdditionalAdmin ? W.extraAdmin : W.admin} (${who})`,
        facts: deriveFacts(TABLE, ctx),
      },
      index.input.sources,
      () => factPointers(TABLE, ctx),
      ctx.at,
    );
  });
  return { subjects, byOrder };
}
