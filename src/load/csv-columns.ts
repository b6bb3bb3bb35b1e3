import {
  CHANNEL_KIND_WORDS,
  CHANNEL_PURPOSE_WORDS,
  enumCell,
  parseBooleanCell,
  parseCountCell,
  parseDateCell,
  parseListCell,
  parseRolesCell,
  parseTextCell,
} from './csv-values.js';
import type { CsvColumn } from './parse-csv-records.js';

const text = (cell: string) => parseTextCell(cell);
const requiredText = (cell: string) =>
  cell === ''
    ? { error: { ru: 'пустая ячейка в обязательном столбце', en: 'empty cell in a required column' } }
    : { value: cell };
const flag = (cell: string) => parseBooleanCell(cell, false);
const requiredFlag = (cell: string) => parseBooleanCell(cell, true);

/** Columns of the roster CSV (people). */
export const PEOPLE_CSV_COLUMNS: readonly CsvColumn[] = [
  {
    path: ['id'],
    ru: 'ИД',
    en: 'id',
    aliases: ['идентификатор', 'код', 'person id'],
    required: true,
    parse: requiredText,
  },
  {
    path: ['name'],
    ru: 'ФИО',
    en: 'name',
    aliases: ['имя', 'фамилия имя отчество', 'full name'],
    parse: text,
  },
  {
    path: ['roles'],
    ru: 'Роли',
    en: 'roles',
    aliases: ['роль', 'role'],
    required: true,
    parse: parseRolesCell,
  },
  { path: ['position'], ru: 'Должность', en: 'position', aliases: [], parse: text },
  { path: ['class'], ru: 'Класс', en: 'class', aliases: ['класс обучающегося'], parse: text },
  {
    path: ['classTeacherOf'],
    ru: 'Классный руководитель (классы)',
    en: 'class_teacher_of',
    aliases: ['классное руководство', 'классный руководитель', 'классный руководитель классов'],
    parse: parseListCell,
  },
  {
    path: ['parentOf'],
    ru: 'Родитель учеников',
    en: 'parent_of',
    aliases: ['родитель (ученики)', 'родитель обучающихся', 'дети', 'children'],
    parse: parseListCell,
  },
  {
    path: ['phone'],
    ru: 'Телефон',
    en: 'phone',
    aliases: ['мобильный телефон', 'номер телефона', 'mobile'],
    parse: text,
  },
  {
    path: ['profile', 'created'],
    ru: 'Профиль создан',
    en: 'profile_created',
    aliases: ['учебный профиль создан', 'учебный профиль'],
    required: true,
    parse: requiredFlag,
  },
  {
    path: ['profile', 'secured'],
    ru: 'Профиль защищён',
    en: 'profile_secured',
    aliases: ['профиль в безопасности'],
    parse: flag,
  },
  {
    path: ['profile', 'twoFactor'],
    ru: 'Двухфакторная аутентификация',
    en: 'profile_two_factor',
    aliases: ['2fa', 'two factor', 'второй фактор', 'двухфакторная защита'],
    parse: flag,
  },
  {
    path: ['profile', 'createdAt'],
    ru: 'Дата создания профиля',
    en: 'profile_created_at',
    aliases: [],
    parse: parseDateCell,
  },
  {
    path: ['eschool', 'linked'],
    ru: 'Связь с ЭШ',
    en: 'eschool_linked',
    aliases: ['связь с электронной школой', 'связан с ЭШ', 'привязка к ЭШ'],
    required: true,
    parse: requiredFlag,
  },
  {
    path: ['eschool', 'organization'],
    ru: 'Организация в ЭШ',
    en: 'eschool_organization',
    aliases: ['организация ЭШ'],
    parse: text,
  },
  {
    path: ['eschool', 'role'],
    ru: 'Роль в ЭШ',
    en: 'eschool_role',
    aliases: ['роль ЭШ'],
    // Kept as written: the normalize stage maps synonyms to «учитель», «ученик», «родитель».
    parse: text,
  },
];

const kind = enumCell(CHANNEL_KIND_WORDS, { ru: 'тип канала', en: 'channel kind' });
const purpose = enumCell(CHANNEL_PURPOSE_WORDS, { ru: 'назначение канала', en: 'channel purpose' });

