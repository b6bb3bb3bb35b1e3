import type { AuditInput, Channel, ISODate, Person, PersonRole, SchoolDocument } from '../model/types.js';
import type { MessengerRegistry, MessengerStatus, PlatformMatch } from '../messengers/types.js';
import { matchPlatform } from '../messengers/index.js';
import { canonicalPhone } from './phones.js';
import { onOrBefore } from '../model/iso-date.js';

/** What a chat-export scan found, per channel id (from the scan stage). */
export interface ExportSummary {
  personalData: number;
  paymentData: number;
  countsByKind: Record<string, number>;
}

export interface NormalizeOptions {
  /** The audit date: every "in force", "days since" is computed for this calendar day. */
  asOf: ISODate;
  registry: MessengerRegistry;
  /**
   * The regulation edition applied: `classChatsOn` maps a service to the one a class or parents'
   * chat on it counts as (`max` → `sferum-max`). Default: none, undeclared.
   */
  edition?: { id: string; declared: boolean; classChatsOn: Readonly<Record<string, string>> };
  exportSummaries?: Readonly<Record<string, ExportSummary>>;
  /** Language of subject labels (roles, document kinds); default `ru`. Facts do not depend on it. */
  language?: 'ru' | 'en';
}

const STAFF_ROLES: readonly PersonRole[] = ['administration', 'teacher', 'class-teacher'];

export interface PersonInfo {
  person: Person;
  index: number;
  roles: PersonRole[];
  isStaff: boolean;
  isStudent: boolean;
  isParent: boolean;
  studentClass: string | null;
  ledClasses: string[];
  childClasses: string[];
}

export interface ChannelInfo {
  channel: Channel;
  index: number;
  match: PlatformMatch;
  status: MessengerStatus;
  /** Members plus the owner, when the member list is known; null when only counts (or nothing) are known. */
  memberSet: ReadonlySet<string> | null;
  owner: string | null;
  autoCreated: boolean;
}

export interface DocumentInfo {
  doc: SchoolDocument;
  index: number;
  isOrder: boolean;
  effectiveFrom: ISODate | null;
  approved: boolean;
  inForce: boolean;
  supersededBy: string | null;
}

/** Indexes built once per input: every derived fact is a lookup, never a scan (O(n) overall). */
export interface InputIndex {
  input: AuditInput;
  options: NormalizeOptions;
  people: PersonInfo[];
  peopleById: Map<string, PersonInfo>;
  studentsByClass: Map<string, PersonInfo[]>;
  parentsByClass: Map<string, Set<string>>;
  classTeachersByClass: Map<string, string[]>;
  classIds: string[];
  /** Class id → position in `input.classes` (classes found only in the roster are absent). */
  classRecordIndex: Map<string, number>;
  channels: ChannelInfo[];
  channelsByClass: Map<string, ChannelInfo[]>;
  channelsByMember: Map<string, ChannelInfo[]>;
  membershipKnown: boolean;
  /**
   * The inventory has a staff or administrative chat on the educational platform and lists the
   * members of every such chat: only then can «this employee is in no chat» be told from the data.
   */
  staffChatMembersKnown: boolean;
  documents: DocumentInfo[];
  documentsById: Map<string, DocumentInfo>;
  adminIds: Set<string>;
  orderAppointees: Set<string>;
  applicationPhone: string | null;
}

const ROLE_ORDER: readonly PersonRole[] = ['administration', 'class-teacher', 'teacher', 'student', 'parent'];

/**
 * Under an edition that says so, a class or parents' chat on a service counts as the service it
 * maps to — a class chat in MAX is the class's Sferum chat in MAX — but only while that service
 * is the educational platform on the audit date. `matchedBy: 'context'` records that the purpose
 * of the chat, not its name, decided.
 */
