/**
 * Synthetic region generator for benches and regional tests: `schools` audit inputs with realistic
 * proportions (one class teacher per class, ≈25 students per class, 1–2 parents per student, a
 * handful of administration and subject teachers) and a controllable share of violations.
 *
 * Deterministic: a seeded PRNG per school (no Math.random, no clock), so the same options give
 * deep-equal output and school `i` does not depend on how many schools come before it.
 */
import type {
  Attestation,
  AuditInput,
  Channel,
  ChannelContent,
  DatedRecord,
  ISODate,
  Person,
  PlatformAdmin,
  SchoolClass,
  SchoolDocument,
} from '../src/model/types.js';

export interface GenerateRegionOptions {
  schools: number;
  /** Exact number of people per school; default 600 (≈9 classes). At least 5. */
  peoplePerSchool?: number;
  /** Exact number of channels per school; default 3 + 2 × classes. At least 1. */
  channelsPerSchool?: number;
  /** PRNG seed; default 1. */
  seed?: number;
  /** Probability (0–1) that each person, channel, document, record or attestation is made non-compliant; default 0.05. */
  violationRate?: number;
}

const DEFAULT_PEOPLE = 600;
const DEFAULT_SEED = 1;
const DEFAULT_VIOLATION_RATE = 0.05;
const MIN_PEOPLE = 5;
const PEOPLE_PER_CLASS = 66;
const PARENTS_PER_STUDENT = 1.5;

/** Clauses that need a recorded human answer (CLAUSES.md, disposition «attest»). */
export const ATTEST_CLAUSES = ['2.1.d', '2.1.f', '2.2.f', '2.2.g', '2.3.d', '2.4.d', '2.5.d'] as const;

/** Spellings of the allowed platforms as schools write them. */
export const ALLOWED_PLATFORM_SPELLINGS = [
  'Сферум',
  'сферум',
  'ИКОП «Сферум»',
  'VK Мессенджер (учебный профиль)',
  'Учебный профиль VK Мессенджер',
] as const;

const MUNICIPALITIES = [
  'г. Новосибирск',
  'г. Бердск',
  'г. Искитим',
  'г. Обь',
  'р. п. Кольцово',
  'Новосибирский район',
  'Колыванский район',
  'Тогучинский район',
  'Черепановский район',
  'Карасукский район',
  'Барабинский район',
  'Куйбышевский район',
] as const;

const CLASS_LETTERS = 'АБВГДЕЖИКЛМНПРС';

const SUBJECTS = [
  'математики',
  'русского языка и литературы',
  'физики',
  'информатики',
  'английского языка',
  'истории',
  'биологии',
  'химии',
  'географии',
  'физической культуры',
] as const;

type Rng = () => number;

/** mulberry32: small, fast, good enough for synthetic data. */
function mulberry32(state: number): Rng {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes the region seed and the school index so each school has an independent stream. */
function schoolSeed(seed: number, index: number): number {
  let h = Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return h >>> 0;
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new RangeError('pick from an empty list');
  return item;
}

function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * The audit date the generated data is written for: every date in it is on or before this day,
 * and records are recent relative to it. Benches pass it as `asOf`.
 */
export const GENERATED_AS_OF: ISODate = '2026-11-30';

const BASE_DAY = Date.UTC(2026, 8, 1); // 2026-09-01, the start of the school year the data describes
const DAY_MS = 86_400_000;

function day(offset: number): ISODate {
  return new Date(BASE_DAY + offset * DAY_MS).toISOString().slice(0, 10);
}

function token(rng: Rng, length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < length; i++) s += alphabet[Math.floor(rng() * alphabet.length)];
  return s;
}

function phone(n: number): string {
  const digits = pad(n % 10_000_000, 7);
  return `+7 900 ${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5, 7)}`;
}

function classId(index: number): string {
  const grade = (index % 11) + 1;
  const round = Math.floor(index / 11);
  const letter = CLASS_LETTERS[round];
  return letter ? `${grade}${letter}` : `${grade}-${round + 1}`;
}

/** A foreign messenger as people write it; some rows give only the invite link. */
function foreignPlatform(rng: Rng): { platform: string; link?: string } {
  const wa = `https://chat.whatsapp.com/${token(rng, 22)}`;
  const tg = `https://t.me/+${token(rng, 16)}`;
  const variants: { platform: string; link?: string }[] = [
    { platform: 'WhatsApp' },
    { platform: 'ватсап' },
    { platform: 'Вотсап' },
    { platform: 'whatsapp', link: wa },
    { platform: wa, link: wa },
    { platform: 'Телега' },
    { platform: 'Telegram', link: tg },
    { platform: 'телеграм' },
    { platform: 'tg' },
    { platform: tg.replace('https://', ''), link: tg },
    { platform: 'вайбер' },
    { platform: 'Viber' },
  ];
  return pick(rng, variants);
}

