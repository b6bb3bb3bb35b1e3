import type { Localized } from '../diagnostics/diagnostic.js';
import type { SubjectType } from '../model/vocabulary.js';

export type FactType = 'boolean' | 'number' | 'string' | 'string[]';

/**
 * One fact, declared once: its JSON type, whether the input can leave it unknown (`nullable`: then
 * the value is `null`), its closed set of values, its description and — for a fact that can be
 * unknown — where to record the data that would make it known. Rules decide what an unknown
 * value means for them (`unknown:` in the rule file); the audit reports it as «недостаточно данных».
 */
export interface FactSpec {
  type: FactType;
  nullable?: true;
  /** For string facts with a closed set of values. */
  values?: readonly string[];
  description: Localized;
  /** For a nullable fact: the input field or roster/inventory column that makes it known. */
  record?: Localized;
}

export type FactVocabulary = Readonly<Record<SubjectType, Readonly<Record<string, FactSpec>>>>;

/**
 * Every fact rules may read, per subject type. Conditions read rule parameters as the fact
 * `params` in addition to these (see `PARAMS_FACT`). normalize() emits exactly these facts for each
 * subject — the derive functions are typed by `FactValues<T>`, so a fact missing, extra or of the
 * wrong type is a compile error — and an absent value is `null`, never `undefined`.
 */
export const PARAMS_FACT = 'params';

/** Declares one fact; the literal types are kept, so `FactValues` can infer the value types. */
export function defineFact<const S extends FactSpec>(spec: S): S {
  return spec;
}

type Rec = readonly [ru: string, en: string];
const loc = (r: Rec): Localized => ({ ru: r[0], en: r[1] });
const b = (ru: string, en: string) => defineFact({ type: 'boolean', description: { ru, en } });
const bn = (ru: string, en: string, record: Rec) =>
  defineFact({ type: 'boolean', nullable: true, description: { ru, en }, record: loc(record) });
const n = (ru: string, en: string) => defineFact({ type: 'number', description: { ru, en } });
const nn = (ru: string, en: string, record: Rec) =>
  defineFact({ type: 'number', nullable: true, description: { ru, en }, record: loc(record) });
const s = (ru: string, en: string) => defineFact({ type: 'string', description: { ru, en } });
const sn = (ru: string, en: string, record: Rec) =>
  defineFact({ type: 'string', nullable: true, description: { ru, en }, record: loc(record) });
const sa = (ru: string, en: string) => defineFact({ type: 'string[]', description: { ru, en } });
function e<const V extends readonly string[]>(values: V, ru: string, en: string) {
  return defineFact({ type: 'string', values, description: { ru, en } });
}
function en_<const V extends readonly string[]>(values: V, ru: string, en: string, record: Rec) {
  return defineFact({ type: 'string', values, nullable: true, description: { ru, en }, record: loc(record) });
}

export const PLATFORM_STATUSES = ['prohibited', 'educational', 'allowed', 'unknown'] as const;
export const STATUS_KINDS = [
  'rkn-list',
  'educational-platform',
  'national-platform',
  'domestic',
  'foreign',
  'region',
  'school',
] as const;
export const CHANNEL_MEDIA = [
  'messenger',
  'video',
  'web',
  'eschool',
  'email',
  'phone',
  'in-person',
  'paper',
] as const;
export const CHAT_MEMBERSHIP = ['members', 'counts', 'unknown', 'none'] as const;

