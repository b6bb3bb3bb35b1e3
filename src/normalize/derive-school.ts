import type { FactValues } from './facts.js';
import type { Subject } from './types.js';
import { DEFAULT_ESCHOOL_SYSTEM } from '../model/types.js';
import { daysBetween, latestOnOrBefore } from '../model/iso-date.js';
import { isEducational, onOrBeforeOrUndated, type InputIndex } from './build-index.js';
import { subjectWithSources } from './sources.js';
import { statusOn } from '../messengers/registry-as-of.js';
import { labelWords } from './labels.js';
import { profileSecurity } from './derive-person.js';

function daysSinceLatest(dates: readonly unknown[], asOf: string): number | null {
  const latest = latestOnOrBefore(dates, asOf);
  return latest === null ? null : daysBetween(latest, asOf);
}

// long-function: the school facts as one record literal; each fact is a line or two
export function deriveSchool(index: InputIndex, adminAppointedByOrder: ReadonlySet<string>): Subject {
  const { input, options } = index;
  const { asOf } = options;
  const school = input.school;
  const records = input.records ?? {};
  const sferum = school?.sferum;

  const regulations = index.documents.filter((d) => d.doc.kind === 'regulation');
  const current = regulations.filter((d) => d.approved && d.inForce && d.supersededBy === null);
  const hasDocOfKind = (kind: string) =>
    index.documents.some((d) => d.doc.kind === kind && onOrBeforeOrUndated(d.doc.date, asOf));

  const edu = index.channels.filter(isEducational);
  const officialActivity = edu
    .filter((c) => c.channel.purpose === 'official')
    .map((c) => c.channel.lastActivityAt);

  const autoChannelIds = new Set(sferum?.autoChannels ?? []);
  for (const c of index.channels) if (c.autoCreated) autoChannelIds.add(c.channel.id);
  const autoWithoutAdmin = index.channels.filter(
    (c) => c.autoCreated && !(c.owner !== null && index.adminIds.has(c.owner)),
  ).length;

  // Judged on the registry's own history, whatever the edition counts as the platform.
  const sferumInMax = options.registry.entries.find((e) => e.id === 'sferum-max');

  const withProfile = index.people.filter((p) => p.person.profile?.created === true);

  const facts: FactValues<'school'> = {
    schoolName: school?.shortName ?? school?.name ?? '',
    eSchoolSystem: school?.eSchoolSystem ?? DEFAULT_ESCHOOL_SYSTEM,
    hasRegulation: regulations.length > 0,
    regulationEdition: options.edition?.id ?? 'intent',
    regulationEditionDeclared: options.edition?.declared === true,
    sferumInMaxInForce: sferumInMax !== undefined && statusOn(sferumInMax, asOf).status === 'educational',
    regulationCount: regulations.length,
    regulationInForce: current.length > 0,
    currentRegulationIds: current.map((d) => d.doc.id),
    currentRegulationCount: current.length,
    hasPlatformUseOrder: hasDocOfKind('order-platform-use'),
    hasAdminAppointmentOrder: hasDocOfKind('order-admin-appointment'),
    adminCount: index.adminIds.size,
    orderAppointedAdminCount: adminAppointedByOrder.size,
    hasChatStrategy:
      index.documents.some((d) => d.doc.kind === 'chat-strategy') ||
      (records.chatStrategy ?? []).some((r) => latestOnOrBefore([r.date], asOf) !== null),
    daysSinceLastInformationMaterial: daysSinceLatest(
      (records.informationMaterials ?? []).map((r) => r.date),
      asOf,
    ),
    daysSinceOfficialChannelActivity: daysSinceLatest(officialActivity, asOf),
    daysSinceLastControlReview: daysSinceLatest(
      (records.controlReviews ?? []).map((r) => r.date),
      asOf,
    ),
    daysSinceLastStatisticsReport: daysSinceLatest(
      (records.statisticsReports ?? []).map((r) => r.date),
      asOf,
    ),
    adminChatsOnEduPlatform: edu.filter(
      (c) => c.channel.purpose === 'administrative' || c.channel.purpose === 'staff',
    ).length,
    sferumRegistered: sferum?.registered === true,
    applicationPhoneRecorded: index.applicationPhone !== null,
    orgProfileFilled: sferum?.profile?.filled === true,
    orgProfileFields: [...(sferum?.profile?.fields ?? [])],
    daysSinceOrgProfileUpdate: daysBetween(sferum?.profile?.updatedAt, asOf),
    autoChannelCount: autoChannelIds.size,
    autoChannelsWithoutAdmin: autoWithoutAdmin,
    classCount: index.classIds.length,
    peopleCount: index.people.length,
    profilesCreatedCount: withProfile.length,
    profileSecurityUnknownCount: withProfile.filter((p) => profileSecurity(p.person.profile) === null).length,
    channelCount: index.channels.length,
    prohibitedChannelCount: index.channels.filter((c) => c.status === 'prohibited').length,
  };

  return subjectWithSources(
    {
      type: 'school',
      id: 'school',
      label: school?.shortName ?? school?.name ?? labelWords(index.options.language).school,
      facts,
    },
    input.sources,
    () => ({
      sferumRegistered: '/school/sferum/registered',
      applicationPhoneRecorded: '/school/sferum/applicationPhone',
      orgProfileFilled: '/school/sferum/profile/filled',
      orgProfileFields: '/school/sferum/profile/fields',
      daysSinceOrgProfileUpdate: '/school/sferum/profile/updatedAt',
      autoChannelCount: '/school/sferum/autoChannels',
      eSchoolSystem: '/school/eSchoolSystem',
      schoolName: '/school/name',
      daysSinceLastInformationMaterial: '/records/informationMaterials',
      daysSinceLastControlReview: '/records/controlReviews',
      daysSinceLastStatisticsReport: '/records/statisticsReports',
      hasChatStrategy: '/records/chatStrategy',
    }),
    '/school',
  );
}