function asClassChat(
  match: PlatformMatch,
  channel: Channel,
  classChatsOn: Readonly<Record<string, string>>,
  registry: MessengerRegistry,
): PlatformMatch {
  const target = match.entry ? classChatsOn[match.entry.id] : undefined;
  if (target === undefined || !Object.hasOwn(classChatsOn, match.entry!.id)) return match;
  if (!((channel.purpose === 'class' || channel.purpose === 'parents') && channel.class)) return match;
  const entry = registry.entries.find((e) => e.id === target);
  if (entry?.status !== 'educational') return match;
  return {
    ...match,
    entry,
    status: entry.status,
    matchedBy: 'context',
    evidence: `${match.entry!.id} + purpose: ${channel.purpose}`,
    alsoNamed: [match.entry!.id],
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function uniq(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

function addTo(sets: Map<string, Set<string>>, key: string, value: string): void {
  let set = sets.get(key);
  if (!set) sets.set(key, (set = new Set()));
  set.add(value);
}

// long-function: builds every lookup table of the input in one pass (people, classes, channels, documents); derive-* read them
export function buildIndex(input: AuditInput, options: NormalizeOptions): InputIndex {
  const { asOf } = options;
  const people = input.people ?? [];
  const classes = input.classes ?? [];
  const channels = input.channels ?? [];
  const documents = input.documents ?? [];
  const admins = input.admins ?? [];

  // Class teachers from both sides: the class record and the person's classTeacherOf.
  // Sets, in the order first met: one teacher of thousands of classes must not make this quadratic.
  const teacherSets = new Map<string, Set<string>>();
  const ledSets = new Map<string, Set<string>>();
  const noteLead = (classId: string, personId: string) => {
    addTo(teacherSets, classId, personId);
    addTo(ledSets, personId, classId);
  };
  for (const c of classes) if (c.classTeacher) noteLead(c.id, c.classTeacher);
  for (const p of people) for (const c of p.classTeacherOf ?? []) noteLead(c, p.id);
  const classTeachersByClass = new Map<string, string[]>();
  for (const [classId, teachers] of teacherSets) classTeachersByClass.set(classId, [...teachers]);
  const ledByPerson = new Map<string, string[]>();
  for (const [personId, led] of ledSets) ledByPerson.set(personId, [...led]);

  const peopleById = new Map<string, PersonInfo>();
  const infos: PersonInfo[] = people.map((person, index) => {
    const roleSet = new Set(person.roles ?? []);
    const roles = ROLE_ORDER.filter((r) => roleSet.has(r));
    const info: PersonInfo = {
      person,
      index,
      roles,
      isStaff: roles.some((r) => STAFF_ROLES.includes(r)),
      isStudent: roleSet.has('student'),
      isParent: roleSet.has('parent'),
      studentClass: roleSet.has('student') && person.class ? person.class : null,
      ledClasses: ledByPerson.get(person.id) ?? [],
      childClasses: [],
    };
    // First record wins on duplicate ids; validation reports the duplicate.
    if (!peopleById.has(person.id)) peopleById.set(person.id, info);
    return info;
  });

  const studentsByClass = new Map<string, PersonInfo[]>();
  for (const info of infos) if (info.studentClass) push(studentsByClass, info.studentClass, info);

  const parentsByClass = new Map<string, Set<string>>();
  for (const info of infos) {
    if (!info.isParent) continue;
    const childClasses: string[] = [];
    for (const childId of info.person.parentOf ?? []) {
      const child = peopleById.get(childId);
      if (!child?.studentClass) continue;
      childClasses.push(child.studentClass);
      let set = parentsByClass.get(child.studentClass);
      if (!set) parentsByClass.set(child.studentClass, (set = new Set()));
      set.add(info.person.id);
    }
    info.childClasses = uniq(childClasses);
  }

  const classIds = uniq([
    ...classes.map((c) => c.id),
    ...infos.flatMap((i) => (i.studentClass ? [i.studentClass] : [])),
    ...infos.flatMap((i) => i.ledClasses),
  ]);

  const classRecordIndex = new Map<string, number>();
  classes.forEach((c, i) => classRecordIndex.has(c.id) || classRecordIndex.set(c.id, i));

  const autoIds = new Set(input.school?.sferum?.autoChannels ?? []);
  const classChatsOn = options.edition?.classChatsOn ?? {};
  const channelInfos: ChannelInfo[] = channels.map((channel, index) => {
    const match = asClassChat(
      matchPlatform(channel.platform ?? '', channel.link, options.registry),
      channel,
      classChatsOn,
      options.registry,
    );
    const owner = channel.owner ?? null;
    const memberSet = Array.isArray(channel.members)
      ? new Set([...channel.members, ...(owner ? [owner] : [])])
      : null;
    return {
      channel,
      index,
      match,
      status: match.status,
      memberSet,
      owner,
      autoCreated: channel.autoCreated === true || autoIds.has(channel.id),
    };
  });
  const channelsByClass = new Map<string, ChannelInfo[]>();
  const channelsByMember = new Map<string, ChannelInfo[]>();
  let membershipKnown = false;
  for (const ci of channelInfos) {
    if (ci.channel.class) push(channelsByClass, ci.channel.class, ci);
    if (ci.memberSet) {
      membershipKnown = true;
      for (const id of ci.memberSet) push(channelsByMember, id, ci);
    } else if (ci.owner) {
      push(channelsByMember, ci.owner, ci);
    }
  }

  const staffChats = channelInfos.filter(
    (ci) =>
      ci.status === 'educational' &&
      (ci.channel.purpose === 'staff' || ci.channel.purpose === 'administrative'),
  );
  const staffChatMembersKnown = staffChats.length > 0 && staffChats.every((ci) => ci.memberSet !== null);

  const docInfos: DocumentInfo[] = documents.map((doc, index) => {
    const isOrder = doc.kind === 'order-platform-use' || doc.kind === 'order-admin-appointment';
    const hasApprovalOrder = Boolean(doc.approvalOrder?.number?.trim() && doc.approvalOrder?.date);
    const approved =
      hasApprovalOrder ||
      (isOrder && Boolean(doc.number?.trim()) && Boolean(doc.date)) ||
      (!isOrder && doc.kind !== 'regulation' && Boolean(doc.approvedBy?.position?.trim()));
    const effectiveFrom = doc.effectiveFrom ?? doc.approvalOrder?.date ?? doc.date ?? null;
    return {
      doc,
      index,
      isOrder,
      effectiveFrom,
      approved,
      inForce: onOrBefore(effectiveFrom, asOf),
      supersededBy: null,
    };
  });
  const documentsById = new Map<string, DocumentInfo>();
  for (const d of docInfos) if (!documentsById.has(d.doc.id)) documentsById.set(d.doc.id, d);
  // A newer edition supersedes an older one only once it is approved and in force itself.
  for (const d of docInfos) {
    if (!d.doc.supersedes || !d.approved || !d.inForce) continue;
    const old = documentsById.get(d.doc.supersedes);
    if (old && old !== d && old.supersededBy === null) old.supersededBy = d.doc.id;
  }

  const orderAppointees = new Set<string>();
  for (const d of docInfos) {
    if (d.doc.kind === 'order-admin-appointment' && onOrBeforeOrUndated(d.doc.date, asOf)) {
      for (const id of d.doc.appoints ?? []) orderAppointees.add(id);
    }
  }

  return {
    input,
    options,
    people: infos,
    peopleById,
    studentsByClass,
    parentsByClass,
    classTeachersByClass,
    classIds,
    classRecordIndex,
    channels: channelInfos,
    channelsByClass,
    channelsByMember,
    membershipKnown,
    staffChatMembersKnown,
    documents: docInfos,
    documentsById,
    adminIds: new Set(admins.map((a) => a.personId)),
    orderAppointees,
    applicationPhone: canonicalPhone(input.school?.sferum?.applicationPhone),
  };
}

/** Dated documents count from their date; undated ones are taken as issued (other rules flag the missing date). */
export function onOrBeforeOrUndated(date: string | undefined, asOf: ISODate): boolean {
  return date === undefined || onOrBefore(date, asOf);
}

/** Whether the person belongs to the class's chat: its students, their parents, and any staff. */
export function belongsToClass(index: InputIndex, personId: string, classId: string): boolean {
  const info = index.peopleById.get(personId);
  if (!info) return false;
  if (info.isStaff) return true;
  if (info.studentClass === classId) return true;
  return index.parentsByClass.get(classId)?.has(personId) ?? false;
}

export function isEducational(ci: ChannelInfo): boolean {
  return ci.status === 'educational';
}

export function isMemberOf(ci: ChannelInfo, personId: string): boolean | null {
  if (ci.owner === personId) return true;
  if (ci.memberSet) return ci.memberSet.has(personId);
  return null;
}
