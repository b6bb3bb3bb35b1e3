import type { Subject } from './types.js';
import { daysBetween, latestOnOrBefore } from '../model/iso-date.js';
import { belongsToClass, type ChannelInfo, type InputIndex, type PersonInfo } from './build-index.js';
import {
  CLASS_CHAT_PURPOSES,
  STUDENT_CHAT_PURPOSES,
  countOutOfClassChats,
  eduClassChats,
  presenceInClassChats,
} from './class-chats.js';
import { classLabel } from './labels.js';
import { subjectWithSources } from './sources.js';
import {
  CHAT_MEMBERSHIP,
  b,
  bn,
  deriveFacts,
  e,
  factPointers,
  factsOf,
  factTable,
  n,
  nn,
  sa,
} from './fact-definition.js';

/** What a class's facts share: its people and its chats on the educational platform. */
export interface ClassContext {
  index: InputIndex;
  classId: string;
  /** Pointer of the class record; undefined for a class known only from the roster. */
  at: string | undefined;
  students: readonly PersonInfo[];
  parents: ReadonlySet<string>;
  teachers: readonly string[];
  chats: ChannelInfo[];
  studentChats: ChannelInfo[];
  chatMembership: (typeof CHAT_MEMBERSHIP)[number];
}

/** The largest count of `key` the chats record; null when none records it (unknown, not zero). */
function countedMembers(chats: readonly ChannelInfo[], key: 'student' | 'parent'): number | null {
  let max: number | null = null;
  for (const c of chats) {
    const v = c.channel.memberCounts?.[key];
    if (typeof v === 'number' && (max === null || v > max)) max = v;
  }
  return max;
}

/**
 * How many of `people` are missing from the chats: by member lists with the per-person test every
 * chat fact uses, else — a school that records only numbers — by the counts. A count the inventory
 * leaves empty is unknown, not zero: a school that records only how many students a chat has must
 * not be told that every parent is missing.
 */
function missingFrom(
  c: ClassContext,
  people: Iterable<string>,
  size: number,
  chats: readonly ChannelInfo[],
  purposes: typeof CLASS_CHAT_PURPOSES,
  key: 'student' | 'parent',
): number | null {
  if (c.chatMembership === 'none' || c.chatMembership === 'unknown') return null;
  const byList =
    c.chatMembership === 'members' ? countOutOfClassChats(c.index, c.classId, people, purposes) : null;
  if (byList !== null) return byList;
  const counted = countedMembers(chats, key);
  return counted === null ? null : Math.max(0, size - counted);
}

const fromRecord = (path: string) => (c: ClassContext) => (c.at ? `${c.at}/${path}` : undefined);

const fact = factsOf<ClassContext>();

