import type { PersonRole } from '../model/types.js';
import type { Language } from '../model/vocabulary.js';
import type { Subject } from './types.js';
import { daysBetween } from '../model/iso-date.js';
import { belongsToClass, type ChannelInfo, type ExportSummary, type InputIndex } from './build-index.js';
import { channelLabel, labelWords } from './labels.js';
import { subjectWithSources } from './sources.js';
import {
  CHANNEL_MEDIA,
  PLATFORM_STATUSES,
  STATUS_KINDS,
  b,
  deriveFacts,
  e,
  en_,
  factPointers,
  factsOf,
  factTable,
  nn,
  s,
  sa,
  sn,
} from './fact-definition.js';

const STAFF_COUNT_KEYS: readonly (PersonRole | 'other')[] = ['administration', 'teacher', 'class-teacher'];

function platformName(ci: ChannelInfo): string {
  if (ci.match.entry) return ci.match.entry.name.ru;
  const raw = (ci.channel.platform ?? '').replace(/\s+/g, ' ').trim();
  // An invite link written in the platform column may carry a token: never echo it.
  if (raw === '' || /:\/\/|^www\.|\.[a-z]{2,}\//i.test(raw)) return 'неизвестная платформа';
  return raw.length > 40 ? `${raw.slice(0, 39)}…` : raw;
}

function basisKind(ci: ChannelInfo): (typeof STATUS_KINDS)[number] | null {
  const kind = ci.match.entry?.basis?.kind;
  return kind !== undefined && (STATUS_KINDS as readonly string[]).includes(kind)
    ? (kind as (typeof STATUS_KINDS)[number])
    : null;
}

/** The platform as a label names it: the registry's name in the audit's language. */
function labelPlatformName(ci: ChannelInfo, fact: string, lang: Language | undefined): string {
  if (lang !== 'en') return fact;
  if (ci.match.entry) return ci.match.entry.name.en;
  return fact === labelWords('ru').unknownPlatform ? labelWords('en').unknownPlatform : fact;
}

type Medium = (typeof CHANNEL_MEDIA)[number];

// Registry entries that are not messengers, by the kind of channel they are.
const ENTRY_MEDIUM: Readonly<Record<string, Medium>> = {
  eschool: 'eschool',
  email: 'email',
  phone: 'phone',
  'in-person': 'in-person',
  zoom: 'video',
  'yandex-telemost': 'video',
  'kontur-tolk': 'video',
  trueconf: 'video',
};

const WEB_LINK = /^\s*https?:\/\/[^\s/]+/i;

/**
 * What kind of channel this is. A registry match decides (a messenger unless the entry is one of
 * the other kinds); with no match, an http(s) address is a web page — a page on the school's own
 * site stays one even when its path mentions a messenger, since only a messenger host names one.
 */
function mediumOf(ci: ChannelInfo): Medium {
  const entry = ci.match.entry;
  if (entry) return ENTRY_MEDIUM[entry.id] ?? 'messenger';
  const written = [ci.channel.link, ci.channel.platform].filter((v): v is string => typeof v === 'string');
  if (written.some((v) => WEB_LINK.test(v))) return 'web';
  return 'messenger';
}

/** Member numbers of a channel, by list when known, else by counts (null: unknown). */
interface Membership {
  memberCount: number | null;
  studentMembers: number | null;
  parentMembers: number | null;
  staffMembers: number | null;
  unknownMembers: number | null;
  foreignMembers: number | null;
  /** False only when the inventory says the chat is empty. */
  usedWithParticipants: boolean;
}

/** What a channel's facts share. */
export interface ChannelContext {
  index: InputIndex;
  ci: ChannelInfo;
  at: string;
  isClassChat: boolean;
  members: Membership;
  exportSummary: ExportSummary | undefined;
}

// long-function: member numbers by list and by counts are computed together, so the facts agree
function membership(index: InputIndex, ci: ChannelInfo, isClassChat: boolean): Membership {
  const { channel } = ci;
  const counts = channel.memberCounts;
  const countTotal = counts
    ? Object.values(counts).reduce((a, v) => a + (typeof v === 'number' ? v : 0), 0)
    : null;
  const m: Membership = {
    memberCount: null,
    studentMembers: null,
    parentMembers: null,
    staffMembers: null,
    unknownMembers: null,
    foreignMembers: null,
    usedWithParticipants: !(
      (Array.isArray(channel.members) && channel.members.length === 0 && (countTotal ?? 0) === 0) ||
      (!Array.isArray(channel.members) && countTotal === 0)
    ),
  };
  // Members not in the roster counted beside the list: outsiders, like unknown ids in the list.
  const otherMembers =
    typeof channel.otherMembers === 'number' && channel.otherMembers > 0 ? channel.otherMembers : 0;
  if (ci.memberSet) {
    let students = 0;
    let parents = 0;
    let staff = 0;
    let unknown = otherMembers;
    for (const id of ci.memberSet) {
      const p = index.peopleById.get(id);
      if (!p) unknown += 1;
      else if (p.isStaff) staff += 1;
      else if (p.isStudent) students += 1;
      else if (p.isParent) parents += 1;
    }
    m.memberCount = ci.memberSet.size + otherMembers;
    m.studentMembers = students;
    m.parentMembers = parents;
    m.staffMembers = staff;
    m.unknownMembers = unknown;
    if (isClassChat) {
      let foreign = otherMembers;
      for (const id of ci.memberSet) if (!belongsToClass(index, id, channel.class as string)) foreign += 1;
      m.foreignMembers = foreign;
    }
  } else if (counts) {
    m.memberCount = countTotal;
    m.studentMembers = counts.student ?? 0;
    m.parentMembers = counts.parent ?? 0;
    m.staffMembers = STAFF_COUNT_KEYS.reduce((a, k) => a + (counts[k] ?? 0), 0);
    if (isClassChat) m.foreignMembers = counts.other ?? 0;
  }
  return m;
}

const at = (path: string) => (c: ChannelContext) => `${c.at}/${path}`;
const membersOrCounts = (c: ChannelContext) => (c.ci.memberSet ? `${c.at}/members` : `${c.at}/memberCounts`);
const REGISTRY_RECORD = [
  'реестр мессенджеров (rules/data, --registry)',
  'the messenger registry (rules/data, --registry)',
] as const;
const exportCount = (c: ChannelContext, key: 'personalData' | 'paymentData') =>
  c.exportSummary ? c.exportSummary[key] : null;

const fact = factsOf<ChannelContext>();

export const CHANNEL_FACTS = [
  fact({
    name: 'platformId',
    ...sn(
      'Канонический ИД платформы из реестра мессенджеров',
      'Canonical platform id from the messenger registry',
      [
        'channels[].platform или link (столбцы «Мессенджер», «Ссылка»)',
        'channels[].platform or link (columns platform, link)',
      ],
    ),
    derive: (c) => c.ci.match.entry?.id ?? null,
    source: at('platform'),
  }),
  fact({
    name: 'platformName',
    ...s(
      'Название платформы (из реестра или как записано)',
      'Platform name (from the registry or as written)',
    ),
    derive: (c) => platformName(c.ci),
    source: at('platform'),
  }),
  fact({
    name: 'platformStatus',
    ...e(
      PLATFORM_STATUSES,
      'Статус платформы: prohibited — перечень Роскомнадзора, educational — образовательная платформа, allowed — разрешена, но не учебный профиль, unknown — неизвестна',
      'Platform status: prohibited (Roskomnadzor list), educational, allowed (not the educational profile), unknown',
    ),
    derive: (c) => c.ci.status,
    source: at('platform'),
  }),
  fact({
    name: 'platformMatchedBy',
    ...e(
      ['id', 'alias', 'link', 'context', 'none'],
      'Как распознана платформа (context — по сочетанию названий или по назначению чата в редакции Положения)',
      "How the platform was recognised (context: by names given together, or by the chat's purpose under the edition)",
    ),
    derive: (c) => c.ci.match.matchedBy,
  }),
  fact({
    name: 'platformStatusKind',
    ...en_(
      STATUS_KINDS,
      'Основание статуса на дату проверки: rkn-list — перечень Роскомнадзора, educational-platform, national-platform, domestic, foreign, region, school (null — нет датированного основания)',
      'What the status rests on at the audit date: rkn-list (Roskomnadzor list), educational-platform, national-platform, domestic, foreign, region, school (null: no dated basis)',
      REGISTRY_RECORD,
    ),
    derive: (c) => basisKind(c.ci),
  }),
  fact({
    name: 'platformStatusSince',
    ...sn(
      'С какой даты действует основание статуса (ГГГГ-ММ-ДД; null — без даты)',
      'Since when the status basis is in force (YYYY-MM-DD; null: undated)',
      REGISTRY_RECORD,
    ),
    derive: (c) => c.ci.match.entry?.basis?.from ?? null,
  }),
  fact({
    name: 'platformStatusSource',
    ...sn('Источник основания статуса: название', 'Source of the status basis: title', REGISTRY_RECORD),
    derive: (c) => c.ci.match.entry?.basis?.source.title ?? null,
  }),
  fact({
    name: 'platformStatusUrl',
    ...sn('Источник основания статуса: адрес', 'Source of the status basis: address', REGISTRY_RECORD),
    derive: (c) => c.ci.match.entry?.basis?.source.url ?? null,
  }),
  fact({
    name: 'medium',
    ...e(
      CHANNEL_MEDIA,
      'Вид канала связи: messenger — чат или канал мессенджера, video — видеокомната, web — веб-страница или сайт (ссылка http(s) не на мессенджер), eschool — журнал «Электронной школы», email — рассылка, phone — телефон, in-person — очно, paper — бумага. Правила п. 2.final о мессенджерах касаются только messenger',
      'Kind of channel: messenger chat or channel, video room, web page or site (an http(s) link to no messenger), e-school journal, e-mail list, phone, in person, paper. The 2.final messenger rules concern messengers only',
    ),
    derive: (c) => mediumOf(c.ci),
    source: (c) => (c.ci.channel.link ? `${c.at}/link` : `${c.at}/platform`),
  }),
  fact({
    name: 'kind',
    ...e(
      ['chat', 'channel', 'call', 'group'],
      'Тип: чат, канал, звонок, группа',
      'Kind: chat, channel, call, group',
    ),
    derive: (c) => c.ci.channel.kind,
    source: at('kind'),
  }),
  fact({
    name: 'purpose',
    ...e(
      ['class', 'parents', 'subject', 'educational', 'administrative', 'staff', 'official', 'other'],
      'Назначение',
      'Purpose',
    ),
    derive: (c) => c.ci.channel.purpose,
    source: at('purpose'),
  }),
  fact({
    name: 'class',
    ...sn('Класс чата', 'Class of the chat', [
      'channels[].class (столбец «Класс»)',
      'channels[].class (column class)',
    ]),
    derive: (c) => c.ci.channel.class ?? null,
    source: at('class'),
  }),
  fact({
    name: 'isClassChat',
    ...b(
      'Чат класса: назначение class или parents и указан класс',
      'Class chat: purpose class or parents, with a class',
    ),
    derive: (c) => c.isClassChat,
    source: at('purpose'),
  }),
  fact({
    name: 'isEducationalPlatform',
    ...b('На образовательной платформе', 'On the educational platform'),
    derive: (c) => c.ci.status === 'educational',
  }),
  fact({
    name: 'isAdministrative',
    ...b(
      'Административный: назначение administrative или staff',
      'Administrative: purpose administrative or staff',
    ),
    derive: (c) => c.ci.channel.purpose === 'administrative' || c.ci.channel.purpose === 'staff',
    source: at('purpose'),
  }),
  fact({
    name: 'isOfficial',
    ...b('Официальный канал школы', "The school's official channel"),
    derive: (c) => c.ci.channel.purpose === 'official',
    source: at('purpose'),
  }),
  fact({
    name: 'isAutoCreated',
    ...b(
      'Создан платформой автоматически (autoCreated или в списке autoChannels школы)',
      "Created by the platform automatically (autoCreated or in the school's autoChannels)",
    ),
    derive: (c) => c.ci.autoCreated,
    source: at('autoCreated'),
  }),
  fact({
    name: 'hasOwner',
    ...b('Владелец указан', 'The owner is given'),
    derive: (c) => c.ci.owner !== null,
    source: at('owner'),
  }),
  fact({
    name: 'ownerIsAdmin',
    ...b('Владелец — администратор платформы', 'The owner is a platform administrator'),
    derive: (c) => c.ci.owner !== null && c.index.adminIds.has(c.ci.owner),
    source: at('owner'),
  }),
  fact({
    name: 'ownerIsStaff',
    ...b('Владелец — сотрудник школы', 'The owner is school staff'),
    derive: (c) => c.ci.owner !== null && c.index.peopleById.get(c.ci.owner)?.isStaff === true,
    source: at('owner'),
  }),
  fact({
    name: 'membersKnown',
    ...b('Известен список участников', 'The member list is known'),
    derive: (c) => c.ci.memberSet !== null,
    source: at('members'),
  }),
  fact({
    name: 'memberCount',
    ...nn(
      'Число участников (по списку или по числам; null — неизвестно)',
      'Number of members (list or counts; null: unknown)',
      [
        'channels[].members или memberCounts (столбцы «Участники», «Учеников»…)',
        'channels[].members or memberCounts (columns members, students…)',
      ],
    ),
    derive: (c) => c.members.memberCount,
    source: membersOrCounts,
  }),
  fact({
    name: 'studentMembers',
    ...nn('Число обучающихся среди участников', 'Number of students among the members', [
      'channels[].members или memberCounts.student',
      'channels[].members or memberCounts.student',
    ]),
    derive: (c) => c.members.studentMembers,
  }),
  fact({
    name: 'parentMembers',
    ...nn('Число родителей среди участников', 'Number of parents among the members', [
      'channels[].members или memberCounts.parent',
      'channels[].members or memberCounts.parent',
    ]),
    derive: (c) => c.members.parentMembers,
  }),
  fact({
    name: 'staffMembers',
    ...nn('Число сотрудников среди участников', 'Number of staff among the members', [
      'channels[].members или memberCounts.teacher',
      'channels[].members or memberCounts.teacher',
    ]),
    derive: (c) => c.members.staffMembers,
  }),
  fact({
    name: 'unknownMembers',
    ...nn('Число участников, которых нет в списке школы', 'Number of members not in the roster', [
      'channels[].members и otherMembers',
      'channels[].members and otherMembers',
    ]),
    derive: (c) => c.members.unknownMembers,
  }),
  fact({
    name: 'withStudentsOrParents',
    ...b('Среди участников есть обучающиеся или родители', 'Students or parents are among the members'),
    derive: (c) => (c.members.studentMembers ?? 0) + (c.members.parentMembers ?? 0) > 0,
  }),
  fact({
    name: 'usedWithParticipants',
    ...b(
      'Используется с участниками образовательных отношений: есть участники по списку или числам, или состав не указан (ложно, только когда чат явно пуст)',
      'Used with participants: members by list or counts, or membership not given (false only when explicitly empty)',
    ),
    derive: (c) => c.members.usedWithParticipants,
    source: membersOrCounts,
  }),
  fact({
    name: 'foreignMembers',
    ...nn(
      'Для чата класса: сколько участников не относятся к классу (не ученики класса, не их родители, не сотрудники; null — не чат класса или неизвестно)',
      'For a class chat: members who do not belong to the class (not its students, their parents or staff; null: not a class chat or unknown)',
      [
        'channels[].members и otherMembers или memberCounts.other (столбцы «Участники», «Других участников»)',
        'channels[].members and otherMembers or memberCounts.other (columns members, others)',
      ],
    ),
    derive: (c) => c.members.foreignMembers,
    source: membersOrCounts,
  }),
  fact({
    name: 'carriesPersonalData',
    ...b(
      'Передаются персональные данные (отметка в перечне или находки сканирования выгрузки)',
      'Carries personal data (inventory flag or findings of the export scan)',
    ),
    derive: (c) => c.ci.channel.content?.personalData === true || (exportCount(c, 'personalData') ?? 0) > 0,
    source: at('content/personalData'),
  }),
  fact({
    name: 'carriesPaymentData',
    ...b(
      'Передаются платёжные документы или банковские реквизиты (отметка или сканирование)',
      'Carries payment documents or bank details (flag or scan)',
    ),
    derive: (c) =>
      c.ci.channel.content?.paymentDocuments === true ||
      c.ci.channel.content?.bankDetails === true ||
      (exportCount(c, 'paymentData') ?? 0) > 0,
    source: (c) =>
      c.ci.channel.content?.paymentDocuments
        ? `${c.at}/content/paymentDocuments`
        : `${c.at}/content/bankDetails`,
  }),
  fact({
    name: 'exportScanned',
    ...b('Выгрузка чата просканирована', 'The chat export was scanned'),
    derive: (c) => c.exportSummary !== undefined,
  }),
  fact({
    name: 'exportPersonalDataCount',
    ...nn(
      'Находок персональных данных в выгрузке (null — не сканировалась)',
      'Personal-data findings in the export (null: not scanned)',
      ['exports[] (выгрузка чата для сканирования)', 'exports[] (the chat export to scan)'],
    ),
    derive: (c) => exportCount(c, 'personalData'),
  }),
  fact({
    name: 'exportPaymentDataCount',
    ...nn(
      'Находок платёжных данных в выгрузке (null — не сканировалась)',
      'Payment-data findings in the export (null: not scanned)',
      ['exports[] (выгрузка чата для сканирования)', 'exports[] (the chat export to scan)'],
    ),
    derive: (c) => exportCount(c, 'paymentData'),
  }),
  fact({
    name: 'exportFindingsByKind',
    ...sa(
      'Находки сканирования выгрузки по видам, «вид: число» (пусто — не сканировалась или чисто)',
      'Export scan findings by kind, "kind: count" (empty: not scanned or clean)',
    ),
    // Sorted `kind: count` pairs, so a message can say what the export carried without values.
    derive: (c) =>
      Object.entries(c.exportSummary?.countsByKind ?? {})
        .filter(([, count]) => count > 0)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([kind, count]) => `${kind}: ${count}`),
  }),
  fact({
    name: 'daysSinceLastActivity',
    ...nn('Дней с последней активности (null — неизвестно)', 'Days since the last activity (null: unknown)', [
      'channels[].lastActivityAt (столбец «Последняя активность»)',
      'channels[].lastActivityAt (column last_activity_at)',
    ]),
    derive: (c) => daysBetween(c.ci.channel.lastActivityAt, c.index.options.asOf),
    source: at('lastActivityAt'),
  }),
] as const;

const TABLE = factTable<ChannelContext>('channel', CHANNEL_FACTS);

export function deriveChannel(
  index: InputIndex,
  ci: ChannelInfo,
  exportSummary: ExportSummary | undefined,
): Subject {
  const { channel } = ci;
  const isClassChat =
    (channel.purpose === 'class' || channel.purpose === 'parents') && Boolean(channel.class);
  const ctx: ChannelContext = {
    index,
    ci,
    at: `/channels/${ci.index}`,
    isClassChat,
    members: membership(index, ci, isClassChat),
    exportSummary,
  };
  const facts = deriveFacts(TABLE, ctx);
  return subjectWithSources(
    {
      type: 'channel',
      id: channel.id,
      label: channelLabel(
        channel.title ?? channel.id,
        labelPlatformName(ci, facts.platformName as string, index.options.language),
      ),
      facts,
    },
    index.input.sources,
    () => factPointers(TABLE, ctx),
    ctx.at,
  );
}
