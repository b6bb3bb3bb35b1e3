import type { Language, Severity, SubjectType } from '../model/vocabulary.js';
import type { DiagnosticSeverity } from '../diagnostics/diagnostic.js';
import type { ClauseStatus } from '../report/types.js';

/**
 * Every word a format prints that does not come from the report: severity and status names,
 * column headers, section titles. One table per language so the formats never disagree.
 */
export interface Labels {
  severity: Record<Severity, string>;
  status: Record<ClauseStatus, string>;
  subjectType: Record<SubjectType, string>;
  diagnosticSeverity: Record<DiagnosticSeverity, string>;
  /** Regulation sections by clause id prefix (`header`, `1`…`4`). */
  section: Record<string, string>;
  columns: {
    ruleId: string;
    clauses: string;
    severity: string;
    subjectType: string;
    subjectId: string;
    subjectLabel: string;
    title: string;
    message: string;
    remediation: string;
    waived: string;
    waiverId: string;
    waiverExpires: string;
    note: string;
    source: string;
    fingerprint: string;
    clause: string;
    gist: string;
    status: string;
    findings: string;
    count: string;
    number: string;
    subject: string;
    parameter: string;
    value: string;
  };
  titles: {
    report: string;
    summary: string;
    checklist: string;
    findingsByClause: string;
    findings: string;
    chart: string;
    diagnostics: string;
    waivers: string;
    otherClauses: string;
    /** Clauses the data cannot decide, what to record, and notes such as an expired attestation. */
    clauseRemarks: string;
  };
  fields: {
    school: string;
    region: string;
    municipality: string;
    asOf: string;
    tool: string;
    catalog: string;
    registry: string;
    edition: string;
    registryNewest: string;
    overlays: string;
    editionDeclared: string;
    editionDefault: string;
    engine: string;
    score: string;
    /** Share of clauses decided. */
    coverage: string;
    clauses: string;
    unwaived: string;
    waived: string;
    total: string;
    unusedWaivers: string;
    expiredWaivers: string;
    inputs: string;
  };
  words: {
    yes: string;
    no: string;
    none: string;
    waivedBy: string;
    until: string;
    approvedBy: string;
    expiredWaiver: string;
    remediationArrow: string;
    noFindings: string;
    attestedOn: string;
    outOf: string;
    chartEmpty: string;
    chartNote: string;
    /** «записать в» before the field or column that makes a fact known. */
    recordIn: string;
    /** «субъектов» after a count of subjects lacking a fact. */
    subjectsLacking: string;
    expired: string;
  };
}

const RU: Labels = {
  severity: {
    critical: 'критическая',
    high: 'высокая',
    medium: 'средняя',
    low: 'низкая',
    info: 'информация',
  },
  status: {
    compliant: 'соблюдается',
    violated: 'нарушен',
    'attestation-required': 'требуется подтверждение',
    undetermined: 'недостаточно данных',
    attested: 'подтверждён',
    'not-applicable': 'неприменим',
    informational: 'справочный',
  },
  subjectType: {
    school: 'школа',
    document: 'документ',
    admin: 'администратор',
    person: 'участник',
    class: 'класс',
    channel: 'канал',
  },
  diagnosticSeverity: { error: 'ошибка', warning: 'предупреждение', info: 'сведения' },
  section: {
    header: 'Согласование и утверждение',
    '1': '1. Общие положения',
    '2': '2. Организация работы участников образовательных отношений',
    '3': '3. Права участников образовательных отношений',
    '4': '4. Заключительные положения',
  },
  columns: {
    ruleId: 'Правило',
    clauses: 'Пункты',
    severity: 'Важность',
    subjectType: 'Тип субъекта',
    subjectId: 'Идентификатор субъекта',
    subjectLabel: 'Субъект',
    title: 'Заголовок',
    message: 'Описание нарушения',
    remediation: 'Как устранить',
    waived: 'Исключение',
    waiverId: 'Номер исключения',
    waiverExpires: 'Исключение действует до',
    note: 'Примечание',
    source: 'Источник',
    fingerprint: 'Отпечаток',
    clause: 'Пункт',
    gist: 'Содержание',
    status: 'Статус',
    findings: 'Нарушений',
    count: 'Количество',
    number: '№',
    subject: 'Субъект',
    parameter: 'Параметр',
    value: 'Значение',
  },
  titles: {
    report: 'Отчёт о проверке соблюдения Порядка применения ИКОП «Сферум» и VK Мессенджера',
    summary: 'Сводка',
    checklist: 'Перечень пунктов Порядка',
    findingsByClause: 'Нарушения по пунктам',
    findings: 'Нарушения',
    chart: 'Нарушения по пунктам и важности',
    diagnostics: 'Замечания к входным данным',
    waivers: 'Исключения',
    otherClauses: 'Прочие пункты',
    clauseRemarks: 'Недостаточно данных и примечания к пунктам',
  },
  fields: {
    school: 'Школа',
    region: 'Регион',
    municipality: 'Муниципалитет',
    asOf: 'Дата проверки',
    tool: 'Инструмент',
    catalog: 'Каталог правил',
    registry: 'Реестр мессенджеров',
    edition: 'Редакция Положения',
    registryNewest: 'записи до',
    overlays: 'дополнения',
    editionDeclared: 'объявлена школой',
    editionDefault: 'не объявлена: по смыслу Положения',
    engine: 'Движок',
    score: 'Индекс соответствия',
    coverage: 'Решено пунктов, %',
    clauses: 'Пункты',
    unwaived: 'Нарушений',
    waived: 'Под исключением',
    total: 'Всего',
    unusedWaivers: 'Неиспользованные исключения',
    expiredWaivers: 'Истёкшие исключения',
    inputs: 'Входные файлы',
  },
  words: {
    yes: 'да',
    no: 'нет',
    none: '—',
    waivedBy: 'исключение',
    until: 'до',
    approvedBy: 'утвердил',
    expiredWaiver: 'исключение истекло',
    remediationArrow: '→',
    noFindings: 'Нарушений не найдено.',
    attestedOn: 'подтверждено',
    outOf: 'из',
    chartEmpty: 'Нарушений нет — диаграмма пуста.',
    chartNote: 'Учтены нарушения без действующего исключения.',
    recordIn: 'записать',
    subjectsLacking: 'без данных',
    expired: 'истекло',
  },
};

