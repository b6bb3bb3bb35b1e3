import type { DocumentKind, PersonRole } from '../model/types.js';
import { formatRuDate } from '../model/iso-date.js';

/**
 * Labels name a subject in reports WITHOUT personal data: roles and classes for people, never a
 * name or phone. Channel titles and document numbers are the school's own free text.
 */
type Lang = 'ru' | 'en';

const WORDS = {
  ru: {
    administration: 'администрация',
    classTeacher: 'классный руководитель',
    teacher: 'учитель',
    student: 'ученик',
    parent: 'родитель',
    noRole: 'участник без роли',
    class: 'класс',
    order: 'приказ',
    number: '№',
    of: 'от',
    notListed: 'нет в списке участников',
    admin: 'администратор платформы',
    extraAdmin: 'дополнительный администратор платформы',
    school: 'школа',
    unknownPlatform: 'неизвестная платформа',
  },
  en: {
    administration: 'administration',
    classTeacher: 'class teacher',
    teacher: 'teacher',
    student: 'student',
    parent: 'parent',
    noRole: 'member without a role',
    class: 'class',
    order: 'order',
    number: 'No.',
    of: 'of',
    notListed: 'not in the roster',
    admin: 'platform administrator',
    extraAdmin: 'additional platform administrator',
    school: 'school',
    unknownPlatform: 'unknown platform',
  },
} as const;

/** Words of subject labels that are not input data, in the audit's language. */
export function labelWords(lang: Lang = 'ru'): (typeof WORDS)[Lang] {
  return WORDS[lang];
}

export function personLabel(
  p: {
    roles: readonly PersonRole[];
    studentClass: string | null;
    ledClasses: readonly string[];
    childClasses: readonly string[];
  },
  lang: Lang = 'ru',
): string {
  const W = WORDS[lang];
  const parts: string[] = [];
  // A person has a role or two: `includes` over them, not a Set per person.
  const roles = p.roles;
  if (roles.includes('administration')) parts.push(W.administration);
  if (roles.includes('class-teacher') || p.ledClasses.length > 0) {
    parts.push(p.ledClasses.length > 0 ? `${W.classTeacher} ${p.ledClasses.join(', ')}` : W.classTeacher);
  }
  if (roles.includes('teacher')) parts.push(W.teacher);
  if (roles.includes('student')) parts.push(p.studentClass ? `${W.student} ${p.studentClass}` : W.student);
  if (roles.includes('parent'))
    parts.push(p.childClasses.length > 0 ? `${W.parent} (${p.childClasses.join(', ')})` : W.parent);
  return parts.length > 0 ? parts.join(', ') : W.noRole;
}

const KIND_LABEL: Record<Lang, Record<DocumentKind, string>> = {
  ru: {
    regulation: 'Положение',
    'order-platform-use': 'Приказ об использовании ИКОП «Сферум»',
    'order-admin-appointment': 'Приказ о назначении администраторов платформы',
    'chat-strategy': 'Стратегия чатов и каналов',
    other: 'Документ',
  },
  en: {
    regulation: 'Regulation',
    'order-platform-use': 'Order on the use of Sferum',
    'order-admin-appointment': 'Order appointing platform administrators',
    'chat-strategy': 'Chat and channel strategy',
    other: 'Document',
  },
};

export function documentLabel(
  d: {
    kind: DocumentKind;
    number?: string;
    date?: string;
    approvalOrder?: { number: string; date: string };
  },
  lang: Lang = 'ru',
): string {
  const W = WORDS[lang];
  const base = KIND_LABEL[lang][d.kind] ?? KIND_LABEL[lang].other;
  const tail = (num: string | undefined, date: string | undefined) =>
    [num ? `${W.number} ${num}` : '', date ? `${W.of} ${lang === 'ru' ? formatRuDate(date) : date}` : '']
      .filter(Boolean)
      .join(' ');
  if (d.kind === 'regulation' && d.approvalOrder) {
    const t = tail(d.approvalOrder.number, d.approvalOrder.date);
    return t ? `${base} (${W.order} ${t})` : base;
  }
  const t = tail(d.number, d.date);
  return t ? `${base} ${t}` : base;
}

export function channelLabel(title: string, platformName: string): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  const short = clean.length > 80 ? `${clean.slice(0, 79)}…` : clean;
  return `«${short}» (${platformName})`;
}

export function classLabel(id: string, lang: Lang = 'ru'): string {
  return `${WORDS[lang].class} ${id}`;
}
