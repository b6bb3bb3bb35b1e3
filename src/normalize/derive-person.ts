import type { ESchoolRole } from '../model/types.js';
import type { Subject } from './types.js';
import type { ChannelInfo, InputIndex, PersonInfo } from './build-index.js';
import { cachedValue } from '../util/bounded-cache.js';
import { canonicalOrganization, normalizeESchoolRole, type NormalizedRole } from './eschool-role.js';
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
import { b, bn, deriveFacts, en_, factPointers, factsOf, factTable, n, sa, sn } from './fact-definition.js';

/**
 * The role the position requires. Staff join the school as «учитель» even when they are also
 * parents: the regulation ties the role to the position (2.3.b, 2.4.b), and the e-school link
 * records one role per person.
 */
function requiredRole(info: PersonInfo): ESchoolRole | null {
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
  // The roster names the same organisation (the school's own) for hundreds of people.
  const seen = new Map<string, boolean | null>();
  const decide = (org: string): boolean | null => {
    const value = canonicalOrganization(org);
    return value === null ? null : accepted.has(value);
  };
  return (org) => (typeof org === 'string' ? cachedValue(seen, org, 1000, decide) : null);
}

/**
 * An organisation id or name as a finding may show it: organisation ids are not personal data, so
 * unmasked, but cut to 60 characters so a stray cell never fills a message.
 */
function shownOrganization(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  // At most 60 UTF-16 units is at most 60 characters: shown whole, with no split into characters.
  if (trimmed.length <= 60) return trimmed;
  const chars = [...trimmed.slice(0, 122)];
  return chars.length > 60 ? `${chars.slice(0, 59).join('')}…` : chars.join('');
}

/** What a person's facts share: the role, the e-school link and the presence in class chats. */
export interface PersonContext {
  index: InputIndex;
  info: PersonInfo;
  at: string;
  required: ESchoolRole | null;
  linked: boolean;
  role: NormalizedRole;
  ownClasses: string[];
  /** The chats of each own class that could hold the person, by the index in `ownClasses`. */
  ownClassChats: ChannelInfo[][];
  ledPresence: ChatPresence[];
  ownPresence: ChatPresence | null;
  childPresence: ChatPresence[];
  orgMatches: (org: unknown) => boolean | null;
}

const at = (path: string) => (c: PersonContext) => `${c.at}/${path}`;

const fact = factsOf<PersonContext>();

