import { SEVERITIES, SUBJECT_TYPES, type Severity, type SubjectType } from '../../src/model/vocabulary.js';
import { findingFingerprint } from '../../src/findings/fingerprint.js';
import type { ClauseResult, ClauseStatus, Finding, Report, ReportSummary } from '../../src/report/types.js';

/**
 * A realistic report for the format tests, typed against `Report` so contract changes surface
 * here: clauses of every status, findings of every severity, a finding under two clauses, a waived
 * finding, one whose waiver expired, evidence with and without source locations, Russian text.
 */

const HEX = 'a3f1c29e8b7d4e6f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6071';

type FindingSeed = Omit<Finding, 'fingerprint'>;

function finding(seed: FindingSeed): Finding {
  return { ...seed, fingerprint: findingFingerprint(seed.ruleId, seed.subject.type, seed.subject.id) };
}

export const SAMPLE_FINDINGS: readonly Finding[] = [
  finding({
    ruleId: 'SFR-2.FINAL-FOREIGN-MESSENGER',
    clauses: ['2.final'],
    severity: 'critical',
    title: 'Иностранный мессенджер для общения с участниками',
    message: 'Канал «Чат 5А» ведётся в WhatsApp — мессенджере из перечня Роскомнадзора.',
    subject: { type: 'channel', id: 'ch-05', label: 'Чат 5А (WhatsApp)', pointer: '/channels/4' },
    evidence: [
      {
        fact: 'platform',
        value: 'whatsapp',
        source: { file: 'channels.csv', line: 7, column: 3, pointer: '/channels/4/platform' },
      },
      { fact: 'participants', value: ['ученики', 'родители'] },
    ],
    remediation: 'Перенесите общение в чат класса в Сферуме / VK Мессенджере и закройте чат в WhatsApp.',
    waived: false,
  }),
  finding({
    ruleId: 'SFR-2.FINAL-FOREIGN-MESSENGER',
    clauses: ['2.final'],
    severity: 'critical',
    title: 'Иностранный мессенджер для общения с участниками',
    message: 'Канал «Родители 7Б» ведётся в Telegram — мессенджере из перечня Роскомнадзора.',
    subject: { type: 'channel', id: 'ch-09', label: 'Родители 7Б (Telegram)', pointer: '/channels/8' },
    evidence: [
      { fact: 'platform', value: 'telegram', source: { file: 'channels.csv', line: 11, column: 3 } },
    ],
    remediation: 'Перенесите общение в чат класса в Сферуме / VK Мессенджере и закройте канал в Telegram.',
    waived: false,
  }),
  finding({
    ruleId: 'SFR-2.3-LINK-ROLE',
    clauses: ['2.3.b', '2.4.b'],
    severity: 'high',
    title: 'Профиль не связан с ГИС «Электронная школа» в роли «учитель»',
    message: 'Профиль педагога (классный руководитель 5А) не связан с ГИС «Электронная школа НСО».',
    subject: {
      type: 'person',
      id: 't-014',
      label: 'учитель, классный руководитель 5А',
      pointer: '/people/13',
    },
    evidence: [
      {
        fact: 'eschool.linked',
        value: false,
        source: { file: 'people.csv', line: 15, column: 9, pointer: '/people/13/eschool/linked' },
      },
      { fact: 'phone', value: '+7 9•• •••-••-67' },
    ],
    remediation:
      'Свяжите профиль Сферума с ГИС «Электронная школа НСО» и вступите в организацию в роли «учитель».',
    waived: false,
  }),
  finding({
    ruleId: 'SFR-2.1-ADMIN-ORDER',
    clauses: ['2.1.b'],
    severity: 'medium',
    title: 'Администратор платформы назначен без приказа',
    message: 'Администратор платформы (заместитель директора по ИКТ) не указан в приказе о назначении.',
    subject: { type: 'admin', id: 'adm-2', label: 'заместитель директора по ИКТ' },
    evidence: [
      { fact: 'appointmentOrder', value: null, source: { file: 'school.yaml', line: 41, column: 5 } },
    ],
    remediation: 'Издайте приказ о назначении администратора платформы и укажите его номер и дату.',
    waived: true,
    waiver: {
      id: 'W-2025-007',
      justification: 'Приказ на подписи у директора; назначение до 31.12.2025.',
      approvedBy: 'директор',
      approvedAt: '2025-02-01',
      expires: '2025-12-31',
      expired: false,
    },
  }),
  finding({
    ruleId: 'SFR-2.5-LINK-ROLE',
    clauses: ['2.5.b'],
    severity: 'medium',
    title: 'Обучающийся вступил в организацию не в роли «ученик»',
    message: 'Профиль обучающегося 6В связан с ГИС в роли «родитель» вместо «ученик».',
    subject: { type: 'person', id: 's-0231', label: 'ученик 6В', pointer: '/people/230' },
    evidence: [
      { fact: 'eschool.role', value: 'родитель', source: { file: 'people.csv', line: 232, column: 11 } },
    ],
    remediation: 'Смените роль в ГИС «Электронная школа НСО» на «ученик» и заново свяжите профиль.',
    waived: false,
    waiver: {
      id: 'W-2025-004',
      justification: 'Ошибка импорта, исправление до конца января.',
      approvedBy: 'заместитель директора по УВР',
      approvedAt: '2025-01-10',
      expires: '2025-01-31',
      expired: true,
    },
    note: 'Исключение W-2025-004 истекло 2025-01-31.',
  }),
  finding({
    ruleId: 'SFR-1.3-COUNCIL-BEFORE-ORDER',
    clauses: ['1.3'],
    severity: 'low',
    title: 'Положение утверждено раньше рассмотрения педсоветом',
    message: 'Приказ № 102/2-од от 29.08.2024 издан раньше протокола педсовета от 30.08.2024.',
    subject: { type: 'document', id: 'doc-order-102', label: 'приказ № 102/2-од' },
    evidence: [
      { fact: 'order.date', value: '2024-08-29', source: { file: 'school.yaml', line: 34, column: 7 } },
      { fact: 'council.date', value: '2024-08-30', source: { file: 'school.yaml', line: 29, column: 7 } },
    ],
    remediation:
      'Проверьте даты: положение сначала рассматривает педсовет, затем директор утверждает его приказом.',
    waived: false,
  }),
  finding({
    ruleId: 'SFR-2.2-STATS-REPORT',
    clauses: ['2.2.h'],
    severity: 'info',
    title: 'Давно не было отчёта о статистике использования',
    message: 'Последний отчёт о статистике использования платформы — 2024-09-15, больше 90 дней назад.',
    subject: { type: 'school', id: 'school', label: 'МБОУ СОШ № 72' },
    evidence: [{ fact: 'records.statsReports.last', value: '2024-09-15' }],
    remediation: 'Подготовьте отчёт о статистике использования для руководителя школы.',
    waived: false,
  }),
];

