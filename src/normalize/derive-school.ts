import type { Subject } from './types.js';
import type { MessengerEntry } from '../messengers/types.js';
import { DEFAULT_ESCHOOL_SYSTEM } from '../model/types.js';
import { daysBetween, latestOnOrBefore } from '../model/iso-date.js';
import {
  isEducational,
  onOrBeforeOrUndated,
  type ChannelInfo,
  type DocumentInfo,
  type InputIndex,
  type PersonInfo,
} from './build-index.js';
import { subjectWithSources } from './sources.js';
import { statusOn } from '../messengers/registry-as-of.js';
import { labelWords } from './labels.js';
import { profileSecurity } from './derive-person.js';
import { b, deriveFacts, factPointers, factsOf, factTable, n, nn, s, sa } from './fact-definition.js';

/** What the school's facts share, computed once per school. */
export interface SchoolContext {
  index: InputIndex;
  asOf: string;
  regulations: DocumentInfo[];
  current: DocumentInfo[];
  edu: ChannelInfo[];
  adminAppointedByOrder: ReadonlySet<string>;
  withProfile: PersonInfo[];
}

function daysSinceLatest(dates: readonly unknown[], asOf: string): number | null {
  const latest = latestOnOrBefore(dates, asOf);
  return latest === null ? null : daysBetween(latest, asOf);
}

const hasDocOfKind = (c: SchoolContext, kind: string) =>
  c.index.documents.some((d) => d.doc.kind === kind && onOrBeforeOrUndated(d.doc.date, c.asOf));
const sferum = (c: SchoolContext) => c.index.input.school?.sferum;
const records = (c: SchoolContext) => c.index.input.records ?? {};

const fact = factsOf<SchoolContext>();

