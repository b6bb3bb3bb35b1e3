/**
 * CSV templates for `init`: Russian headers, `;` delimiter, UTF-8 with a BOM so that Excel opens
 * them in the right encoding. CSV has no standard comment syntax, so each template carries valid
 * example rows that agree with the school.yaml template (same ids, same class); the user
 * overwrites them. The columns are explained in school.yaml.
 */

const BOM = '\uFEFF';

export const PEOPLE_HEADERS = [
  'ИД',
  'ФИО',
  'Роли',
  'Должность',
  'Класс',
  'Классный руководитель',
  'Родитель учеников',
  'Телефон',
  'Профиль создан',
  'Профиль защищён',
  'Двухфакторная защита',
  'Связь с ЭШ',
  'Организация в ЭШ',
  'Роль в ЭШ',
] as const;

export const CHANNEL_HEADERS = [
  'ИД',
  'Название',
  'Мессенджер',
  'Ссылка',
  'Тип',
  'Назначение',
  'Класс',
  'Владелец',
  'Участники',
  'Учеников',
  'Родителей',
  'Учителей',
  'Создан автоматически',
  'Создан',
  'Последняя активность',
  'Персональные данные',
  'Платёжные документы',
  'Банковские реквизиты',
] as const;

type Row<H extends readonly string[]> = Record<H[number], string>;

function toCsv<H extends readonly string[]>(headers: H, rows: Row<H>[]): string {
  const lines = [headers.join(';'), ...rows.map((row) => headers.map((h: H[number]) => row[h]).join(';'))];
  return BOM + lines.join('\r\n') + '\r\n';
}

/** Example roster: the platform admin, the class teacher of 1А, one student and one parent. */
export function peopleCsv(organizationId: string): string {
  const person = (fields: Partial<Row<typeof PEOPLE_HEADERS>>): Row<typeof PEOPLE_HEADERS> => {
    const row = Object.fromEntries(PEOPLE_HEADERS.map((h) => [h, ''])) as Row<typeof PEOPLE_HEADERS>;
    return { ...row, 'Организация в ЭШ': organizationId, ...fields };
  };
  const profile = { 'Профиль создан': 'да', 'Профиль защищён': 'да', 'Связь с ЭШ': 'да' };
  return toCsv(PEOPLE_HEADERS, [
    person({
      ИД: 'p-001',
      Роли: 'администрация',
      Должность: 'заместитель директора',
      ...profile,
      'Двухфакторная защита': 'да',
      'Роль в ЭШ': 'учитель',
    }),
    person({
      ИД: 'p-002',
      Роли: 'классный руководитель, учитель',
      Должность: 'учитель начальных классов',
      'Классный руководитель': '1А',
      ...profile,
      'Двухфакторная защита': 'да',
      'Роль в ЭШ': 'учитель',
    }),
    person({ ИД: 'p-003', Роли: 'ученик', Класс: '1А', ...profile, 'Роль в ЭШ': 'ученик' }),
    person({
      ИД: 'p-004',
      Роли: 'родитель',
      'Родитель учеников': 'p-003',
      ...profile,
      'Роль в ЭШ': 'родитель',
    }),
  ]);
}

/** Example inventory: the 1А class chat and the school's automatically created channel. */
export function channelsCsv(): string {
  const channel = (fields: Partial<Row<typeof CHANNEL_HEADERS>>): Row<typeof CHANNEL_HEADERS> => {
    const row = Object.fromEntries(CHANNEL_HEADERS.map((h) => [h, ''])) as Row<typeof CHANNEL_HEADERS>;
    return {
      ...row,
      'Персональные данные': 'нет',
      'Платёжные документы': 'нет',
      'Банковские реквизиты': 'нет',
      ...fields,
    };
  };
  return toCsv(CHANNEL_HEADERS, [
    channel({
      ИД: 'c-001',
      Название: '1А класс',
      Мессенджер: 'Сферум',
      Тип: 'чат',
      Назначение: 'класс',
      Класс: '1А',
      Владелец: 'p-002',
      Участники: 'p-002, p-003, p-004',
      'Создан автоматически': 'нет',
    }),
    channel({
      ИД: 'c-002',
      Название: 'Новости школы',
      Мессенджер: 'Сферум',
      Тип: 'канал',
      Назначение: 'официальный',
      Владелец: 'p-001',
      'Создан автоматически': 'да',
    }),
  ]);
}