interface ClauseSeed {
  id: string;
  ru: string;
  en: string;
  disposition: ClauseResult['disposition'];
  status: ClauseStatus;
  rules?: string[];
  attestation?: ClauseResult['attestation'];
  undetermined?: number;
  missing?: ClauseResult['missing'];
  notes?: string[];
}

export const SAMPLE_CLAUSES: readonly ClauseSeed[] = [
  {
    id: 'header',
    ru: 'Положение согласовано с советами и утверждено приказом',
    en: 'The act is agreed and approved by order',
    disposition: 'auto',
    status: 'compliant',
    rules: ['SFR-HDR-APPROVAL'],
  },
  {
    id: '1.1',
    ru: 'Положение — локальный нормативный акт школы',
    en: 'The act is a local normative act',
    disposition: 'auto',
    status: 'compliant',
    rules: ['SFR-1.1-ACT-EXISTS'],
  },
  { id: '1.2', ru: 'Правовые основания', en: 'Legal basis', disposition: 'info', status: 'informational' },
  {
    id: '1.3',
    ru: 'Рассмотрено педсоветом и утверждено приказом директора',
    en: 'Considered by the council and approved by order',
    disposition: 'auto',
    status: 'violated',
    rules: ['SFR-1.3-COUNCIL-BEFORE-ORDER'],
  },
  {
    id: '2.1.b',
    ru: 'Администраторы платформы назначены приказом',
    en: 'Platform admins appointed by order',
    disposition: 'auto',
    status: 'compliant',
    rules: ['SFR-2.1-ADMIN-ORDER'],
  },
  {
    id: '2.1.f',
    ru: 'Контроль использования учебного профиля',
    en: 'Control of the educational profile use',
    disposition: 'attest',
    status: 'attestation-required',
  },
  {
    id: '2.2.f',
    ru: 'Помощь и поддержка участников',
    en: 'Help and support for participants',
    disposition: 'attest',
    status: 'attested',
    attestation: {
      answer: 'yes',
      by: 'заместитель директора по УВР',
      date: '2025-02-10',
      validUntil: '2025-08-31',
      expired: false,
      evidence: 'журнал обращений',
    },
  },
  {
    id: '2.2.h',
    ru: 'Отчёты о статистике использования руководителю',
    en: 'Usage statistics reports to the head',
    disposition: 'auto',
    status: 'violated',
    rules: ['SFR-2.2-STATS-REPORT'],
  },
  {
    id: '2.3.b',
    ru: 'Классный руководитель связывает профиль с ГИС в роли «учитель»',
    en: 'Class teacher links the profile as «учитель»',
    disposition: 'auto',
    status: 'violated',
    rules: ['SFR-2.3-LINK-ROLE'],
  },
  {
    id: '2.4.b',
    ru: 'Педагог связывает профиль с ГИС в роли «учитель»',
    en: 'Staff link the profile as «учитель»',
    disposition: 'auto',
    status: 'violated',
    rules: ['SFR-2.3-LINK-ROLE'],
  },
  {
    id: '2.5.b',
    ru: 'Обучающийся связывает профиль с ГИС в роли «ученик»',
    en: 'Students link the profile as «ученик»',
    disposition: 'auto',
    status: 'violated',
    rules: ['SFR-2.5-LINK-ROLE'],
  },
  {
    id: '2.5.d',
    ru: 'Участие в онлайн-уроках и мероприятиях',
    en: 'Taking part in online lessons',
    disposition: 'attest',
    status: 'not-applicable',
  },
  {
    id: '2.6.a',
    ru: 'Родитель создаёт учебный профиль и обеспечивает его безопасность',
    en: 'Parents create the educational profile and keep it secure',
    disposition: 'auto',
    status: 'undetermined',
    rules: ['SFR-2.6-PROFILE-SECURED'],
    undetermined: 12,
    missing: [
      {
        subjectType: 'person',
        fact: 'profileSecured',
        subjects: 12,
        record: 'people[].profile.secured <b>| =cmd',
      },
    ],
    notes: ['Подтверждение от 2024-01-10 истекло: ответ «yes» не учитывается, нужен новый ответ.'],
  },
  {
    id: '2.final',
    ru: 'Запрет иностранных мессенджеров из перечня Роскомнадзора',
    en: 'No foreign messengers from the Roskomnadzor list',
    disposition: 'auto',
    status: 'violated',
    rules: ['SFR-2.FINAL-FOREIGN-MESSENGER'],
  },
  {
    id: '3.1',
    ru: 'Бесплатный круглосуточный доступ',
    en: 'Free round-the-clock access',
    disposition: 'info',
    status: 'informational',
  },
];

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/** Clause results and the summary computed from the findings, so every count agrees. */
export function assembleReport(
  base: Omit<Report, 'summary' | 'clauses'>,
  clauses: readonly ClauseSeed[],
): Report {
  const clauseResults: ClauseResult[] = clauses.map((c) => {
    const mine = base.findings.filter((f) => f.clauses.includes(c.id));
    const result: ClauseResult = {
      id: c.id,
      title: { ru: c.ru, en: c.en },
      disposition: c.disposition,
      status: c.status,
      rules: c.rules ?? [],
      findings: mine.filter((f) => !f.waived).length,
      waived: mine.filter((f) => f.waived).length,
      decidedBy: c.attestation ? 'attestation' : 'data',
    };
    if (c.attestation) result.attestation = c.attestation;
    if (c.undetermined) result.undetermined = c.undetermined;
    if (c.missing) result.missing = c.missing;
    if (c.notes) result.notes = c.notes;
    return result;
  });
  const bySeverity = zeros<Severity>(SEVERITIES);
  const bySubjectType = zeros<SubjectType>(SUBJECT_TYPES);
  const byClause: Record<string, number> = {};
  let unwaived = 0;
  for (const f of base.findings) {
    if (f.waived) continue;
    unwaived += 1;
    bySeverity[f.severity] += 1;
    bySubjectType[f.subject.type] += 1;
    for (const c of f.clauses) byClause[c] = (byClause[c] ?? 0) + 1;
  }
  const statuses = zeros<ClauseStatus>([
    'compliant',
    'violated',
    'attestation-required',
    'undetermined',
    'attested',
    'not-applicable',
    'informational',
  ]);
  for (const c of clauseResults) statuses[c.status] += 1;
  const summary: ReportSummary = {
    findings: {
      total: base.findings.length,
      unwaived,
      waived: base.findings.length - unwaived,
      bySeverity,
      byClause,
      bySubjectType,
    },
    subjects: { school: 1, document: 4, admin: 2, person: 412, class: 14, channel: 23 },
    clauses: statuses,
    score: 58,
    coverage: 84.6,
    checks: { evaluated: 2210, applicable: 1830, failed: 6, waived: 1, notApplicable: 380, undetermined: 12 },
  };
  return { ...base, summary, clauses: clauseResults };
}

