import type { FactValues } from './facts.js';
import type { PersonRole } from '../model/types.js';
import type { Language } from '../model/vocabulary.js';
import type { Subject } from './types.js';
import { daysBetween } from '../model/iso-date.js';
import { belongsToClass, type ChannelInfo, type InputIndex } from './build-index.js';
import { channelLabel, labelWords } from './labels.js';
import { subjectWithSources } from './sources.js';
import { STATUS_KINDS } from './facts.js';

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

// Registry entries that are not messengers, by the kind of channel they are.
const ENTRY_MEDIUM: Readonly<Record<string, FactValues<'channel'>['medium']>> = {
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
function mediumOf(ci: ChannelInfo): FactValues<'channel'>['medium'] {
  const entry = ci.match.entry;
  if (entry) return ENTRY_MEDIUM[entry.id] ?? 'messenger';
  const written = [ci.channel.link, ci.channel.platform].filter((v): v is string => typeof v === 'string');
  if (written.some((v) => WEB_LINK.test(v))) return 'web';
  return 'messenger';
}

// long-function: the channel facts as one record literal; each fact is a line or two
export function deriveChannel(
  index: InputIndex,
  ci: ChannelInfo,
  exportSummary:
    { personalData: number; paymentData: number; countsByKind?: Record<string, number> } | undefined,
): Subject {
  const { channel } = ci;
  const counts = channel.memberCounts;
  const countTotal = counts
    ? Object.values(counts).reduce((a, v) => a + (typeof v === 'number' ? v : 0), 0)
    : null;
  const isClassChat =
    (channel.purpose === 'class' || channel.purpose === 'parents') && Boolean(channel.class);

  let memberCount: number | null = null;
  let studentMembers: number | null = null;
  let parentMembers: number | null = null;
  let staffMembers: number | null = null;
  let unknownMembers: number | null = null;
  let foreignMembers: number | null = null;
  // Members not in the roster counted beside the list: outsiders, like unknown ids in the list.
  const otherMembers =
    typeof channel.otherMembers === 'number' && channel.otherMembers > 0 ? channel.otherMembers : 0;
  if (ci.memberSet) {
    memberCount = ci.memberSet.size + otherMembers;
    studentMembers = parentMembers = staffMembers = 0;
    unknownMembers = otherMembers;
    for (const id of ci.memberSet) {
      const p = index.peopleById.get(id);
      if (!p) unknownMembers += 1;
      else if (p.isStaff) staffMembers += 1;
      else if (p.isStudent) studentMembers += 1;
      else if (p.isParent) parentMembers += 1;
    }
    if (isClassChat) {
      foreignMembers = otherMembers;
      for (const id of ci.memberSet)
        if (!belongsToClass(index, id, channel.class as string)) foreignMembers += 1;
    }
  } else if (counts) {
    memberCount = countTotal;
    studentMembers = counts.student ?? 0;
    parentMembers = counts.parent ?? 0;
    staffMembers = STAFF_COUNT_KEYS.reduce((a, k) => a + (counts[k] ?? 0), 0);
    if (isClassChat) foreignMembers = counts.other ?? 0;
  }

  const explicitlyEmpty =
    (Array.isArray(channel.members) && channel.members.length === 0 && (countTotal ?? 0) === 0) ||
    (!Array.isArray(channel.members) && countTotal === 0);
  const exportPersonal = exportSummary ? exportSummary.personalData : null;
  const exportPayment = exportSummary ? exportSummary.paymentData : null;
  const isAdmin = (id: string | null) => id !== null && index.adminIds.has(id);

  const facts: FactValues<'channel'> = {
    platformId: ci.match.entry?.id ?? null,
    platformName: platformName(ci),
    platformStatus: ci.status,
    platformMatchedBy: ci.match.matchedBy,
    platformStatusKind: basisKind(ci),
    platformStatusSince: ci.match.entry?.basis?.from ?? null,
    platformStatusSource: ci.match.entry?.basis?.source.title ?? null,
    platformStatusUrl: ci.match.entry?.basis?.source.url ?? null,
    medium: mediumOf(ci),
    kind: channel.kind,
    purpose: channel.purpose,
    class: channel.class ?? null,
    isClassChat,
    isEducationalPlatform: ci.status === 'educational',
    isAdministrative: channel.purpose === 'administrative' || channel.purpose === 'staff',
    isOfficial: channel.purpose === 'official',
    isAutoCreated: ci.autoCreated,
    hasOwner: ci.owner !== null,
    ownerIsAdmin: isAdmin(ci.owner),
    ownerIsStaff: ci.owner !== null && index.peopleById.get(ci.owner)?.isStaff === true,
    membersKnown: ci.memberSet !== null,
    memberCount,
    studentMembers,
    parentMembers,
    staffMembers,
    unknownMembers,
    withStudentsOrParents: (studentMembers ?? 0) + (parentMembers ?? 0) > 0,
    usedWithParticipants: !explicitlyEmpty,
    foreignMembers,
    carriesPersonalData: channel.content?.personalData === true || (exportPersonal ?? 0) > 0,
    carriesPaymentData:
      channel.content?.paymentDocuments === true ||
      channel.content?.bankDetails === true ||
      (exportPayment ?? 0) > 0,
    exportScanned: exportSummary !== undefined,
    exportPersonalDataCount: exportPersonal,
    exportPaymentDataCount: exportPayment,
    // Sorted `kind: count` pairs, so a message can say what the export carried without values.
    exportFindingsByKind: Object.entries(exportSummary?.countsByKind ?? {})
      .filter(([, count]) => count > 0)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([kind, count]) => `${kind}: ${count}`),
    daysSinceLastActivity: daysBetween(channel.lastActivityAt, index.options.asOf),
  };

  const at = `/channels/${ci.index}`;
  return subjectWithSources(
    {
      type: 'channel',
      id: channel.id,
      label: channelLabel(
        channel.title ?? channel.id,
        labelPlatformName(ci, facts.platformName, index.options.language),
      ),
      facts,
    },
    index.input.sources,
    () => ({
      platformId: `${at}/platform`,
      platformName: `${at}/platform`,
      platformStatus: `${at}/platform`,
      medium: channel.link ? `${at}/link` : `${at}/platform`,
      kind: `${at}/kind`,
      purpose: `${at}/purpose`,
      class: `${at}/class`,
      isClassChat: `${at}/purpose`,
      isAdministrative: `${at}/purpose`,
      isOfficial: `${at}/purpose`,
      isAutoCreated: `${at}/autoCreated`,
      hasOwner: `${at}/owner`,
      ownerIsAdmin: `${at}/owner`,
      ownerIsStaff: `${at}/owner`,
      membersKnown: `${at}/members`,
      memberCount: ci.memberSet ? `${at}/members` : `${at}/memberCounts`,
      foreignMembers: ci.memberSet ? `${at}/members` : `${at}/memberCounts`,
      usedWithParticipants: ci.memberSet ? `${at}/members` : `${at}/memberCounts`,
      carriesPersonalData: `${at}/content/personalData`,
      carriesPaymentData: channel.content?.paymentDocuments
        ? `${at}/content/paymentDocuments`
        : `${at}/content/bankDetails`,
      daysSinceLastActivity: `${at}/lastActivityAt`,
    }),
    at,
  );
}