export const PERSON_FACTS = [
  fact({
    name: 'roles',
    ...sa(
      'Роли (administration, teacher, class-teacher, student, parent)',
      'Roles (administration, teacher, class-teacher, student, parent)',
    ),
    derive: (c) => [...c.info.roles],
    source: at('roles'),
  }),
  fact({
    name: 'isAdministration',
    ...b('Административно-управленческий персонал', 'Administrative-management staff'),
    derive: (c) => c.info.roles.includes('administration'),
    source: at('roles'),
  }),
  fact({
    name: 'isTeacher',
    ...b('Педагогический работник', 'Pedagogical staff'),
    derive: (c) => c.info.roles.includes('teacher'),
    source: at('roles'),
  }),
  fact({
    name: 'isClassTeacher',
    ...b('Классный руководитель', 'Class teacher'),
    derive: (c) => c.info.roles.includes('class-teacher') || c.info.ledClasses.length > 0,
    source: at('roles'),
  }),
  fact({
    name: 'isStudent',
    ...b('Обучающийся', 'Student'),
    derive: (c) => c.info.isStudent,
    source: at('roles'),
  }),
  fact({
    name: 'isParent',
    ...b('Родитель (законный представитель)', 'Parent or legal representative'),
    derive: (c) => c.info.isParent,
    source: at('roles'),
  }),
  fact({
    name: 'isStaff',
    ...b(
      'Сотрудник (администрация, учитель или классный руководитель)',
      'Staff (administration, teacher or class teacher)',
    ),
    derive: (c) => c.info.isStaff,
    source: at('roles'),
  }),
  fact({
    name: 'isPlatformAdmin',
    ...b('Администратор платформы', 'Platform administrator'),
    derive: (c) => c.index.adminIds.has(c.info.person.id),
  }),
  fact({
    name: 'requiredESchoolRole',
    ...en_(
      ['учитель', 'ученик', 'родитель'],
      'Роль, в которой человек должен присоединиться к школе в «Электронной школе»: сотрудник — «учитель» (и когда он же родитель), иначе ученик — «ученик», родитель — «родитель»',
      'The role the person must join the school with in the e-school system: staff «учитель» (also when a parent), else student «ученик», parent «родитель»',
      ['people[].roles (столбец «Роли»)', 'people[].roles (column roles)'],
    ),
    derive: (c) => c.required,
    source: at('roles'),
  }),
  fact({
    name: 'profileCreated',
    ...b('Учебный профиль в VK Мессенджере создан', 'The educational profile in VK Messenger is created'),
    derive: (c) => c.info.person.profile?.created === true,
    source: at('profile/created'),
  }),
  fact({
    name: 'profileSecured',
    ...bn(
      'Профиль защищён: да — отмечено «защищён» или включён второй фактор; нет — явно отмечено «не защищён»; null — защита в списке не указана',
      'The profile is secured: true when marked secured or the second factor is on; false when explicitly marked not secured; null when the roster does not say',
      [
        'people[].profile.secured или twoFactor (столбцы «Профиль защищён», «Двухфакторная аутентификация»)',
        'people[].profile.secured or twoFactor (columns profile_secured, profile_two_factor)',
      ],
    ),
    derive: (c) => profileSecurity(c.info.person.profile),
    source: at('profile/secured'),
  }),
  fact({
    name: 'profileTwoFactor',
    ...b('Включён второй фактор', 'Second factor switched on'),
    derive: (c) => c.info.person.profile?.twoFactor === true,
    source: at('profile/twoFactor'),
  }),
  fact({
    name: 'eschoolLinked',
    ...b('Профиль связан с «Электронной школой»', 'The profile is linked to the e-school system'),
    derive: (c) => c.linked,
    source: at('eschool/linked'),
  }),
  fact({
    name: 'eschoolRole',
    ...sn(
      'Роль связи с «Электронной школой», приведённая к «учитель»/«ученик»/«родитель», когда распознана',
      'Role of the e-school link, normalised to «учитель»/«ученик»/«родитель» when recognised',
      ['people[].eschool.role (столбец «Роль в ЭШ»)', 'people[].eschool.role (column eschool_role)'],
    ),
    derive: (c) => c.role.role,
    source: at('eschool/role'),
  }),
  fact({
    name: 'eschoolRoleRecognized',
    ...b('Роль связи распознана', 'The link role is recognised'),
    derive: (c) => c.role.recognized,
    source: at('eschool/role'),
  }),
  fact({
    name: 'eschoolRoleMatches',
    ...bn(
      'Роль связи совпадает с требуемой (null — связи нет, роль не требуется или не указана)',
      'The link role equals the required one (null: not linked, no role required or the role not recorded)',
      ['people[].eschool.role (столбец «Роль в ЭШ»)', 'people[].eschool.role (column eschool_role)'],
    ),
    // An unrecorded role is unknown, not a mismatch: the rule says what unknown means.
    derive: (c) =>
      c.required === null || !c.linked || c.role.role === null ? null : c.role.role === c.required,
    source: at('eschool/role'),
  }),
  fact({
    name: 'eschoolOrganizationMatches',
    ...bn(
      'Связь установлена с этой школой (ИД организации в ЭШ или наименование; null — не связан или организация не указана)',
      'The link is to this school (e-school organisation id or name; null: not linked or organisation not given)',
      [
        'people[].eschool.organization (столбец «Организация в ЭШ»)',
        'people[].eschool.organization (column eschool_organization)',
      ],
    ),
    derive: (c) => (c.linked ? c.orgMatches(c.info.person.eschool?.organization) : null),
    source: at('eschool/organization'),
  }),
  fact({
    name: 'eschoolOrganization',
    ...sn(
      'Организация связи с «Электронной школой», как записана (до 60 знаков; null — не указана). Не персональные данные',
      'The organisation of the e-school link as written (up to 60 characters; null: not given). Not personal data',
      [
        'people[].eschool.organization (столбец «Организация в ЭШ»)',
        'people[].eschool.organization (column eschool_organization)',
      ],
    ),
    derive: (c) => shownOrganization(c.info.person.eschool?.organization),
    source: at('eschool/organization'),
  }),
  fact({
    name: 'schoolESchoolOrganizationId',
    ...sn(
      'ИД организации школы в «Электронной школе», с которым сравнивается связь (null — не указан)',
      "The school's e-school organisation id the link is compared with (null: not given)",
      ['school.eSchoolOrganizationId', 'school.eSchoolOrganizationId'],
    ),
    derive: (c) => shownOrganization(c.index.input.school?.eSchoolOrganizationId),
  }),
  fact({
    name: 'studentClass',
    ...sn('Класс обучающегося', "The student's class", [
      'people[].class (столбец «Класс»)',
      'people[].class (column class)',
    ]),
    derive: (c) => c.info.studentClass,
    source: at('class'),
  }),
  fact({
    name: 'classTeacherOf',
    ...sa('Классы, которыми руководит', 'Classes the person leads as class teacher'),
    derive: (c) => [...c.info.ledClasses],
    source: at('classTeacherOf'),
  }),
  fact({
    name: 'childClasses',
    ...sa('Классы детей', "The children's classes"),
    derive: (c) => [...c.info.childClasses],
    source: at('parentOf'),
  }),
  fact({
    name: 'ownClasses',
    ...sa('Все классы, с которыми связан человек', 'All classes the person belongs to by role'),
    derive: (c) => c.ownClasses,
  }),
  fact({
    name: 'classChatIds',
    ...sa(
      'ИД чатов своих классов на образовательной платформе',
      "Ids of the own classes' chats on the educational platform",
    ),
    derive: (c) => {
      const ids = new Set<string>();
      for (const chats of c.ownClassChats) for (const chat of chats) ids.add(chat.channel.id);
      return [...ids];
    },
  }),
  fact({
    name: 'classesWithoutChat',
    ...sa(
      'Свои классы без чата на образовательной платформе',
      'Own classes without a chat on the educational platform',
    ),
    derive: (c) => c.ownClasses.filter((_, i) => c.ownClassChats[i]!.length === 0),
  }),
  fact({
    name: 'classChatsMissingFrom',
    ...sa(
      'Свои классы, в чатах которых человек не состоит (по известному составу)',
      'Own classes whose chats the person is not in (where membership is known)',
    ),
    derive: (c) => {
      const { info } = c;
      const missing = new Set<string>();
      info.ledClasses.forEach((cls, i) => c.ledPresence[i] === 'out' && missing.add(cls));
      if (info.studentClass && c.ownPresence === 'out') missing.add(info.studentClass);
      info.childClasses.forEach((cls, i) => c.childPresence[i] === 'out' && missing.add(cls));
      return [...missing];
    },
  }),
  fact({
    name: 'inLedClassChats',
    ...bn(
      'Классный руководитель состоит в чатах всех своих классов (null — неприменимо или состав неизвестен)',
      'The class teacher is in the chats of all classes led (null: not applicable or membership unknown)',
      [
        'channels[].members чатов класса (столбец «Участники»)',
        'channels[].members of the class chats (column members)',
      ],
    ),
    derive: (c) => combinePresence(c.ledPresence),
  }),
  fact({
    name: 'inOwnClassChat',
    ...bn(
      'Обучающийся состоит в чате своего класса (null — неприменимо или состав неизвестен)',
      'The student is in the own class chat (null: not applicable or membership unknown)',
      [
        'channels[].members чатов класса (столбец «Участники»)',
        'channels[].members of the class chats (column members)',
      ],
    ),
    derive: (c) => (c.ownPresence === null ? null : combinePresence([c.ownPresence])),
  }),
  fact({
    name: 'inChildClassChats',
    ...bn(
      'Родитель состоит в чатах классов всех своих детей (null — неприменимо или состав неизвестен)',
      "The parent is in the chats of all children's classes (null: not applicable or membership unknown)",
      [
        'channels[].members чатов класса (столбец «Участники»)',
        'channels[].members of the class chats (column members)',
      ],
    ),
    derive: (c) => combinePresence(c.childPresence),
  }),
  fact({
    name: 'membershipKnown',
    ...b(
      'В перечне есть чаты со списком участников (можно судить о членстве)',
      'The inventory lists members for some chats (membership can be judged)',
    ),
    derive: (c) => c.index.membershipKnown,
  }),
  fact({
    name: 'staffChatMembersKnown',
    ...b(
      'На образовательной платформе есть чат сотрудников (назначение staff или administrative), и у всех таких чатов известен список участников',
      'The educational platform has a staff chat (purpose staff or administrative) and every such chat lists its members',
    ),
    derive: (c) => c.index.staffChatMembersKnown,
  }),
  fact({
    name: 'eduPlatformChatCount',
    ...n(
      'Число чатов и каналов образовательной платформы, в которых человек состоит или которыми владеет',
      'Number of chats and channels on the educational platform the person is in or owns',
    ),
    derive: (c) => countWithStatus(memberOf(c), 'educational'),
  }),
  fact({
    name: 'inEduPlatformChat',
    ...bn(
      'Состоит хотя бы в одном чате или канале образовательной платформы: да — по известному составу; нет — ни в одном, и чаты сотрудников перечислены со списками участников; null — иначе (судить не по чему)',
      'In at least one chat or channel on the educational platform: true by a known membership; false when in none and the staff chats list their members; null otherwise (nothing to judge by)',
      [
        'channels[].members чатов сотрудников (назначение staff или administrative, столбец «Участники»)',
        'channels[].members of the staff chats (purpose staff or administrative, column members)',
      ],
    ),
    derive: (c) => {
      if (memberOf(c).some((ch) => ch.status === 'educational')) return true;
      return c.index.staffChatMembersKnown ? false : null;
    },
  }),
  fact({
    name: 'prohibitedChatCount',
    ...n(
      'Число чатов в мессенджерах из перечня Роскомнадзора, в которых человек состоит или которыми владеет',
      'Number of chats on Roskomnadzor-listed messengers the person is in or owns',
    ),
    derive: (c) => countWithStatus(memberOf(c), 'prohibited'),
  }),
] as const;

