import type { DocumentKind, PersonRole } from '../model/types.js';
import { formatRuDate } from '../model/iso-date.js';

/**
 * Labels name a subject in reports WITHOUT personal data: roles and classes for people, never a
 * name or phone. Channel titles and document numbers are the school's own free text.
 */
export function personLabel(p: {
  roles: readonly PersonRole[];
  studentClass: string | null;
  ledClasses: readonly string[];
  childClasses: readonly string[];
}): string {
  const parts: string[] = [];
  const roles = new Set(p.roles);
  if (roles.has('administration')) parts.push('администрация');
  if (roles.has('class-teacher') || p.ledClasses.length > 0) {
    parts.push(p.ledClasses.length > 0 ? `классный руководитель ${p.ledClasses.join(', ')}` : 'классный руководитель');
  }
  if (roles.has('teacher')) parts.push('учитель');
  if (roles.has('student')) parts.push(p.studentClass ? `ученик ${p.studentClass}` : 'ученик');
  if (roles.has('parent')) parts.push(p.childClasses.length > 0 ? `родитель (${p.childClasses.join(', ')})` : 'родитель');
  return parts.length > 0 ? parts.join(', ') : 'участник без роли';
}

const KIND_LABEL: Record<DocumentKind, string> = {
  regulation: 'Положение',
  'order-platform-use': 'Приказ об использовании ИКОП «Сферум»',
  'order-admin-appointment': 'Приказ о назначении администраторов платформы',
  'chat-strategy': 'Стратегия чатов и каналов',
  other: 'Документ',
};

export function documentLabel(d: {
  kind: DocumentKind;
  number?: string;
  date?: string;
  approvalOrder?: { number: string; date: string };
}): string {
  const base = KIND_LABEL[d.kind] ?? 'Документ';
  const tail = (num: string | undefined, date: string | undefined) =>
    [num ? `№ ${num}` : '', date ? `от ${formatRuDate(date)}` : ''].filter(Boolean).join(' ');
  if (d.kind === 'regulation' && d.approvalOrder) {
    const t = tail(d.approvalOrder.number, d.approvalOrder.date);
    return t ? `${base} (приказ ${t})` : base;
  }
  const t = tail(d.number, d.date);
  return t ? `${base} ${t}` : base;
}

export function channelLabel(title: string, platformName: string): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  const short = clean.length > 80 ? `${clean.slice(0, 79)}…` : clean;
  return `«${short}» (${platformName})`;
}

export function classLabel(id: string): string {
  return `класс ${id}`;
}