export const CLASS_FACTS = [
  fact({
    name: 'grade',
    ...nn('Параллель', 'Grade', ['classes[].grade', 'classes[].grade']),
    derive: (c) => {
      const record = c.at ? c.index.input.classes[c.index.classRecordIndex.get(c.classId)!] : undefined;
      return typeof record?.grade === 'number' ? record.grade : null;
    },
    source: fromRecord('grade'),
  }),
  fact({
    name: 'hasClassTeacher',
    ...b('Классный руководитель назначен', 'A class teacher is assigned'),
    derive: (c) => c.teachers.length > 0,
    source: fromRecord('classTeacher'),
  }),
  fact({
    name: 'classTeacherIds',
    ...sa('ИД классных руководителей', 'Ids of the class teachers'),
    derive: (c) => [...c.teachers],
    source: fromRecord('classTeacher'),
  }),
  fact({
    name: 'studentCount',
    ...n('Число обучающихся класса в списке', 'Number of students of the class in the roster'),
    derive: (c) => c.students.length,
  }),
  fact({
    name: 'parentCount',
    ...n('Число родителей обучающихся класса', 'Number of parents of the students of the class'),
    derive: (c) => c.parents.size,
  }),
  fact({
    name: 'hasClassChat',
    ...b(
      'У класса есть чат (назначение class или parents) на образовательной платформе',
      'The class has a chat (purpose class or parents) on the educational platform',
    ),
    derive: (c) => c.chats.length > 0,
  }),
  fact({
    name: 'hasStudentChat',
    ...b(
      'У класса есть чат с обучающимися (назначение class) на образовательной платформе; родительский чат (parents) не в счёт',
      "The class has a chat with students (purpose class) on the educational platform; a parents' chat does not count",
    ),
    derive: (c) => c.studentChats.length > 0,
  }),
  fact({
    name: 'classChatIds',
    ...sa(
      'ИД чатов класса на образовательной платформе',
      "Ids of the class's chats on the educational platform",
    ),
    derive: (c) => c.chats.map((ch) => ch.channel.id),
  }),
  fact({
    name: 'offPlatformChatIds',
    ...sa(
      'ИД чатов класса (класс, родители, предмет) вне образовательной платформы',
      "Ids of the class's chats (class, parents, subject) off the educational platform",
    ),
    derive: (c) =>
      (c.index.channelsByClass.get(c.classId) ?? [])
        .filter(
          (ch) => ch.status !== 'educational' && ['class', 'parents', 'subject'].includes(ch.channel.purpose),
        )
        .map((ch) => ch.channel.id),
  }),
  fact({
    name: 'chatMembership',
    ...e(
      CHAT_MEMBERSHIP,
      'Как известен состав чатов класса: members — списком, counts — числами, unknown — никак, none — чатов нет',
      "How the class chats' membership is known: members (lists), counts, unknown, none (no chats)",
    ),
    derive: (c) => c.chatMembership,
  }),
  fact({
    name: 'classTeacherInChat',
    ...bn(
      'Классный руководитель состоит в чате класса (null — неизвестно)',
      'The class teacher is in the class chat (null: unknown)',
      [
        'channels[].members чата класса (столбец «Участники»)',
        'channels[].members of the class chat (column members)',
      ],
    ),
    derive: (c) => {
      if (c.teachers.length === 0 || c.chats.length === 0) return null;
      // The same question SFR-2.6-IN-CLASS-CHAT asks of a parent, answered by the same function.
      const presence = c.teachers.map((t) =>
        presenceInClassChats(c.index, c.classId, t, CLASS_CHAT_PURPOSES),
      );
      return presence.includes('out') ? false : presence.every((p) => p === 'in') ? true : null;
    },
  }),
  fact({
    name: 'studentsMissingFromChat',
    ...nn(
      'Сколько обучающихся класса нет в чате класса (null — неизвестно; при частично известном составе — сколько заведомо нет)',
      'How many students of the class are not in the class chat (null: unknown; with membership known in part, how many are known to be out)',
      [
        'channels[].members или memberCounts.student чата класса',
        'channels[].members or memberCounts.student of the class chat',
      ],
    ),
    derive: (c) =>
      missingFrom(
        c,
        c.students.map((s) => s.person.id),
        c.students.length,
        c.studentChats,
        STUDENT_CHAT_PURPOSES,
        'student',
      ),
  }),
  fact({
    name: 'parentsMissingFromChat',
    ...nn(
      'Сколько родителей обучающихся класса нет в чатах класса (null — неизвестно; при частично известном составе — сколько заведомо нет)',
      "How many parents of the class's students are not in the class chats (null: unknown; with membership known in part, how many are known to be out)",
      [
        'channels[].members или memberCounts.parent чата класса',
        'channels[].members or memberCounts.parent of the class chat',
      ],
    ),
    derive: (c) => missingFrom(c, c.parents, c.parents.size, c.chats, CLASS_CHAT_PURPOSES, 'parent'),
  }),
  fact({
    name: 'outsidersInChat',
    ...nn(
      'Сколько посторонних в чатах класса: не ученики класса, не их родители, не сотрудники (null — неизвестно)',
      "How many outsiders are in the class chats: not the class's students, their parents or staff (null: unknown)",
      [
        'channels[].members или memberCounts.other чатов класса',
        'channels[].members or memberCounts.other of the class chats',
      ],
    ),
    derive: (c) => {
      if (c.chatMembership === 'none' || c.chatMembership === 'unknown') return null;
      // Listed outsiders are counted once across the chats; those counted beside a list
      // (otherMembers) or by numbers (memberCounts.other) are added per chat.
      const listed = new Set<string>();
      let counted = 0;
      for (const ch of c.chats) {
        if (ch.memberSet) {
          for (const m of ch.memberSet) if (!belongsToClass(c.index, m, c.classId)) listed.add(m);
          const other = ch.channel.otherMembers;
          if (typeof other === 'number' && other > 0) counted += other;
        } else counted += ch.channel.memberCounts?.other ?? 0;
      }
      return listed.size + counted;
    },
  }),
  fact({
    name: 'daysSinceClassChatActivity',
    ...nn(
      'Дней с последней активности в чатах класса на образовательной платформе (null — неизвестно)',
      "Days since the last activity in the class's chats on the educational platform (null: unknown)",
      [
        'channels[].lastActivityAt чатов класса (столбец «Последняя активность»)',
        'channels[].lastActivityAt of the class chats (column last_activity_at)',
      ],
    ),
    derive: (c) => {
      const asOf = c.index.options.asOf;
      const last = latestOnOrBefore(
        c.chats.map((ch) => ch.channel.lastActivityAt),
        asOf,
      );
      return last === null ? null : daysBetween(last, asOf);
    },
  }),
] as const;

const TABLE = factTable<ClassContext>('class', CLASS_FACTS);

export function deriveClass(index: InputIndex, classId: string): Subject {
  const recordIndex = index.classRecordIndex.get(classId) ?? -1;
  const chats = eduClassChats(index, classId, CLASS_CHAT_PURPOSES);
  const listed = chats.some((c) => c.memberSet !== null);
  const counted = chats.some((c) => c.channel.memberCounts !== undefined);
  const ctx: ClassContext = {
    index,
    classId,
    at: recordIndex >= 0 ? `/classes/${recordIndex}` : undefined,
    students: index.studentsByClass.get(classId) ?? [],
    parents: index.parentsByClass.get(classId) ?? new Set<string>(),
    teachers: index.classTeachersByClass.get(classId) ?? [],
    chats,
    studentChats: eduClassChats(index, classId, STUDENT_CHAT_PURPOSES),
    chatMembership: chats.length === 0 ? 'none' : listed ? 'members' : counted ? 'counts' : 'unknown',
  };
  return subjectWithSources(
    {
      type: 'class',
      id: classId,
      label: classLabel(classId, index.options.language),
      facts: deriveFacts(TABLE, ctx),
    },
    ctx.at ? index.input.sources : undefined,
    () => factPointers(TABLE, ctx),
    ctx.at,
  );
}