/** The sample report; `findings` may be replaced to test edge cases (none, only waived…). */
export function buildSampleReport(
  overrides: { findings?: readonly Finding[]; language?: Report['language'] } = {},
): Report {
  const findings = (overrides.findings ?? SAMPLE_FINDINGS).map((f) => structuredClone(f));
  return assembleReport(
    {
      schemaVersion: '1.0.0',
      tool: { name: 'sferum-compliance', version: '0.1.0' },
      catalog: { version: '2025.1.0', hash: HEX },
      registry: {
        version: '2025-03',
        source: 'Перечень Роскомнадзора (2024-03-01)',
        hash: HEX.split('').reverse().join(''),
      },
      asOf: '2025-03-01',
      language: overrides.language ?? 'ru',
      engine: 'compiled',
      school: {
        id: '5406010101',
        name: 'МБОУ СОШ № 72',
        region: 'Новосибирская область',
        municipality: 'г. Новосибирск',
      },
      inputs: [
        { path: 'school.yaml', sha256: HEX },
        { path: 'people.csv', sha256: HEX },
        { path: 'channels.csv', sha256: HEX },
      ],
      findings,
      waivers: { unused: ['W-2024-019'], expired: ['W-2025-004'] },
      diagnostics: [
        {
          code: 'WAIVER_UNUSED',
          severity: 'warning',
          message: {
            ru: 'Исключение W-2024-019 не подошло ни к одному нарушению.',
            en: 'Waiver W-2024-019 matched no finding.',
          },
          file: 'waivers.yaml',
          line: 12,
          column: 3,
        },
      ],
    },
    SAMPLE_CLAUSES,
  );
}