const FACT_DEFINITIONS = {
  school: {
    schoolName: s('Краткое наименование школы', 'Short name of the school'),
    eSchoolSystem: s('Региональная система «Электронная школа»', 'The regional e-school system'),
    hasRegulation: b(
      'Среди документов есть Положение (kind: regulation)',
      'The documents include the regulation (kind: regulation)',
    ),
    regulationEdition: s(
      'Редакция Положения, по которой проведён аудит (docs/editions.md)',
      'The regulation edition the audit applied (docs/editions.md)',
    ),
    regulationEditionDeclared: b(
      'Школа объявила редакцию Положения (regulation.edition); нет — аудит по смыслу Положения',
      "The school declared its regulation edition (regulation.edition); no: audited by the regulation's intent",
    ),
    sferumInMaxInForce: b(
      'На дату проверки «Сферум» работает в MAX (по реестру: с 15.09.2025 во всех регионах)',
      'On the audit date Sferum runs in MAX (per the registry: in every region from 2025-09-15)',
    ),
    regulationCount: n(
      'Число редакций Положения среди документов',
      'Number of editions of the regulation among the documents',
    ),
    regulationInForce: b(
      'На дату проверки действует утверждённая редакция Положения, не заменённая новой',
      'On the audit date an approved edition of the regulation is in force and not superseded',
    ),
    currentRegulationIds: sa(
      'ИД утверждённых, вступивших в силу и не заменённых редакций Положения',
      'Ids of approved, in-force, not superseded editions of the regulation',
    ),
    currentRegulationCount: n(
      'Число действующих редакций Положения',
      'Number of editions of the regulation in force',
    ),
    hasPlatformUseOrder: b(
      'Есть приказ «Об использовании ИКОП «Сферум» и учебного профиля VK Мессенджер», изданный не позже даты проверки',
      'An order on the use of Sferum and the VK Messenger educational profile exists, issued on or before the audit date',
    ),
    hasAdminAppointmentOrder: b(
      'Есть приказ о назначении администраторов платформы',
      'An order appointing platform administrators exists',
    ),
    adminCount: n('Число администраторов платформы', 'Number of platform administrators'),
    orderAppointedAdminCount: n(
      'Число администраторов, назначенных приказом',
      'Number of administrators appointed by order',
    ),
    hasChatStrategy: b(
      'Стратегия чатов и каналов есть (документ kind: chat-strategy или записи records.chatStrategy)',
      'A chat and channel strategy exists (a chat-strategy document or records.chatStrategy)',
    ),
    daysSinceLastInformationMaterial: nn(
      'Дней с последней передачи информационного материала администраторам (null — записей нет)',
      'Days since information material was last handed to the administrators (null: no records)',
      ['records.informationMaterials[].date', 'records.informationMaterials[].date'],
    ),
    daysSinceOfficialChannelActivity: nn(
      'Дней с последней активности в официальных каналах школы на образовательной платформе (null — неизвестно)',
      "Days since the last activity in the school's official channels on the educational platform (null: unknown)",
      [
        'channels[].lastActivityAt официальных каналов (столбец «Последняя активность»)',
        'channels[].lastActivityAt of official channels (column last_activity_at)',
      ],
    ),
    daysSinceLastControlReview: nn(
      'Дней с последней проверки использования учебного профиля (null — записей нет)',
      'Days since the last control review of the educational profile (null: no records)',
      ['records.controlReviews[].date', 'records.controlReviews[].date'],
    ),
    daysSinceLastStatisticsReport: nn(
      'Дней с последнего отчёта о статистике руководителю (null — отчётов нет)',
      'Days since usage statistics were last reported to the head (null: no reports)',
      ['records.statisticsReports[].date', 'records.statisticsReports[].date'],
    ),
    adminChatsOnEduPlatform: n(
      'Число административных чатов и каналов (назначение administrative или staff) на образовательной платформе',
      'Number of administrative chats and channels (purpose administrative or staff) on the educational platform',
    ),
    sferumRegistered: b(
      'Организация зарегистрирована на платформе «Сферум»',
      'The organisation is registered on the Sferum platform',
    ),
    applicationPhoneRecorded: b(
      'Номер телефона из заявки организации указан (сам номер фактом не является)',
      "The phone number of the organisation's application is recorded (the number itself is never a fact)",
    ),
    orgProfileFilled: b(
      'Профиль организации на платформе заполнен',
      "The organisation's profile on the platform is filled",
    ),
    orgProfileFields: sa(
      'Заполненные поля профиля организации',
      "Filled fields of the organisation's profile",
    ),
    daysSinceOrgProfileUpdate: nn(
      'Дней с последнего обновления профиля организации (null — дата не указана)',
      "Days since the organisation's profile was last updated (null: no date)",
      ['school.sferum.profile.updatedAt', 'school.sferum.profile.updatedAt'],
    ),
    autoChannelCount: n(
      'Число автоматически созданных каналов школы',
      "Number of the school's automatically created channels",
    ),
    autoChannelsWithoutAdmin: n(
      'Число автоматически созданных каналов, владелец которых не администратор платформы',
      'Number of automatically created channels whose owner is not a platform administrator',
    ),
    classCount: n('Число классов', 'Number of classes'),
    peopleCount: n('Число участников в списке', 'Number of people in the roster'),
    profilesCreatedCount: n(
      'Число участников списка, создавших учебный профиль',
      'Number of people in the roster who created the educational profile',
    ),
    profileSecurityUnknownCount: n(
      'Сколько участников с созданным учебным профилем не имеют в списке отметки о защите профиля (ни «защищён», ни второго фактора, ни явного «нет»)',
      'How many people with an educational profile have no record of profile security in the roster (neither secured, nor second factor, nor an explicit no)',
    ),
    channelCount: n('Число чатов и каналов в перечне', 'Number of chats and channels in the inventory'),
    prohibitedChannelCount: n(
      'Число чатов и каналов в мессенджерах из перечня Роскомнадзора',
      'Number of chats and channels on messengers from the Roskomnadzor list',
    ),
  },
  document: {
    kind: e(
      ['regulation', 'order-platform-use', 'order-admin-appointment', 'chat-strategy', 'other'],
      'Вид документа',
      'Kind of document',
    ),
    isOrder: b('Документ — приказ (order-platform-use, order-admin-appointment)', 'The document is an order'),
    number: sn('Номер документа', 'Number of the document', ['documents[].number', 'documents[].number']),
    date: sn('Дата документа (ГГГГ-ММ-ДД)', 'Date of the document (YYYY-MM-DD)', [
      'documents[].date',
      'documents[].date',
    ]),
    hasNumber: b('Номер документа указан', 'The document has a number'),
    hasDate: b('Дата документа указана', 'The document has a date'),
    hasApprovalOrder: b(
      'Указан утверждающий приказ с номером и датой',
      'The approving order is given with number and date',
    ),
    approvalOrderNumber: sn('Номер утверждающего приказа', 'Number of the approving order', [
      'documents[].approval.orderNumber',
      'documents[].approval.orderNumber',
    ]),
    approvalDate: sn('Дата утверждающего приказа', 'Date of the approving order', [
      'documents[].approval.date',
      'documents[].approval.date',
    ]),
    approvedByDirector: bn(
      'Утверждён директором (null — кто утвердил, не указано)',
      'Approved by the director (null: the approver is not given)',
      ['documents[].approval.by (кто утвердил)', 'documents[].approval.by (who approved)'],
    ),
    approved: b(
      'Документ утверждён: утверждающий приказ (для Положения), номер и дата (для приказа), утверждающее лицо (для прочих)',
      'The document is approved: an approving order (regulation), number and date (order), an approver (others)',
    ),
    hasPedagogicalCouncil: b(
      'Согласование педагогическим советом с номером и датой протокола',
      'Agreed by the pedagogical council, with protocol number and date',
    ),
    hasGoverningCouncil: b(
      'Согласование управляющим советом с номером и датой протокола',
      'Agreed by the governing council, with protocol number and date',
    ),
    councilBeforeApproval: bn(
      'Все даты протоколов советов не позже даты утверждающего приказа (null — сравнить нечего)',
      'Every council protocol date is on or before the approving order date (null: nothing to compare)',
      [
        'documents[].approval.date и даты протоколов советов',
        'documents[].approval.date and the council protocol dates',
      ],
    ),
    effectiveFrom: sn(
      'Дата вступления в силу: effectiveFrom, иначе дата утверждения, иначе дата документа',
      'Effective date: effectiveFrom, else the approval date, else the document date',
      ['documents[].effectiveFrom или дата утверждения', 'documents[].effectiveFrom or the approval date'],
    ),
    inForce: b('На дату проверки документ вступил в силу', 'The document is in force on the audit date'),
    superseded: b(
      'Документ заменён новой утверждённой и вступившей в силу редакцией',
      'A newer approved edition in force supersedes the document',
    ),
    supersededBy: sn('ИД заменившего документа', 'Id of the superseding document', [
      'documents[].supersedes новой редакции',
      'documents[].supersedes of the newer edition',
    ]),
    supersedes: sn('ИД заменённой этим документом редакции', 'Id of the edition this document supersedes', [
      'documents[].supersedes',
      'documents[].supersedes',
    ]),
    isCurrent: b('Утверждён, действует и не заменён', 'Approved, in force and not superseded'),
    appointsCount: n(
      'Число назначенных документом лиц (для приказа о назначении)',
      'Number of people the document appoints',
    ),
  },
  admin: {
    personKnown: b('Администратор есть в списке участников', 'The administrator is in the roster'),
    roles: sa('Роли администратора в списке участников', "The administrator's roles in the roster"),
    isAdministrationStaff: b(
      'Из административно-управленческого персонала',
      'From the administrative-management staff',
    ),
    isPedagogicalStaff: b(
      'Педагогический работник (учитель, классный руководитель)',
      'Pedagogical staff (teacher, class teacher)',
    ),
    isStaff: b('Сотрудник школы (администрация или педагог)', 'School staff (administration or teacher)'),
    appointmentOrderId: sn('ИД приказа о назначении', 'Id of the appointment order', [
      'admins[].appointmentOrder',
      'admins[].appointmentOrder',
    ]),
    appointmentOrderKind: sn(
      'Вид документа, на который ссылается назначение (null — ссылки нет или документ не найден)',
      'Kind of the document the appointment refers to (null: no reference or not found)',
      [
        'admins[].appointmentOrder (ИД приказа среди документов)',
        'admins[].appointmentOrder (id of an order among the documents)',
      ],
    ),
    appointedByOrder: b(
      'Назначен приказом вида order-admin-appointment (по ссылке или по списку appoints приказа)',
      'Appointed by an order of kind order-admin-appointment (by reference or by the order’s appoints list)',
    ),
    isAdditionalAdmin: b(
      'Дополнительный администратор: назначен на платформе другим администратором, а не приказом',
      'Additional administrator: appointed on the platform by another administrator, not by order',
    ),
    appointedByAdminIsAdmin: bn(
      'Назначивший — администратор платформы (null — не дополнительный администратор)',
      'The appointer is a platform administrator (null: not an additional administrator)',
      ['admins[].appointedBy', 'admins[].appointedBy'],
    ),
    profileCreated: b('Учебный профиль создан', 'The educational profile is created'),
    eschoolLinked: b('Профиль связан с «Электронной школой»', 'The profile is linked to the e-school system'),
    joinedPlatform: b(
      'Присоединился к платформе: профиль создан и связан с «Электронной школой»',
      'Joined the platform: profile created and linked to the e-school system',
    ),
    isTeacherJoined: b('Сотрудник, присоединившийся к платформе', 'A staff member who joined the platform'),
    registered: b('Зарегистрирован на sferum.ru', 'Registered on sferum.ru'),
    registrationPhoneRecorded: b(
      'Номер регистрации указан (сам номер фактом не является)',
      'The registration phone is recorded (the number itself is never a fact)',
    ),
    registrationPhoneMatchesApplication: bn(
      'Номер регистрации совпадает с номером из заявки организации (null — одного из номеров нет)',
      "The registration phone equals the organisation's application phone (null: one of them is missing)",
      [
        'admins[].registrationPhone и school.sferum.applicationPhone',
        'admins[].registrationPhone and school.sferum.applicationPhone',
      ],
    ),
    anotherAdminUsesApplicationPhone: b(
      'Другой администратор зарегистрирован по номеру из заявки организации',
      "Another administrator is registered with the application's phone",
    ),
    twoFactor: bn(
      'Включён второй фактор (null — не отмечено)',
      'Second factor switched on (null: not recorded)',
      ['admins[].security.twoFactor', 'admins[].security.twoFactor'],
    ),
    recoveryContact: b('Указан контакт для восстановления', 'A recovery contact is set'),
    daysSinceSecurityReview: nn(
      'Дней с последней проверки сеансов и устройств (null — не проверялись)',
      'Days since sessions and devices were last reviewed (null: never)',
      ['admins[].security.lastReviewedAt', 'admins[].security.lastReviewedAt'],
    ),
  },
  person: {
    roles: sa(
      'Роли (administration, teacher, class-teacher, student, parent)',
      'Roles (administration, teacher, class-teacher, student, parent)',
    ),
    isAdministration: b('Административно-управленческий персонал', 'Administrative-management staff'),
    isTeacher: b('Педагогический работник', 'Pedagogical staff'),
    isClassTeacher: b('Классный руководитель', 'Class teacher'),
    isStudent: b('Обучающийся', 'Student'),
    isParent: b('Родитель (законный представитель)', 'Parent or legal representative'),
    isStaff: b(
      'Сотрудник (администрация, учитель или классный руководитель)',
      'Staff (administration, teacher or class teacher)',
    ),
    isPlatformAdmin: b('Администратор платформы', 'Platform administrator'),
    requiredESchoolRole: en_(
      ['учитель', 'ученик', 'родитель'],
      'Роль, в которой человек должен присоединиться к школе в «Электронной школе»: сотрудник — «учитель» (и когда он же родитель), иначе ученик — «ученик», родитель — «родитель»',
      'The role the person must join the school with in the e-school system: staff «учитель» (also when a parent), else student «ученик», parent «родитель»',
      ['people[].roles (столбец «Роли»)', 'people[].roles (column roles)'],
    ),
    profileCreated: b(
      'Учебный профиль в VK Мессенджере создан',
      'The educational profile in VK Messenger is created',
    ),
    profileSecured: bn(
      'Профиль защищён: да — отмечено «защищён» или включён второй фактор; нет — явно отмечено «не защищён»; null — защита в списке не указана',
      'The profile is secured: true when marked secured or the second factor is on; false when explicitly marked not secured; null when the roster does not say',
      [
        'people[].profile.secured или twoFactor (столбцы «Профиль защищён», «Двухфакторная аутентификация»)',
        'people[].profile.secured or twoFactor (columns profile_secured, profile_two_factor)',
      ],
    ),
    profileTwoFactor: b('Включён второй фактор', 'Second factor switched on'),
    eschoolLinked: b('Профиль связан с «Электронной школой»', 'The profile is linked to the e-school system'),
    eschoolRole: sn(
      'Роль связи с «Электронной школой», приведённая к «учитель»/«ученик»/«родитель», когда распознана',
      'Role of the e-school link, normalised to «учитель»/«ученик»/«родитель» when recognised',
      ['people[].eschool.role (столбец «Роль в ЭШ»)', 'people[].eschool.role (column eschool_role)'],
    ),
    eschoolRoleRecognized: b('Роль связи распознана', 'The link role is recognised'),
    eschoolRoleMatches: bn(
      'Роль связи совпадает с требуемой (null — связи нет, роль не требуется или не указана)',
      'The link role equals the required one (null: not linked, no role required or the role not recorded)',
      ['people[].eschool.role (столбец «Роль в ЭШ»)', 'people[].eschool.role (column eschool_role)'],
    ),
    eschoolOrganizationMatches: bn(
      'Связь установлена с этой школой (ИД организации в ЭШ или наименование; null — не связан или организация не указана)',
      'The link is to this school (e-school organisation id or name; null: not linked or organisation not given)',
      [
        'people[].eschool.organization (столбец «Организация в ЭШ»)',
        'people[].eschool.organization (column eschool_organization)',
      ],
    ),
    eschoolOrganization: sn(
      'Организация связи с «Электронной школой», как записана (до 60 знаков; null — не указана). Не персональные данные',
      'The organisation of the e-school link as written (up to 60 characters; null: not given). Not personal data',
      [
        'people[].eschool.organization (столбец «Организация в ЭШ»)',
        'people[].eschool.organization (column eschool_organization)',
      ],
    ),
    schoolESchoolOrganizationId: sn(
      'ИД организации школы в «Электронной школе», с которым сравнивается связь (null — не указан)',
      "The school's e-school organisation id the link is compared with (null: not given)",
      ['school.eSchoolOrganizationId', 'school.eSchoolOrganizationId'],
    ),
    studentClass: sn('Класс обучающегося', "The student's class", [
      'people[].class (столбец «Класс»)',
      'people[].class (column class)',
    ]),
    classTeacherOf: sa('Классы, которыми руководит', 'Classes the person leads as class teacher'),
    childClasses: sa('Классы детей', "The children's classes"),
    ownClasses: sa('Все классы, с которыми связан человек', 'All classes the person belongs to by role'),
    classChatIds: sa(
      'ИД чатов своих классов на образовательной платформе',
      "Ids of the own classes' chats on the educational platform",
    ),
    classesWithoutChat: sa(
      'Свои классы без чата на образовательной платформе',
      'Own classes without a chat on the educational platform',
    ),
    classChatsMissingFrom: sa(
      'Свои классы, в чатах которых человек не состоит (по известному составу)',
      'Own classes whose chats the person is not in (where membership is known)',
    ),
    inLedClassChats: bn(
      'Классный руководитель состоит в чатах всех своих классов (null — неприменимо или состав неизвестен)',
      'The class teacher is in the chats of all classes led (null: not applicable or membership unknown)',
      [
        'channels[].members чатов класса (столбец «Участники»)',
        'channels[].members of the class chats (column members)',
      ],
    ),
    inOwnClassChat: bn(
      'Обучающийся состоит в чате своего класса (null — неприменимо или состав неизвестен)',
      'The student is in the own class chat (null: not applicable or membership unknown)',
      [
        'channels[].members чатов класса (столбец «Участники»)',
        'channels[].members of the class chats (column members)',
      ],
    ),
    inChildClassChats: bn(
      'Родитель состоит в чатах классов всех своих детей (null — неприменимо или состав неизвестен)',
      "The parent is in the chats of all children's classes (null: not applicable or membership unknown)",
      [
        'channels[].members чатов класса (столбец «Участники»)',
        'channels[].members of the class chats (column members)',
      ],
    ),
    membershipKnown: b(
      'В перечне есть чаты со списком участников (можно судить о членстве)',
      'The inventory lists members for some chats (membership can be judged)',
    ),
    staffChatMembersKnown: b(
      'На образовательной платформе есть чат сотрудников (назначение staff или administrative), и у всех таких чатов известен список участников',
      'The educational platform has a staff chat (purpose staff or administrative) and every such chat lists its members',
    ),
    eduPlatformChatCount: n(
      'Число чатов и каналов образовательной платформы, в которых человек состоит или которыми владеет',
      'Number of chats and channels on the educational platform the person is in or owns',
    ),
    prohibitedChatCount: n(
      'Число чатов в мессенджерах из перечня Роскомнадзора, в которых человек состоит или которыми владеет',
      'Number of chats on Roskomnadzor-listed messengers the person is in or owns',
    ),
  },
  class: {
    grade: nn('Параллель', 'Grade', ['classes[].grade', 'classes[].grade']),
    hasClassTeacher: b('Классный руководитель назначен', 'A class teacher is assigned'),
    classTeacherIds: sa('ИД классных руководителей', 'Ids of the class teachers'),
    studentCount: n('Число обучающихся класса в списке', 'Number of students of the class in the roster'),
    parentCount: n('Число родителей обучающихся класса', 'Number of parents of the students of the class'),
    hasClassChat: b(
      'У класса есть чат (назначение class или parents) на образовательной платформе',
      'The class has a chat (purpose class or parents) on the educational platform',
    ),
    hasStudentChat: b(
      'У класса есть чат с обучающимися (назначение class) на образовательной платформе; родительский чат (parents) не в счёт',
      "The class has a chat with students (purpose class) on the educational platform; a parents' chat does not count",
    ),
    classChatIds: sa(
      'ИД чатов класса на образовательной платформе',
      "Ids of the class's chats on the educational platform",
    ),
    offPlatformChatIds: sa(
      'ИД чатов класса (класс, родители, предмет) вне образовательной платформы',
      "Ids of the class's chats (class, parents, subject) off the educational platform",
    ),
    chatMembership: e(
      CHAT_MEMBERSHIP,
      'Как известен состав чатов класса: members — списком, counts — числами, unknown — никак, none — чатов нет',
      "How the class chats' membership is known: members (lists), counts, unknown, none (no chats)",
    ),
    classTeacherInChat: bn(
      'Классный руководитель состоит в чате класса (null — неизвестно)',
      'The class teacher is in the class chat (null: unknown)',
      [
        'channels[].members чата класса (столбец «Участники»)',
        'channels[].members of the class chat (column members)',
      ],
    ),
    studentsMissingFromChat: nn(
      'Сколько обучающихся класса нет в чате класса (null — неизвестно)',
      'How many students of the class are not in the class chat (null: unknown)',
      [
        'channels[].members или memberCounts.student чата класса',
        'channels[].members or memberCounts.student of the class chat',
      ],
    ),
    parentsMissingFromChat: nn(
      'Сколько родителей обучающихся класса нет в чатах класса (null — неизвестно)',
      "How many parents of the class's students are not in the class chats (null: unknown)",
      [
        'channels[].members или memberCounts.parent чата класса',
        'channels[].members or memberCounts.parent of the class chat',
      ],
    ),
    outsidersInChat: nn(
      'Сколько посторонних в чатах класса: не ученики класса, не их родители, не сотрудники (null — неизвестно)',
      "How many outsiders are in the class chats: not the class's students, their parents or staff (null: unknown)",
      [
        'channels[].members или memberCounts.other чатов класса',
        'channels[].members or memberCounts.other of the class chats',
      ],
    ),
    daysSinceClassChatActivity: nn(
      'Дней с последней активности в чатах класса на образовательной платформе (null — неизвестно)',
      "Days since the last activity in the class's chats on the educational platform (null: unknown)",
      [
        'channels[].lastActivityAt чатов класса (столбец «Последняя активность»)',
        'channels[].lastActivityAt of the class chats (column last_activity_at)',
      ],
    ),
  },
  channel: {
    platformId: sn(
      'Канонический ИД платформы из реестра мессенджеров',
      'Canonical platform id from the messenger registry',
      [
        'channels[].platform или link (столбцы «Мессенджер», «Ссылка»)',
        'channels[].platform or link (columns platform, link)',
      ],
    ),
    platformName: s(
      'Название платформы (из реестра или как записано)',
      'Platform name (from the registry or as written)',
    ),
    platformStatus: e(
      PLATFORM_STATUSES,
      'Статус платформы: prohibited — перечень Роскомнадзора, educational — образовательная платформа, allowed — разрешена, но не учебный профиль, unknown — неизвестна',
      'Platform status: prohibited (Roskomnadzor list), educational, allowed (not the educational profile), unknown',
    ),
    platformMatchedBy: e(
      ['id', 'alias', 'link', 'context', 'none'],
      'Как распознана платформа (context — по сочетанию названий или по назначению чата в редакции Положения)',
      "How the platform was recognised (context: by names given together, or by the chat's purpose under the edition)",
    ),
    platformStatusKind: en_(
      STATUS_KINDS,
      'Основание статуса на дату проверки: rkn-list — перечень Роскомнадзора, educational-platform, national-platform, domestic, foreign, region, school (null — нет датированного основания)',
      'What the status rests on at the audit date: rkn-list (Roskomnadzor list), educational-platform, national-platform, domestic, foreign, region, school (null: no dated basis)',
      ['реестр мессенджеров (rules/data, --registry)', 'the messenger registry (rules/data, --registry)'],
    ),
    platformStatusSince: sn(
      'С какой даты действует основание статуса (ГГГГ-ММ-ДД; null — без даты)',
      'Since when the status basis is in force (YYYY-MM-DD; null: undated)',
      ['реестр мессенджеров (rules/data, --registry)', 'the messenger registry (rules/data, --registry)'],
    ),
    platformStatusSource: sn('Источник основания статуса: название', 'Source of the status basis: title', [
      'реестр мессенджеров (rules/data, --registry)',
      'the messenger registry (rules/data, --registry)',
    ]),
    platformStatusUrl: sn('Источник основания статуса: адрес', 'Source of the status basis: address', [
      'реестр мессенджеров (rules/data, --registry)',
      'the messenger registry (rules/data, --registry)',
    ]),
    medium: e(
      CHANNEL_MEDIA,
      'Вид канала связи: messenger — чат или канал мессенджера, video — видеокомната, web — веб-страница или сайт (ссылка http(s) не на мессенджер), eschool — журнал «Электронной школы», email — рассылка, phone — телефон, in-person — очно, paper — бумага. Правила п. 2.final о мессенджерах касаются только messenger',
      'Kind of channel: messenger chat or channel, video room, web page or site (an http(s) link to no messenger), e-school journal, e-mail list, phone, in person, paper. The 2.final messenger rules concern messengers only',
    ),
    kind: e(
      ['chat', 'channel', 'call', 'group'],
      'Тип: чат, канал, звонок, группа',
      'Kind: chat, channel, call, group',
    ),
    purpose: e(
      ['class', 'parents', 'subject', 'educational', 'administrative', 'staff', 'official', 'other'],
      'Назначение',
      'Purpose',
    ),
    class: sn('Класс чата', 'Class of the chat', [
      'channels[].class (столбец «Класс»)',
      'channels[].class (column class)',
    ]),
    isClassChat: b(
      'Чат класса: назначение class или parents и указан класс',
      'Class chat: purpose class or parents, with a class',
    ),
    isEducationalPlatform: b('На образовательной платформе', 'On the educational platform'),
    isAdministrative: b(
      'Административный: назначение administrative или staff',
      'Administrative: purpose administrative or staff',
    ),
    isOfficial: b('Официальный канал школы', "The school's official channel"),
    isAutoCreated: b(
      'Создан платформой автоматически (autoCreated или в списке autoChannels школы)',
      "Created by the platform automatically (autoCreated or in the school's autoChannels)",
    ),
    hasOwner: b('Владелец указан', 'The owner is given'),
    ownerIsAdmin: b('Владелец — администратор платформы', 'The owner is a platform administrator'),
    ownerIsStaff: b('Владелец — сотрудник школы', 'The owner is school staff'),
    membersKnown: b('Известен список участников', 'The member list is known'),
    memberCount: nn(
      'Число участников (по списку или по числам; null — неизвестно)',
      'Number of members (list or counts; null: unknown)',
      [
        'channels[].members или memberCounts (столбцы «Участники», «Учеников»…)',
        'channels[].members or memberCounts (columns members, students…)',
      ],
    ),
    studentMembers: nn('Число обучающихся среди участников', 'Number of students among the members', [
      'channels[].members или memberCounts.student',
      'channels[].members or memberCounts.student',
    ]),
    parentMembers: nn('Число родителей среди участников', 'Number of parents among the members', [
      'channels[].members или memberCounts.parent',
      'channels[].members or memberCounts.parent',
    ]),
    staffMembers: nn('Число сотрудников среди участников', 'Number of staff among the members', [
      'channels[].members или memberCounts.teacher',
      'channels[].members or memberCounts.teacher',
    ]),
    unknownMembers: nn(
      'Число участников, которых нет в списке школы',
      'Number of members not in the roster',
      ['channels[].members и otherMembers', 'channels[].members and otherMembers'],
    ),
    withStudentsOrParents: b(
      'Среди участников есть обучающиеся или родители',
      'Students or parents are among the members',
    ),
    usedWithParticipants: b(
      'Используется с участниками образовательных отношений: есть участники по списку или числам, или состав не указан (ложно, только когда чат явно пуст)',
      'Used with participants: members by list or counts, or membership not given (false only when explicitly empty)',
    ),
    foreignMembers: nn(
      'Для чата класса: сколько участников не относятся к классу (не ученики класса, не их родители, не сотрудники; null — не чат класса или неизвестно)',
      'For a class chat: members who do not belong to the class (not its students, their parents or staff; null: not a class chat or unknown)',
      [
        'channels[].members и otherMembers или memberCounts.other (столбцы «Участники», «Других участников»)',
        'channels[].members and otherMembers or memberCounts.other (columns members, others)',
      ],
    ),
    carriesPersonalData: b(
      'Передаются персональные данные (отметка в перечне или находки сканирования выгрузки)',
      'Carries personal data (inventory flag or findings of the export scan)',
    ),
    carriesPaymentData: b(
      'Передаются платёжные документы или банковские реквизиты (отметка или сканирование)',
      'Carries payment documents or bank details (flag or scan)',
    ),
    exportScanned: b('Выгрузка чата просканирована', 'The chat export was scanned'),
    exportPersonalDataCount: nn(
      'Находок персональных данных в выгрузке (null — не сканировалась)',
      'Personal-data findings in the export (null: not scanned)',
      ['exports[] (выгрузка чата для сканирования)', 'exports[] (the chat export to scan)'],
    ),
    exportPaymentDataCount: nn(
      'Находок платёжных данных в выгрузке (null — не сканировалась)',
      'Payment-data findings in the export (null: not scanned)',
      ['exports[] (выгрузка чата для сканирования)', 'exports[] (the chat export to scan)'],
    ),
    exportFindingsByKind: sa(
      'Находки сканирования выгрузки по видам, «вид: число» (пусто — не сканировалась или чисто)',
      'Export scan findings by kind, "kind: count" (empty: not scanned or clean)',
    ),
    daysSinceLastActivity: nn(
      'Дней с последней активности (null — неизвестно)',
      'Days since the last activity (null: unknown)',
      [
        'channels[].lastActivityAt (столбец «Последняя активность»)',
        'channels[].lastActivityAt (column last_activity_at)',
      ],
    ),
  },
} as const satisfies FactVocabulary;