/** Columns of the channel inventory CSV. */
export const CHANNEL_CSV_COLUMNS: readonly CsvColumn[] = [
  { path: ['id'], ru: 'ИД', en: 'id', aliases: ['идентификатор', 'код', 'channel id'], parse: text },
  {
    path: ['title'],
    ru: 'Название',
    en: 'title',
    aliases: ['наименование', 'name'],
    required: true,
    parse: requiredText,
  },
  {
    path: ['platform'],
    ru: 'Мессенджер',
    en: 'platform',
    aliases: ['платформа', 'messenger', 'сервис'],
    required: true,
    parse: requiredText,
  },
  {
    path: ['link'],
    ru: 'Ссылка',
    en: 'link',
    aliases: ['url', 'адрес', 'ссылка-приглашение', 'invite link'],
    parse: text,
  },
  {
    path: ['kind'],
    ru: 'Тип',
    en: 'kind',
    aliases: ['type', 'вид'],
    required: true,
    parse: (c) => (c === '' ? requiredText(c) : kind.parse(c)),
  },
  {
    path: ['purpose'],
    ru: 'Назначение',
    en: 'purpose',
    aliases: [],
    required: true,
    parse: (c) => (c === '' ? requiredText(c) : purpose.parse(c)),
  },
  { path: ['class'], ru: 'Класс', en: 'class', aliases: [], parse: text },
  { path: ['owner'], ru: 'Владелец', en: 'owner', aliases: ['создатель', 'creator'], parse: text },
  { path: ['members'], ru: 'Участники', en: 'members', aliases: ['список участников'], parse: parseListCell },
  {
    path: ['otherMembers'],
    ru: 'Прочие участники',
    en: 'other_members',
    aliases: ['не из списка', 'посторонние', 'outsiders'],
    parse: parseCountCell,
  },
  {
    path: ['memberCounts', 'student'],
    ru: 'Учеников',
    en: 'students',
    aliases: ['обучающихся', 'число учеников'],
    parse: parseCountCell,
  },
  {
    path: ['memberCounts', 'parent'],
    ru: 'Родителей',
    en: 'parents',
    aliases: ['число родителей'],
    parse: parseCountCell,
  },
  {
    path: ['memberCounts', 'teacher'],
    ru: 'Учителей',
    en: 'teachers',
    aliases: ['педагогов', 'число учителей'],
    parse: parseCountCell,
  },
  {
    path: ['memberCounts', 'administration'],
    ru: 'Администрации',
    en: 'administration',
    aliases: [],
    parse: parseCountCell,
  },
  {
    path: ['memberCounts', 'class-teacher'],
    ru: 'Классных руководителей',
    en: 'class_teachers',
    aliases: [],
    parse: parseCountCell,
  },
  {
    path: ['memberCounts', 'other'],
    ru: 'Других участников',
    en: 'others',
    aliases: ['прочих', 'других'],
    parse: parseCountCell,
  },
  {
    path: ['autoCreated'],
    ru: 'Создан автоматически',
    en: 'auto_created',
    aliases: ['автоматически'],
    parse: flag,
  },
  {
    path: ['createdAt'],
    ru: 'Создан',
    en: 'created_at',
    aliases: ['дата создания', 'created'],
    parse: parseDateCell,
  },
  {
    path: ['lastActivityAt'],
    ru: 'Последняя активность',
    en: 'last_activity_at',
    aliases: ['last activity', 'активность'],
    parse: parseDateCell,
  },
  {
    path: ['content', 'personalData'],
    ru: 'Персональные данные',
    en: 'personal_data',
    aliases: ['ПДн'],
    parse: flag,
  },
  {
    path: ['content', 'paymentDocuments'],
    ru: 'Платёжные документы',
    en: 'payment_documents',
    aliases: [],
    parse: flag,
  },
  {
    path: ['content', 'bankDetails'],
    ru: 'Банковские реквизиты',
    en: 'bank_details',
    aliases: ['реквизиты'],
    parse: flag,
  },
];