interface Layout {
  admins: number;
  classes: number;
  subjectTeachers: number;
  students: number;
  parents: number;
}

function layout(people: number): Layout {
  const admins = people >= 200 ? 3 : 2;
  const classes = Math.max(1, Math.round(people / PEOPLE_PER_CLASS));
  const subjectTeachers = Math.max(1, Math.round(classes * 0.6));
  const rest = Math.max(0, people - admins - classes - subjectTeachers);
  const students = Math.min(rest, Math.max(1, Math.round(rest / (1 + PARENTS_PER_STUDENT))));
  return { admins, classes, subjectTeachers, students, parents: rest - students };
}

/** Generates one school of the region; `generateRegion` calls it for every index. */
export function generateSchool(
  index: number,
  options: Omit<GenerateRegionOptions, 'schools'> = {},
): AuditInput {
  const peopleCount = options.peoplePerSchool ?? DEFAULT_PEOPLE;
  if (!Number.isInteger(peopleCount) || peopleCount < MIN_PEOPLE) {
    throw new RangeError(`peoplePerSchool must be an integer ≥ ${MIN_PEOPLE}, got ${peopleCount}`);
  }
  const rate = options.violationRate ?? DEFAULT_VIOLATION_RATE;
  if (!(rate >= 0 && rate <= 1)) throw new RangeError(`violationRate must be within 0–1, got ${rate}`);
  const rng = mulberry32(schoolSeed(options.seed ?? DEFAULT_SEED, index));
  const violate = (): boolean => rate > 0 && rng() < rate;

  const number = index + 1;
  const orgId = String(1_000_000 + number);
  const shape = layout(peopleCount);
  const width = Math.max(3, String(peopleCount).length);
  let nextPerson = 0;
  const newPersonId = (): string => `p-${pad(++nextPerson, width)}`;

  const people: Person[] = [];
  const linked = (role: string): Person['eschool'] => ({ linked: true, organization: orgId, role });
  const staffProfile = (): Person['profile'] => ({
    created: true,
    secured: true,
    twoFactor: true,
    createdAt: day(-intBetween(rng, 30, 900)),
  });
  const plainProfile = (): Person['profile'] => ({
    created: true,
    secured: true,
    createdAt: day(-intBetween(rng, 0, 900)),
  });

  // Administration: the director, the deputy who is the platform admin, another deputy.
  const positions = ['директор', 'заместитель директора по УВР', 'заместитель директора по ВР'];
  const administration: Person[] = [];
  for (let i = 0; i < shape.admins; i++) {
    const id = newPersonId();
    administration.push({
      id,
      roles: ['administration'],
      position: positions[i] ?? 'заместитель директора',
      phone: phone(number * 1000 + i),
      profile: staffProfile(),
      eschool: linked('учитель'),
    });
  }
  const director = administration[0]!;
  const platformAdmin = administration[1]!;

  const classes: SchoolClass[] = [];
  const classTeachers: Person[] = [];
  for (let c = 0; c < shape.classes; c++) {
    const cls = classId(c);
    const teacher: Person = {
      id: newPersonId(),
      roles: ['class-teacher', 'teacher'],
      position: c % 11 < 4 ? 'учитель начальных классов' : `учитель ${pick(rng, SUBJECTS)}`,
      classTeacherOf: [cls],
      phone: phone(number * 1000 + 10 + c),
      profile: staffProfile(),
      eschool: linked('учитель'),
    };
    classTeachers.push(teacher);
    classes.push({ id: cls, grade: (c % 11) + 1, classTeacher: teacher.id });
  }

  const subjectTeachers: Person[] = [];
  for (let s = 0; s < shape.subjectTeachers; s++) {
    subjectTeachers.push({
      id: newPersonId(),
      roles: ['teacher'],
      position: `учитель ${SUBJECTS[s % SUBJECTS.length]}`,
      phone: phone(number * 1000 + 500 + s),
      profile: staffProfile(),
      eschool: linked('учитель'),
    });
  }

  const students: Person[] = [];
  const studentsByClass = new Map<string, Person[]>(classes.map((c) => [c.id, []]));
  for (let s = 0; s < shape.students; s++) {
    const cls = classes[Math.floor((s * shape.classes) / shape.students)]!.id;
    const student: Person = {
      id: newPersonId(),
      roles: ['student'],
      class: cls,
      profile: plainProfile(),
      eschool: linked('ученик'),
    };
    students.push(student);
    studentsByClass.get(cls)!.push(student);
  }

  const parents: Person[] = [];
  const parentsOf = new Map<string, Person[]>();
  for (let p = 0; p < shape.parents; p++) {
    // The first parent of every student, then second parents; a few parents have two children.
    const first = students[p];
    const children = first ? [first] : [pick(rng, students)];
    if (rng() < 0.08 && students.length > 1) {
      const sibling = pick(rng, students);
      if (!children.includes(sibling)) children.push(sibling);
    }
    const parent: Person = {
      id: newPersonId(),
      roles: ['parent'],
      parentOf: children.map((c) => c.id),
      profile: plainProfile(),
      eschool: linked('родитель'),
    };
    if (rng() < 0.4) parent.phone = phone(number * 100_000 + p);
    parents.push(parent);
    for (const child of children) {
      const list = parentsOf.get(child.id) ?? [];
      list.push(parent);
      parentsOf.set(child.id, list);
    }
  }
  people.push(...administration, ...classTeachers, ...subjectTeachers, ...students, ...parents);

  // Person-level violations: wrong e-school role, missing profile, no link, another organisation.
  const wrongRole: Record<string, string[]> = {
    учитель: ['родитель', 'ученик'],
    ученик: ['родитель', 'учитель'],
    родитель: ['ученик', 'учитель'],
  };
  for (const person of people) {
    if (!violate()) continue;
    const kind = intBetween(rng, 0, 3);
    if (kind === 0) person.eschool.role = pick(rng, wrongRole[person.eschool.role ?? 'ученик'] ?? ['ученик']);
    else if (kind === 1) {
      person.profile = { created: false };
      person.eschool = { linked: false };
    } else if (kind === 2) person.eschool = { linked: false };
    else person.eschool.organization = String(1_000_000 + number + 1 + intBetween(rng, 0, 50));
  }

  const staff = [...administration, ...classTeachers, ...subjectTeachers];
  const channels = buildChannels({
    rng,
    violate,
    shape,
    classes,
    classTeachers,
    subjectTeachers,
    administration,
    staff,
    studentsByClass,
    parentsOf,
    requested: options.channelsPerSchool,
  });
  const autoChannels = channels.filter((c) => c.autoCreated).map((c) => c.id);

  // Documents: a missing 2.1.a order or 2.1.b order is a violation.
  const documents: SchoolDocument[] = [
    {
      id: 'doc-regulation',
      kind: 'regulation',
      title:
        'Порядок применения сервисов взаимодействия педагогических работников с обучающимися и законными представителями',
      date: day(-2),
      approvedBy: { position: 'директор' },
      approvalOrder: { number: `${intBetween(rng, 50, 150)}-од`, date: day(-2) },
      councils: [
        { body: 'pedagogical', protocolNumber: '1', date: day(-3) },
        { body: 'governing', protocolNumber: '1', date: day(-3) },
      ],
      effectiveFrom: day(-2),
    },
  ];
  if (!violate())
    documents.push({
      id: 'doc-order-platform',
      kind: 'order-platform-use',
      title: 'Об использовании ИКОП «Сферум» и учебного профиля VK Мессенджер',
      number: `${intBetween(rng, 50, 150)}/1-од`,
      date: day(-2),
      approvedBy: { position: 'директор' },
    });
  const adminOrder = !violate();
  if (adminOrder)
    documents.push({
      id: 'doc-order-admins',
      kind: 'order-admin-appointment',
      title: 'О назначении администратора ИКОП «Сферум»',
      number: `${intBetween(rng, 150, 200)}-од`,
      date: day(1),
      approvedBy: { position: 'директор' },
      appoints: [platformAdmin.id],
    });
  documents.push({
    id: 'doc-chat-strategy',
    kind: 'chat-strategy',
    title: 'Стратегия создания чатов и каналов',
    date: day(1),
    approvedBy: { position: 'директор' },
  });

  const applicationPhone = platformAdmin.phone!;
  const admins: PlatformAdmin[] = [
    {
      personId: platformAdmin.id,
      ...(adminOrder ? { appointmentOrder: 'doc-order-admins' } : {}),
      registered: true,
      registeredAt: day(-intBetween(rng, 30, 700)),
      registrationPhone: violate() ? phone(number * 1000 + 999) : applicationPhone,
      security: { twoFactor: !violate(), recoveryContact: true, reviewedAt: day(intBetween(rng, 0, 60)) },
    },
  ];
  // An extra admin appointed on the platform (2.2.d): a teacher, or — as a violation — a parent.
  {
    const extra =
      violate() && parents.length > 0
        ? pick(rng, parents)
        : rng() < 0.5
          ? pick(rng, subjectTeachers)
          : undefined;
    if (extra)
      admins.push({
        personId: extra.id,
        appointedByAdmin: platformAdmin.id,
        registered: true,
        registeredAt: day(intBetween(rng, 0, 60)),
        security: { twoFactor: true, recoveryContact: true },
      });
  }

  const record = (prefix: string, i: number, offset: number, extra: Partial<DatedRecord>): DatedRecord => ({
    id: `${prefix}-${i + 1}`,
    date: day(offset),
    ...extra,
  });
  const records: AuditInput['records'] = {
    chatStrategy: [
      record('cs', 0, 1, {
        title: 'Утверждена стратегия чатов и каналов',
        by: director.id,
        document: 'doc-chat-strategy',
      }),
    ],
    informationMaterials: Array.from({ length: intBetween(rng, violate() ? 0 : 1, 3) }, (_, i) =>
      record('im', i, 30 * i + intBetween(rng, 0, 20), {
        title: 'Материалы для каналов школы',
        by: director.id,
        to: platformAdmin.id,
      }),
    ),
    controlReviews: Array.from({ length: intBetween(rng, violate() ? 0 : 1, 2) }, (_, i) =>
      record('cr', i, 40 * i + intBetween(rng, 10, 40), {
        title: 'Проверка использования учебного профиля',
        by: platformAdmin.id,
      }),
    ),
    // Stale statistics (2.2.h) when violated: the last report is more than half a year old.
    statisticsReports: violate()
      ? [
          record('st', 0, -intBetween(rng, 200, 400), {
            title: 'Статистика использования платформы',
            by: platformAdmin.id,
            to: director.id,
          }),
        ]
      : Array.from({ length: intBetween(rng, 1, 3) }, (_, i) =>
          record('st', i, 30 * i + intBetween(rng, 20, 28), {
            title: 'Статистика использования платформы',
            by: platformAdmin.id,
            to: director.id,
          }),
        ),
  };

  const attestations: Attestation[] = [];
  for (const clause of ATTEST_CLAUSES) {
    if (violate()) continue; // missing answer
    const expired = violate();
    const date = expired ? day(-intBetween(rng, 400, 500)) : day(intBetween(rng, 0, 60));
    attestations.push({
      clause,
      answer: 'yes',
      by: clause.startsWith('2.2') ? platformAdmin.id : director.id,
      date,
      validUntil: expired ? day(-intBetween(rng, 1, 60)) : day(364),
    });
  }

  return {
    school: {
      id: `sch-${pad(number, 5)}`,
      name: `МБОУ СОШ № ${number}`,
      shortName: `СОШ № ${number}`,
      region: 'Новосибирская область',
      municipality: pick(rng, MUNICIPALITIES),
      eSchoolSystem: 'ГИС «Электронная школа НСО»',
      eSchoolOrganizationId: orgId,
      sferum: {
        registered: true,
        organizationId: `sferum-org-${orgId}`,
        applicationPhone,
        registeredAt: day(-intBetween(rng, 300, 1200)),
        profile: {
          filled: !violate(),
          fields: ['адрес', 'телефон', 'сайт'],
          updatedAt: day(intBetween(rng, 0, 60)),
        },
        autoChannels,
      },
    },
    classes,
    documents,
    admins,
    records,
    attestations,
    people,
    channels,
    exports: [],
  };
}