/** The vocabulary, indexed by name (the declarations above keep their literal types for `FactValues`). */
export const FACTS: FactVocabulary = FACT_DEFINITIONS;

type BaseValue<S extends FactSpec> = S['type'] extends 'boolean'
  ? boolean
  : S['type'] extends 'number'
    ? number
    : S['type'] extends 'string[]'
      ? string[]
      : S extends { values: readonly (infer V)[] }
        ? V
        : string;

/** The value type a fact declaration implies (`null` included when the fact can be unknown). */
export type FactValue<S extends FactSpec> = BaseValue<S> | (S extends { nullable: true } ? null : never);

/** Fact names of a subject type, inferred from `FACTS`. */
export type FactName<T extends SubjectType> = keyof (typeof FACT_DEFINITIONS)[T] & string;

/** Exactly the facts normalize() emits for a subject of type `T`, with their inferred types. */
export type FactValues<T extends SubjectType> = {
  -readonly [K in FactName<T>]: (typeof FACT_DEFINITIONS)[T][K] extends FactSpec
    ? FactValue<(typeof FACT_DEFINITIONS)[T][K]>
    : never;
};

/** Facts of a subject type that can be unknown (nullable). */
export function nullableFacts(type: SubjectType): string[] {
  const vocabulary: Readonly<Record<string, FactSpec>> = FACTS[type];
  return Object.keys(vocabulary).filter((name) => vocabulary[name]!.nullable === true);
}

/** The declaration of a fact, or undefined when `name` is not a fact of `type`. */
export function factSpec(type: SubjectType, name: string): FactSpec | undefined {
  const vocabulary: Readonly<Record<string, FactSpec>> = FACTS[type];
  return Object.prototype.hasOwnProperty.call(vocabulary, name) ? vocabulary[name] : undefined;
}

/** Whether `name` is a fact of `type` (or the rule-parameter fact). */
export function isKnownFact(type: SubjectType, name: string): boolean {
  return name === PARAMS_FACT || Object.prototype.hasOwnProperty.call(FACTS[type], name);
}