const TABLE = factTable<PersonContext>('person', PERSON_FACTS);

/**
 * The own class, then those led, then the children's, each once. Most people have none or a few:
 * no Set for them; past a handful a Set keeps it linear (one teacher of thousands of classes).
 */
function ownClassesOf(info: PersonInfo): string[] {
  const own: string[] = info.studentClass ? [info.studentClass] : [];
  const more = info.ledClasses.length + info.childClasses.length;
  if (more > 16) return [...new Set([...own, ...info.ledClasses, ...info.childClasses])];
  for (const c of info.ledClasses) if (!own.includes(c)) own.push(c);
  for (const c of info.childClasses) if (!own.includes(c)) own.push(c);
  return own;
}

function countWithStatus(chats: readonly ChannelInfo[], status: ChannelInfo['status']): number {
  let count = 0;
  for (const ch of chats) if (ch.status === status) count += 1;
  return count;
}

function memberOf(c: PersonContext): readonly ChannelInfo[] {
  return c.index.channelsByMember.get(c.info.person.id) ?? [];
}

/** The class's chats that could hold the person: a student's class chat; an adult's class or parents' chat. */
/**
 * The class chats of each own class: the parents' chat too where the person is there as an adult
 * (class teacher or parent). Every own class but the student's own came from the led or the
 * children's classes, so one membership test decides for all (not one per class: one teacher of
 * thousands of classes would make that quadratic).
 */
