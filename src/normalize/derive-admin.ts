import type { FactValues } from './facts.js';
import type { PlatformAdmin } from '../model/types.js';
import type { Subject } from './types.js';
import { daysBetween } from '../model/iso-date.js';
import type { InputIndex } from './build-index.js';
import { canonicalPhone } from './phones.js';
import { labelWords, personLabel } from './labels.js';
import { subjectWithSources } from './sources.js';

/** Appointed by an order of kind order-admin-appointment: by the admin's reference or the order's `appoints`. */
function isAppointedByOrder(index: InputIndex, admin: PlatformAdmin): boolean {
  const ref = admin.appointmentOrder ? index.documentsById.get(admin.appointmentOrder) : undefined;
  if (ref?.doc.kind === 'order-admin-appointment') return true;
  return index.orderAppointees.has(admin.personId);
}

// long-function: the admin facts as one record literal; each fact is a line or two
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

  const subjects = admins.map((admin, i): Subject => {
    const info = index.peopleById.get(admin.personId);
    const ref = admin.appointmentOrder ? index.documentsById.get(admin.appointmentOrder) : undefined;
    const appointedByOrder = byOrder.has(admin.personId);
    const isAdditionalAdmin = Boolean(admin.appointedByAdmin) && !appointedByOrder;
    const profileCreated = info?.person.profile?.created === true;
    const eschoolLinked = info?.person.eschool?.linked === true;
    const roles = info?.roles ?? [];
    const isStaff = info?.isStaff ?? false;
    const phone = canonicalPhone(admin.registrationPhone);
    const facts: FactValues<'admin'> = {
      personKnown: info !== undefined,
      roles: [...roles],
      isAdministrationStaff: roles.includes('administration'),
      isPedagogicalStaff: roles.includes('teacher') || roles.includes('class-teacher'),
      isStaff,
      appointmentOrderId: admin.appointmentOrder ?? null,
      appointmentOrderKind:
        ref?.doc.kind ?? (index.orderAppointees.has(admin.personId) ? 'order-admin-appointment' : null),
      appointedByOrder,
      isAdditionalAdmin,
      appointedByAdminIsAdmin: isAdditionalAdmin
        ? index.adminIds.has(admin.appointedByAdmin as string) && admin.appointedByAdmin !== admin.personId
        : null,
      profileCreated,
      eschoolLinked,
      joinedPlatform: profileCreated && eschoolLinked,
      isTeacherJoined: isStaff && profileCreated && eschoolLinked,
      registered: admin.registered === true,
      registrationPhoneRecorded: phone !== null,
      registrationPhoneMatchesApplication:
        phone === null || index.applicationPhone === null ? null : phone === index.applicationPhone,
      anotherAdminUsesApplicationPhone: [...matching].some((id) => id !== admin.personId),
      // Unrecorded is unknown; the rule declares what unknown means for an administrator (`unknown: violation`).
      twoFactor: typeof admin.security?.twoFactor === 'boolean' ? admin.security.twoFactor : null,
      recoveryContact: admin.security?.recoveryContact === true,
      daysSinceSecurityReview: daysBetween(admin.security?.reviewedAt, index.options.asOf),
    };
    const at = `/admins/${i}`;
    const W = labelWords(index.options.language);
    const who = info ? personLabel(info, index.options.language) : W.notListed;
    return subjectWithSources(
      {
        type: 'admin',
        id: admin.personId,
        label: `${isAdditionalAdmin ? W.extraAdmin : W.admin} (${who})`,
        facts,
      },
      index.input.sources,
      () => ({
        appointmentOrderId: `${at}/appointmentOrder`,
        isAdditionalAdmin: `${at}/appointedByAdmin`,
        registered: `${at}/registered`,
        registrationPhoneRecorded: `${at}/registrationPhone`,
        registrationPhoneMatchesApplication: `${at}/registrationPhone`,
        twoFactor: `${at}/security/twoFactor`,
        recoveryContact: `${at}/security/recoveryContact`,
        daysSinceSecurityReview: `${at}/security/reviewedAt`,
        ...(info
          ? {
              roles: `/people/${info.index}/roles`,
              profileCreated: `/people/${info.index}/profile/created`,
              eschoolLinked: `/people/${info.index}/eschool/linked`,
            }
          : {}),
      }),
      at,
    );
  });
  return { subjects, byOrder };
}