interface ChannelContext {
  rng: Rng;
  violate: () => boolean;
  shape: Layout;
  classes: SchoolClass[];
  classTeachers: Person[];
  subjectTeachers: Person[];
  administration: Person[];
  staff: Person[];
  studentsByClass: Map<string, Person[]>;
  parentsOf: Map<string, Person[]>;
  requested: number | undefined;
}

function buildChannels(ctx: ChannelContext): Channel[] {
  const {
    rng,
    violate,
    classes,
    classTeachers,
    subjectTeachers,
    administration,
    staff,
    studentsByClass,
    parentsOf,
  } = ctx;
  const count = ctx.requested ?? 3 + 2 * classes.length;
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError(`channelsPerSchool must be an integer ≥ 1, got ${count}`);
  const width = Math.max(3, String(count).length);
  const studentTotal = [...studentsByClass.values()].reduce((n, list) => n + list.length, 0);
  const parentIds = new Set([...parentsOf.values()].flat().map((p) => p.id));

  type Draft = Omit<Channel, 'id' | 'platform'> & { foreignAllowed: boolean };
  const classParents = (cls: string): Person[] => {
    const seen = new Map<string, Person>();
    for (const s of studentsByClass.get(cls) ?? [])
      for (const p of parentsOf.get(s.id) ?? []) seen.set(p.id, p);
    return [...seen.values()];
  };
  const classChat = (c: number): Draft => {
    const cls = classes[c]!;
    const teacher = classTeachers[c]!;
    // Violation (2.3.c): the class teacher is not in the class chat; a deputy runs it.
    const teacherIn = !violate();
    const owner = teacherIn ? teacher : administration[administration.length - 1]!;
    // Students without a profile cannot be in any chat of the educational profile.
    const students = (studentsByClass.get(cls.id) ?? []).filter((s) => s.profile.created);
    const members = [owner, ...students, ...classParents(cls.id)].map((p) => p.id);
    return {
      title: `${cls.id} класс`,
      kind: 'chat',
      purpose: 'class',
      class: cls.id,
      owner: owner.id,
      members,
      foreignAllowed: true,
    };
  };
  const subjectChat = (k: number): Draft => {
    const cls = classes[k % classes.length]!;
    const teacher = subjectTeachers[k % subjectTeachers.length] ?? classTeachers[k % classTeachers.length]!;
    const members = [teacher, ...(studentsByClass.get(cls.id) ?? [])].map((p) => p.id);
    return {
      title: `${teacher.position?.replace('учитель ', '') ?? 'предмет'} ${cls.id}`,
      kind: 'chat',
      purpose: 'subject',
      class: cls.id,
      owner: teacher.id,
      members,
      foreignAllowed: true,
    };
  };
  const parentsChat = (c: number): Draft => {
    const cls = classes[c]!;
    const teacher = classTeachers[c]!;
    return {
      title: `Родители ${cls.id}`,
      kind: 'chat',
      purpose: 'parents',
      class: cls.id,
      owner: teacher.id,
      members: [teacher, ...classParents(cls.id)].map((p) => p.id),
      foreignAllowed: true,
    };
  };
  const fixed: (() => Draft)[] = [
    () => ({
      title: 'Новости школы',
      kind: 'channel',
      purpose: 'official',
      owner: administration[1]!.id,
      autoCreated: true,
      memberCounts: { student: studentTotal, parent: parentIds.size, teacher: staff.length },
      foreignAllowed: false,
    }),
    () => ({
      title: 'Педагогический коллектив',
      kind: 'chat',
      purpose: 'staff',
      owner: administration[0]!.id,
      members: staff.map((p) => p.id),
      foreignAllowed: false,
    }),
    () => ({
      title: 'Планёрка администрации',
      kind: 'call',
      purpose: 'administrative',
      owner: administration[0]!.id,
      members: administration.map((p) => p.id),
      foreignAllowed: false,
    }),
  ];

  const drafts: (() => Draft)[] = [...fixed, ...classes.map((_, c) => () => classChat(c))];
  let k = 0;
  while (drafts.length < count) {
    const n = k++;
    // After the class chats: subject chats, then a parents' chat every third slot.
    drafts.push(n % 3 === 2 ? () => parentsChat(n % classes.length) : () => subjectChat(n));
  }

  const channels: Channel[] = [];
  for (let i = 0; i < count; i++) {
    const { foreignAllowed, ...draft } = drafts[i]!();
    const channel: Channel = {
      id: `c-${pad(i + 1, width)}`,
      platform: pick(rng, ALLOWED_PLATFORM_SPELLINGS),
      ...draft,
    };
    channel.createdAt = day(-intBetween(rng, 0, 700));
    channel.lastActivityAt = day(intBetween(rng, 30, 80));
    let content: ChannelContent = { personalData: false, paymentDocuments: false, bankDetails: false };
    if (foreignAllowed && violate()) {
      const foreign = foreignPlatform(rng);
      channel.platform = foreign.platform;
      if (foreign.link) channel.link = foreign.link;
      content = { personalData: rng() < 0.5, paymentDocuments: rng() < 0.3, bankDetails: rng() < 0.2 };
    }
    channel.content = content;
    if (channel.autoCreated === undefined) channel.autoCreated = false;
    channels.push(channel);
  }
  return channels;
}

/** Generates `schools` audit inputs; see `GenerateRegionOptions` for the knobs. */
export function generateRegion(options: GenerateRegionOptions): AuditInput[] {
  if (!Number.isInteger(options.schools) || options.schools < 0) {
    throw new RangeError(`schools must be a non-negative integer, got ${options.schools}`);
  }
  const { schools, ...rest } = options;
  return Array.from({ length: schools }, (_, i) => generateSchool(i, rest));
}