/** Every free-text field of the report, run through `text(field, original)`. */
export function mapReportText(report: Report, text: (field: string, original: string) => string): Report {
  const r = structuredClone(report);
  r.school.name = text('school.name', r.school.name);
  r.school.region = text('school.region', r.school.region);
  r.school.municipality = text('school.municipality', r.school.municipality);
  r.catalog.version = text('catalog.version', r.catalog.version);
  r.registry.source = text('registry.source', r.registry.source);
  r.inputs = r.inputs.map((i) => ({ ...i, path: text('inputs.path', i.path) }));
  for (const c of r.clauses) {
    c.title = { ru: text('clause.title.ru', c.title.ru), en: text('clause.title.en', c.title.en) };
    if (c.attestation) c.attestation.by = text('clause.attestation.by', c.attestation.by);
  }
  for (const f of r.findings) {
    f.ruleId = text('finding.ruleId', f.ruleId);
    f.title = text('finding.title', f.title);
    f.message = text('finding.message', f.message);
    f.remediation = text('finding.remediation', f.remediation);
    f.subject.id = text('finding.subject.id', f.subject.id);
    f.subject.label = text('finding.subject.label', f.subject.label);
    for (const e of f.evidence) {
      e.fact = text('evidence.fact', e.fact);
      e.value = typeof e.value === 'string' ? text('evidence.value', e.value) : e.value;
      if (e.source) e.source.file = text('evidence.source.file', e.source.file);
    }
    if (f.waiver) {
      f.waiver.id = text('waiver.id', f.waiver.id);
      f.waiver.justification = text('waiver.justification', f.waiver.justification);
      f.waiver.approvedBy = text('waiver.approvedBy', f.waiver.approvedBy);
    }
    if (f.note !== undefined) f.note = text('finding.note', f.note);
  }
  r.waivers.unused = r.waivers.unused.map((w) => text('waivers.unused', w));
  r.waivers.expired = r.waivers.expired.map((w) => text('waivers.expired', w));
  for (const d of r.diagnostics) {
    d.message = {
      ru: text('diagnostic.message.ru', d.message.ru),
      en: text('diagnostic.message.en', d.message.en),
    };
    if (d.file) d.file = text('diagnostic.file', d.file);
  }
  return r;
}

/** Payloads that have broken report renderers somewhere. */
export const HOSTILE_STRINGS: readonly string[] = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '=HYPERLINK("http://evil","x")',
  '| pipe | and\nnewline',
  '`code` and ``` fence',
  '[link](javascript:alert(1))',
  '![img](http://evil/x.png)',
  '<a href="http://evil">x</a>',
  '# heading\n* item\n- item\n1. item',
  'ctl:\u0000\u0001\u0007\u0008\u000b\u000c\u001b[31mred\u001b[0m\u007f\u0085\u009b',
  'rtl:\u202Egnp.exe\u202C \u200F\u2066x\u2069',
  'cdata ]]> &amp; &lt; &#x3c;',
  'lone \uD800 surrogate \uDFFF and \uFFFE\uFFFF',
  '+1',
  '-1',
  '@SUM(A1:A2)',
  '\t=1+1',
  '\r=1+1',
  "  =cmd|' /C calc'!A0",
];

/** The sample report with every free-text field carrying all hostile payloads at once. */
export function buildHostileReport(): Report {
  const payload = HOSTILE_STRINGS.join(' ');
  return mapReportText(buildSampleReport(), (field, original) =>
    field === 'finding.ruleId' || field === 'waiver.id' ? `${original}${payload}` : `${payload} ${original}`,
  );
}
