import type { FactValues } from './facts.js';
import type { Subject } from './types.js';
import { daysBetween, latestOnOrBefore } from '../model/iso-date.js';
import { belongsToClass, isMemberOf, type InputIndex } from './build-index.js';
import {
  CLASS_CHAT_PURPOSES,
  STUDENT_CHAT_PURPOSES,
  eduClassChats,
  presenceInClassChats,
} from './class-chats.js';
import { classLabel } from './labels.js';
import { subjectWithSources } from './sources.js';

// long-function: the class facts as one record literal; chat membership modes are computed together
export function deriveClass(index: InputIndex, classId: string): Subject {
  const { asOf } = index.options;
  const recordIndex = index.classRecordIndex.get(classId) ?? -1;
  const record = recordIndex >= 0 ? index.input.classes[recordIndex] : undefined;
  const students = index.studentsByClass.get(classId) ?? [];
  const parents = index.parentsByClass.get(classId) ?? new Set<string>();
  const teachers = index.classTeachersByClass.get(classId) ?? [];

  const chats = eduClassChats(index, classId, CLASS_CHAT_PURPOSES);
  const studentChats = eduClassChats(index, classId, STUDENT_CHAT_PURPOSES);
  const listed = chats.filter((c) => c.memberSet !== null);
  const counted = chats.filter((c) => c.channel.memberCounts !== undefined);
  const chatMembership =
    chats.length === 0 ? 'none' : listed.length > 0 ? 'members' : counted.length > 0 ? 'counts' : 'unknown';

  let studentsMissing: number | null = null;
  let parentsMissing: number | null = null;
  let outsiders: number | null = null;
  if (chatMembership === 'members') {
    const inStudentChats = (id: string) => studentChats.some((c) => isMemberOf(c, id) === true);
    const inAnyChat = (id: string) => chats.some((c) => isMemberOf(c, id) === true);
    studentsMissing = students.filter((s) => !inStudentChats(s.person.id)).length;
    parentsMissing = [...parents].filter((p) => !inAnyChat(p)).length;
    const members = new Set<string>();
    for (const c of listed) for (const m of c.memberSet ?? []) members.add(m);
    outsiders = [...members].filter((m) => !belongsToClass(index, m, classId)).length;
  } else if (chatMembership === 'counts') {
    // A count the inventory leaves empty is unknown, not zero: a school that records only how many
    // students a chat has must not be told that every parent is missing.
    const max = (values: (number | undefined)[]) => {
      const known = values.filter((v): v is number => typeof v === 'number');
      return known.length > 0 ? known.reduce((a, b) => (b > a ? b : a)) : null;
    };
    const countedStudents = max(studentChats.map((c) => c.channel.memberCounts?.student));
    const countedParents = max(chats.map((c) => c.channel.memberCounts?.parent));
    studentsMissing = countedStudents === null ? null : Math.max(0, students.length - countedStudents);
    parentsMissing = countedParents === null ? null : Math.max(0, parents.size - countedParents);
    outsiders = counted.reduce((sum, c) => sum + (c.channel.memberCounts?.other ?? 0), 0);
  }

  let classTeacherInChat: boolean | null = null;
  if (teachers.length > 0 && chats.length > 0) {
    // The same question SFR-2.6-IN-CLASS-CHAT asks of a parent, answered by the same function.
    const presence = teachers.map((t) => presenceInClassChats(index, classId, t, CLASS_CHAT_PURPOSES));
    classTeacherInChat = presence.includes('out') ? false : presence.every((p) => p === 'in') ? true : null;
  }

  const lastActivity = latestOnOrBefore(
    chats.map((c) => c.channel.lastActivityAt),
    asOf,
  );
  const offPlatform = (index.channelsByClass.get(classId) ?? []).filter(
    (c) => c.status !== 'educational' && ['class', 'parents', 'subject'].includes(c.channel.purpose),
  );

  const facts: FactValues<'class'> = {
    grade: typeof record?.grade === 'number' ? record.grade : null,
    hasClassTeacher: teachers.length > 0,
    classTeacherIds: [...teachers],
    studentCount: students.length,
    parentCount: parents.size,
    hasClassChat: chats.length > 0,
    hasStudentChat: studentChats.length > 0,
    classChatIds: chats.map((c) => c.channel.id),
    offPlatformChatIds: offPlatform.map((c) => c.channel.id),
    chatMembership,
    classTeacherInChat,
    studentsMissingFromChat: studentsMissing,
    parentsMissingFromChat: parentsMissing,
    outsidersInChat: outsiders,
    daysSinceClassChatActivity: lastActivity === null ? null : daysBetween(lastActivity, asOf),
  };

  const at = recordIndex >= 0 ? `/classes/${recordIndex}` : undefined;
  return subjectWithSources(
    { type: 'class', id: classId, label: classLabel(classId, index.options.language), facts },
    at ? index.input.sources : undefined,
    () => ({
      grade: `${at}/grade`,
      hasClassTeacher: `${at}/classTeacher`,
      classTeacherIds: `${at}/classTeacher`,
    }),
    at,
  );
}
