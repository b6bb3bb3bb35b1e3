import type { FactValues } from './facts.js';
import type { ESchoolRole } from '../model/types.js';
import type { Subject } from './types.js';
import type { InputIndex, PersonInfo } from './build-index.js';
import { canonicalOrganization, normalizeESchoolRole } from './eschool-role.js';
import {
  CLASS_CHAT_PURPOSES,
  STUDENT_CHAT_PURPOSES,
  combinePresence,
  eduClassChats,
  presenceInClassChats,
  type ChatPresence,
} from './class-chats.js';
import { personLabel } from './labels.js';
import { subjectWithSources } from './sources.js';

/**
 * The role the position requires. Staff join the school as «учитель» even when they are also
 * parents: the regulation ties the role to the position (2.3.b, 2.4.b), and the e-school link
 * records one role per person.
 */
export function requiredRole(info: PersonInfo): ESchoolRole | null {
  if (info.isStaff) return 'учитель';
  if (info.isStudent) return 'ученик';
  if (info.isParent) return 'родитель';
  return null;
}

/**
 * Unknown is not insecure: a roster that does not record profile security (no column, empty cell)
 * gives `null`, so per-person rules fire only on an explicit «нет». A second factor switched on
 * counts as secured; a second factor switched off alone does not prove the profile insecure.
 */
export function profileSecurity(
  profile: { secured?: unknown; twoFactor?: unknown } | undefined,
): boolean | null {
  if (profile?.secured === true || profile?.twoFactor === true) return true;
  if (profile?.secured === false) return false;
  return null;
}

export function organizationMatcher(index: InputIndex): (org: unknown) => boolean | null {
  const school = index.input.school;
  const accepted = new Set(
    [school?.eSchoolOrganizationId, school?.name, school?.shortName, school?.id]
      .map(canonicalOrganization)
      .filter((v): v is string => v !== null),
  );
  return (org) => {
    const value = canonicalOrganization(org);
    return value === null ? null : accepted.has(value);
  };
}

/**
 * An organisation id or name as a finding may show it: organisation ids are not personal data, so
 * unmasked, but cut to 60 characters so a stray cell never fills a message.
 */
function shownOrganization(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const chars = [...value.trim().slice(0, 122)];
  return chars.length > 60 ? `${chars.slice(0, 59).join('')}…` : chars.join('');
}

// long-function: the person facts as one record literal; each fact is a line or two
export function derivePerson(
  index: InputIndex,
  info: PersonInfo,
  orgMatches: (org: unknown) => boolean | null,
): Subject {
  const { person } = info;
  const id = person.id;
  const required = requiredRole(info);
  const linked = person.eschool?.linked === true;
  const role = normalizeESchoolRole(person.eschool?.role);
  const ownClasses = [
    ...new Set([...(info.studentClass ? [info.studentClass] : []), ...info.ledClasses, ...info.childClasses]),
  ];

  const ledPresence: ChatPresence[] = info.ledClasses.map((c) =>
    presenceInClassChats(index, c, id, CLASS_CHAT_PURPOSES),
  );
  const ownPresence: ChatPresence | null = info.studentClass
    ? presenceInClassChats(index, info.studentClass, id, STUDENT_CHAT_PURPOSES)
    : null;
  const childPresence: ChatPresence[] = info.childClasses.map((c) =>
    presenceInClassChats(index, c, id, CLASS_CHAT_PURPOSES),
  );
  const missing = new Set<string>();
  info.ledClasses.forEach((c, i) => ledPresence[i] === 'out' && missing.add(c));
  if (info.studentClass && ownPresence === 'out') missing.add(info.studentClass);
  info.childClasses.forEach((c, i) => childPresence[i] === 'out' && missing.add(c));

  const classChatIds = new Set<string>();
  const classesWithoutChat: string[] = [];
  for (const c of ownClasses) {
    const asAdult = info.ledClasses.includes(c) || info.childClasses.includes(c);
    const chats = eduClassChats(index, c, asAdult ? CLASS_CHAT_PURPOSES : STUDENT_CHAT_PURPOSES);
    if (chats.length === 0) classesWithoutChat.push(c);
    for (const chat of chats) classChatIds.add(chat.channel.id);
  }

  const memberOf = index.channelsByMember.get(id) ?? [];
  const facts: FactValues<'person'> = {
    roles: [...info.roles],
    isAdministration: info.roles.includes('administration'),
    isTeacher: info.roles.includes('teacher'),
    isClassTeacher: info.roles.includes('class-teacher') || info.ledClasses.length > 0,
    isStudent: info.isStudent,
    isParent: info.isParent,
    isStaff: info.isStaff,
    isPlatformAdmin: index.adminIds.has(id),
    requiredESchoolRole: required,
    profileCreated: person.profile?.created === true,
    profileSecured: profileSecurity(person.profile),
    profileTwoFactor: person.profile?.twoFactor === true,
    eschoolLinked: linked,
    eschoolRole: role.role,
    eschoolRoleRecognized: role.recognized,
    // An unrecorded role is unknown, not a mismatch: the rule says what unknown means.
    eschoolRoleMatches: required === null || !linked || role.role === null ? null : role.role === required,
    eschoolOrganizationMatches: linked ? orgMatches(person.eschool?.organization) : null,
    eschoolOrganization: shownOrganization(person.eschool?.organization),
    schoolESchoolOrganizationId: shownOrganization(index.input.school?.eSchoolOrganizationId),
    studentClass: info.studentClass,
    classTeacherOf: [...info.ledClasses],
    childClasses: [...info.childClasses],
    ownClasses,
    classChatIds: [...classChatIds],
    classesWithoutChat,
    classChatsMissingFrom: [...missing],
    inLedClassChats: combinePresence(ledPresence),
    inOwnClassChat: ownPresence === null ? null : combinePresence([ownPresence]),
    inChildClassChats: combinePresence(childPresence),
    membershipKnown: index.membershipKnown,
    staffChatMembersKnown: index.staffChatMembersKnown,
    eduPlatformChatCount: memberOf.filter((c) => c.status === 'educational').length,
    prohibitedChatCount: memberOf.filter((c) => c.status === 'prohibited').length,
  };

  const at = `/people/${info.index}`;
  return subjectWithSources(
    { type: 'person', id, label: personLabel(info, index.options.language), facts },
    index.input.sources,
    () => ({
      roles: `${at}/roles`,
      isAdministration: `${at}/roles`,
      isTeacher: `${at}/roles`,
      isClassTeacher: `${at}/roles`,
      isStudent: `${at}/roles`,
      isParent: `${at}/roles`,
      isStaff: `${at}/roles`,
      requiredESchoolRole: `${at}/roles`,
      profileCreated: `${at}/profile/created`,
      profileSecured: `${at}/profile/secured`,
      profileTwoFactor: `${at}/profile/twoFactor`,
      eschoolLinked: `${at}/eschool/linked`,
      eschoolRole: `${at}/eschool/role`,
      eschoolRoleRecognized: `${at}/eschool/role`,
      eschoolRoleMatches: `${at}/eschool/role`,
      eschoolOrganizationMatches: `${at}/eschool/organization`,
      eschoolOrganization: `${at}/eschool/organization`,
      studentClass: `${at}/class`,
      classTeacherOf: `${at}/classTeacherOf`,
      childClasses: `${at}/parentOf`,
    }),
    at,
  );
}