export const SCHOOL_FACTS = [
  fact({
    name: 'schoolName',
    ...s('Краткое наименование школы', 'Short name of the school'),
    derive: (c) => c.index.input.school?.shortName ?? c.index.input.school?.name ?? '',
    source: () => '/school/name',
  }),
  fact({
    name: 'eSchoolSystem',
    ...s('Региональная система «Электронная школа»', 'The regional e-school system'),
    derive: (c) => c.index.input.school?.eSchoolSystem ?? DEFAULT_ESCHOOL_SYSTEM,
    source: () => '/school/eSchoolSystem',
  }),
  fact({
    name: 'hasRegulation',
    ...b(
      'Среди документов есть Положение (kind: regulation)',
      'The documents include the regulation (kind: regulation)',
    ),
    derive: (c) => c.regulations.length > 0,
  }),
  fact({
    name: 'regulationEdition',
    ...s(
      'Редакция Положения, по которой проведён аудит (docs/editions.md)',
      'The regulation edition the audit applied (docs/editions.md)',
    ),
    derive: (c) => c.index.options.edition?.id ?? 'intent',
  }),
  fact({
    name: 'regulationEditionDeclared',
    ...b(
      'Школа объявила редакцию Положения (regulation.edition); нет — аудит по смыслу Положения',
      "The school declared its regulation edition (regulation.edition); no: audited by the regulation's intent",
    ),
    derive: (c) => c.index.options.edition?.declared === true,
  }),
  fact({
    name: 'sferumInMaxInForce',
    ...b(
      'На дату проверки «Сферум» работает в MAX (по реестру: с 15.09.2025 во всех регионах)',
      'On the audit date Sferum runs in MAX (per the registry: in every region from 2025-09-15)',
    ),
    // Judged on the registry's own history, whatever the edition counts as the platform.
    derive: (c) => {
      const entry: MessengerEntry | undefined = c.index.options.registry.entries.find(
        (e) => e.id === 'sferum-max',
      );
      return entry !== undefined && statusOn(entry, c.asOf).status === 'educational';
    },
  }),
  fact({
    name: 'regulationCount',
    ...n(
      'Число редакций Положения среди документов',
      'Number of editions of the regulation among the documents',
    ),
    derive: (c) => c.regulations.length,
  }),
  fact({
    name: 'regulationInForce',
    ...b(
      'На дату проверки действует утверждённая редакция Положения, не заменённая новой',
      'On the audit date an approved edition of the regulation is in force and not superseded',
    ),
    derive: (c) => c.current.length > 0,
  }),
  fact({
    name: 'currentRegulationIds',
    ...sa(
      'ИД утверждённых, вступивших в силу и не заменённых редакций Положения',
      'Ids of approved, in-force, not superseded editions of the regulation',
    ),
    derive: (c) => c.current.map((d) => d.doc.id),
  }),
  fact({
    name: 'currentRegulationCount',
    ...n('Число действующих редакций Положения', 'Number of editions of the regulation in force'),
    derive: (c) => c.current.length,
  }),
  fact({
    name: 'hasPlatformUseOrder',
    ...b(
      'Есть приказ «Об использовании ИКОП «Сферум» и учебного профиля VK Мессенджер», изданный не позже даты проверки',
      'An order on the use of Sferum and the VK Messenger educational profile exists, issued on or before the audit date',
    ),
    derive: (c) => hasDocOfKind(c, 'order-platform-use'),
  }),
  fact({
    name: 'hasAdminAppointmentOrder',
    ...b(
      'Есть приказ о назначении администраторов платформы',
      'An order appointing platform administrators exists',
    ),
    derive: (c) => hasDocOfKind(c, 'order-admin-appointment'),
  }),
  fact({
    name: 'adminCount',
    ...n('Число администраторов платформы', 'Number of platform administrators'),
    derive: (c) => c.index.adminIds.size,
  }),
  fact({
    name: 'orderAppointedAdminCount',
    ...n('Число администраторов, назначенных приказом', 'Number of administrators appointed by order'),
    derive: (c) => c.adminAppointedByOrder.size,
  }),
  fact({
    name: 'hasChatStrategy',
    ...b(
      'Стратегия чатов и каналов есть (документ kind: chat-strategy или записи records.chatStrategy)',
      'A chat and channel strategy exists (a chat-strategy document or records.chatStrategy)',
    ),
    derive: (c) =>
      c.index.documents.some((d) => d.doc.kind === 'chat-strategy') ||
      (records(c).chatStrategy ?? []).some((r) => latestOnOrBefore([r.date], c.asOf) !== null),
    source: () => '/records/chatStrategy',
  }),
  fact({
    name: 'daysSinceLastInformationMaterial',
    ...nn(
      'Дней с последней передачи информационного материала администраторам (null — записей нет)',
      'Days since information material was last handed to the administrators (null: no records)',
      ['records.informationMaterials[].date', 'records.informationMaterials[].date'],
    ),
    derive: (c) =>
      daysSinceLatest(
        (records(c).informationMaterials ?? []).map((r) => r.date),
        c.asOf,
      ),
    source: () => '/records/informationMaterials',
  }),
  fact({
    name: 'daysSinceOfficialChannelActivity',
    ...nn(
      'Дней с последней активности в официальных каналах школы на образовательной платформе (null — неизвестно)',
      "Days since the last activity in the school's official channels on the educational platform (null: unknown)",
      [
        'channels[].lastActivityAt официальных каналов (столбец «Последняя активность»)',
        'channels[].lastActivityAt of official channels (column last_activity_at)',
      ],
    ),
    derive: (c) =>
      daysSinceLatest(
        c.edu.filter((ch) => ch.channel.purpose === 'official').map((ch) => ch.channel.lastActivityAt),
        c.asOf,
      ),
  }),
  fact({
    name: 'daysSinceLastControlReview',
    ...nn(
      'Дней с последней проверки использования учебного профиля (null — записей нет)',
      'Days since the last control review of the educational profile (null: no records)',
      ['records.controlReviews[].date', 'records.controlReviews[].date'],
    ),
    derive: (c) =>
      daysSinceLatest(
        (records(c).controlReviews ?? []).map((r) => r.date),
        c.asOf,
      ),
    source: () => '/records/controlReviews',
  }),
  fact({
    name: 'daysSinceLastStatisticsReport',
    ...nn(
      'Дней с последнего отчёта о статистике руководителю (null — отчётов нет)',
      'Days since usage statistics were last reported to the head (null: no reports)',
      ['records.statisticsReports[].date', 'records.statisticsReports[].date'],
    ),
    derive: (c) =>
      daysSinceLatest(
        (records(c).statisticsReports ?? []).map((r) => r.date),
        c.asOf,
      ),
    source: () => '/records/statisticsReports',
  }),
  fact({
    name: 'adminChatsOnEduPlatform',
    ...n(
      'Число административных чатов и каналов (назначение administrative или staff) на образовательной платформе',
      'Number of administrative chats and channels (purpose administrative or staff) on the educational platform',
    ),
    derive: (c) =>
      c.edu.filter((ch) => ch.channel.purpose === 'administrative' || ch.channel.purpose === 'staff').length,
  }),
  fact({
    name: 'sferumRegistered',
    ...b(
      'Организация зарегистрирована на платформе «Сферум»',
      'The organisation is registered on the Sferum platform',
    ),
    derive: (c) => sferum(c)?.registered === true,
    source: () => '/school/sferum/registered',
  }),
  fact({
    name: 'applicationPhoneRecorded',
    ...b(
      'Номер телефона из заявки организации указан (сам номер фактом не является)',
      "The phone number of the organisation's application is recorded (the number itself is never a fact)",
    ),
    derive: (c) => c.index.applicationPhone !== null,
    source: () => '/school/sferum/applicationPhone',
  }),
  fact({
    name: 'orgProfileFilled',
    ...b('Профиль организации на платформе заполнен', "The organisation's profile on the platform is filled"),
    derive: (c) => sferum(c)?.profile?.filled === true,
    source: () => '/school/sferum/profile/filled',
  }),
  fact({
    name: 'orgProfileFields',
    ...sa('Заполненные поля профиля организации', "Filled fields of the organisation's profile"),
    derive: (c) => [...(sferum(c)?.profile?.fields ?? [])],
    source: () => '/school/sferum/profile/fields',
  }),
  fact({
    name: 'daysSinceOrgProfileUpdate',
    ...nn(
      'Дней с последнего обновления профиля организации (null — дата не указана)',
      "Days since the organisation's profile was last updated (null: no date)",
      ['school.sferum.profile.updatedAt', 'school.sferum.profile.updatedAt'],
    ),
    derive: (c) => daysBetween(sferum(c)?.profile?.updatedAt, c.asOf),
    source: () => '/school/sferum/profile/updatedAt',
  }),
  fact({
    name: 'autoChannelCount',
    ...n(
      'Число автоматически созданных каналов школы',
      "Number of the school's automatically created channels",
    ),
    derive: (c) => {
      const ids = new Set(sferum(c)?.autoChannels ?? []);
      for (const ch of c.index.channels) if (ch.autoCreated) ids.add(ch.channel.id);
      return ids.size;
    },
    source: () => '/school/sferum/autoChannels',
  }),
  fact({
    name: 'autoChannelsWithoutAdmin',
    ...n(
      'Число автоматически созданных каналов, владелец которых не администратор платформы',
      'Number of automatically created channels whose owner is not a platform administrator',
    ),
    derive: (c) =>
      c.index.channels.filter(
        (ch) => ch.autoCreated && !(ch.owner !== null && c.index.adminIds.has(ch.owner)),
      ).length,
  }),
  fact({
    name: 'classCount',
    ...n('Число классов', 'Number of classes'),
    derive: (c) => c.index.classIds.length,
  }),
  fact({
    name: 'peopleCount',
    ...n('Число участников в списке', 'Number of people in the roster'),
    derive: (c) => c.index.people.length,
  }),
  fact({
    name: 'studentCount',
    ...n('Число обучающихся в списке людей', 'Number of students in the roster'),
    derive: (c) => c.index.people.filter((p) => p.isStudent).length,
  }),
  fact({
    name: 'parentCount',
    ...n(
      'Число родителей (законных представителей) в списке людей',
      'Number of parents (legal representatives) in the roster',
    ),
    derive: (c) => c.index.people.filter((p) => p.isParent).length,
  }),
  fact({
    name: 'staffCount',
    ...n(
      'Число сотрудников (администрация, учителя, классные руководители) в списке людей',
      'Number of staff (administration, teachers, class teachers) in the roster',
    ),
    derive: (c) => c.index.people.filter((p) => p.isStaff).length,
  }),
  fact({
    name: 'classTeacherCount',
    ...n(
      'Число классных руководителей в списке людей (роль class-teacher или classTeacherOf)',
      'Number of class teachers in the roster (role class-teacher or classTeacherOf)',
    ),
    derive: (c) =>
      c.index.people.filter((p) => p.roles.includes('class-teacher') || p.ledClasses.length > 0).length,
  }),
  fact({
    name: 'profilesCreatedCount',
    ...n(
      'Число участников списка, создавших учебный профиль',
      'Number of people in the roster who created the educational profile',
    ),
    derive: (c) => c.withProfile.length,
  }),
  fact({
    name: 'profileSecurityUnknownCount',
    ...n(
      'Сколько участников с созданным учебным профилем не имеют в списке отметки о защите профиля (ни «защищён», ни второго фактора, ни явного «нет»)',
      'How many people with an educational profile have no record of profile security in the roster (neither secured, nor second factor, nor an explicit no)',
    ),
    derive: (c) => c.withProfile.filter((p) => profileSecurity(p.person.profile) === null).length,
  }),
  fact({
    name: 'channelCount',
    ...n('Число чатов и каналов в перечне', 'Number of chats and channels in the inventory'),
    derive: (c) => c.index.channels.length,
  }),
  fact({
    name: 'prohibitedChannelCount',
    ...n(
      'Число чатов и каналов в мессенджерах из перечня Роскомнадзора',
      'Number of chats and channels on messengers from the Roskomnadzor list',
    ),
    derive: (c) => c.index.channels.filter((ch) => ch.status === 'prohibited').length,
  }),
] as const;

const TABLE = factTable<SchoolContext>('school', SCHOOL_FACTS);

export function deriveSchool(index: InputIndex, adminAppointedByOrder: ReadonlySet<string>): Subject {
  const { input, options } = index;
  const regulations = index.documents.filter((d) => d.doc.kind === 'regulation');
  const ctx: SchoolContext = {
    index,
    asOf: options.asOf,
    regulations,
    current: regulations.filter((d) => d.approved && d.inForce && d.supersededBy === null),
    edu: index.channels.filter(isEducational),
    adminAppointedByOrder,
    withProfile: index.people.filter((p) => p.person.profile?.created === true),
  };
  const school = input.school;
  return subjectWithSources(
    {
      type: 'school',
      id: 'school',
      label: school?.shortName ?? school?.name ?? labelWords(options.language).school,
      facts: deriveFacts(TABLE, ctx),
    },
    input.sources,
    () => factPointers(TABLE, ctx),
    '/school',
  );
}