function ownClassChatsOf(
  index: InputIndex,
  info: PersonInfo,
  ownClasses: readonly string[],
): ChannelInfo[][] {
  const own = info.studentClass;
  const studentAsAdult = own !== null && (info.ledClasses.includes(own) || info.childClasses.includes(own));
  return ownClasses.map((c) =>
    eduClassChats(index, c, c !== own || studentAsAdult ? CLASS_CHAT_PURPOSES : STUDENT_CHAT_PURPOSES),
  );
}

export function derivePerson(
  index: InputIndex,
  info: PersonInfo,
  orgMatches: (org: unknown) => boolean | null,
): Subject {
  const id = info.person.id;
  const ownClasses = ownClassesOf(info);
  const ctx: PersonContext = {
    index,
    info,
    at: `/people/${info.index}`,
    required: requiredRole(info),
    linked: info.person.eschool?.linked === true,
    role: normalizeESchoolRole(info.person.eschool?.role),
    ownClasses,
    ownClassChats: ownClassChatsOf(index, info, ownClasses),
    ledPresence: info.ledClasses.map((c) => presenceInClassChats(index, c, id, CLASS_CHAT_PURPOSES)),
    ownPresence: info.studentClass
      ? presenceInClassChats(index, info.studentClass, id, STUDENT_CHAT_PURPOSES)
      : null,
    childPresence: info.childClasses.map((c) => presenceInClassChats(index, c, id, CLASS_CHAT_PURPOSES)),
    orgMatches,
  };
  return subjectWithSources(
    { type: 'person', id, label: personLabel(info, index.options.language), facts: deriveFacts(TABLE, ctx) },
    index.input.sources,
    () => factPointers(TABLE, ctx),
    ctx.at,
  );
}