const EN: Labels = {
  severity: {
    critical: 'critical',
    high: 'high',
    medium: 'medium',
    low: 'low',
    info: 'info',
  },
  status: {
    compliant: 'compliant',
    violated: 'violated',
    'attestation-required': 'attestation required',
    undetermined: 'undetermined (insufficient data)',
    attested: 'attested',
    'not-applicable': 'not applicable',
    informational: 'informational',
  },
  subjectType: {
    school: 'school',
    document: 'document',
    admin: 'admin',
    person: 'person',
    class: 'class',
    channel: 'channel',
  },
  diagnosticSeverity: { error: 'error', warning: 'warning', info: 'info' },
  section: {
    header: 'Approval',
    '1': '1. General provisions',
    '2': '2. Organisation of work of the participants',
    '3': '3. Rights of the participants',
    '4': '4. Final provisions',
  },
  columns: {
    ruleId: 'Rule',
    clauses: 'Clauses',
    severity: 'Severity',
    subjectType: 'Subject type',
    subjectId: 'Subject id',
    subjectLabel: 'Subject',
    title: 'Title',
    message: 'Message',
    remediation: 'Remediation',
    waived: 'Waived',
    waiverId: 'Waiver id',
    waiverExpires: 'Waiver expires',
    note: 'Note',
    source: 'Source',
    fingerprint: 'Fingerprint',
    clause: 'Clause',
    gist: 'Gist',
    status: 'Status',
    findings: 'Findings',
    count: 'Count',
    number: '#',
    subject: 'Subject',
    parameter: 'Parameter',
    value: 'Value',
  },
  titles: {
    report: 'Sferum / VK Messenger regulation compliance report',
    summary: 'Summary',
    checklist: 'Clause checklist',
    findingsByClause: 'Findings by clause',
    findings: 'Findings',
    chart: 'Findings by clause and severity',
    diagnostics: 'Input diagnostics',
    waivers: 'Waivers',
    otherClauses: 'Other clauses',
    clauseRemarks: 'Insufficient data and clause notes',
  },
  fields: {
    school: 'School',
    region: 'Region',
    municipality: 'Municipality',
    asOf: 'As of',
    tool: 'Tool',
    catalog: 'Rule catalog',
    registry: 'Messenger registry',
    edition: 'Regulation edition',
    registryNewest: 'entries up to',
    overlays: 'overlays',
    editionDeclared: 'declared by the school',
    editionDefault: "not declared: by the regulation's intent",
    engine: 'Engine',
    score: 'Compliance score',
    coverage: 'Clauses decided, %',
    clauses: 'Clauses',
    unwaived: 'Findings',
    waived: 'Waived',
    total: 'Total',
    unusedWaivers: 'Unused waivers',
    expiredWaivers: 'Expired waivers',
    inputs: 'Input files',
  },
  words: {
    yes: 'yes',
    no: 'no',
    none: '—',
    waivedBy: 'waiver',
    until: 'until',
    approvedBy: 'approved by',
    expiredWaiver: 'waiver expired',
    remediationArrow: '→',
    noFindings: 'No findings.',
    attestedOn: 'attested',
    outOf: 'of',
    chartEmpty: 'No findings — the chart is empty.',
    chartNote: 'Findings without a waiver in effect.',
    recordIn: 'record in',
    subjectsLacking: 'lacking',
    expired: 'expired',
  },
};

export const LABELS: Readonly<Record<Language, Labels>> = { ru: RU, en: EN };

export function labelsFor(language: Language): Labels {
  return LABELS[language] ?? RU;
}
