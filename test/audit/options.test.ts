import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit/index.js';
import type { RuleDefinition } from '../../src/catalog/types.js';
import type { CustomOperator } from '../../src/evaluate/types.js';
import type { Waiver } from '../../src/waivers/types.js';
import type { AuditInput } from '../../src/model/types.js';
import type { Report } from '../../src/report/types.js';
import { AS_OF, compliantSchool, schoolWithWrongParentRole } from './fixtures/school.js';

const run = (input: AuditInput, options: Parameters<typeof audit>[1] = {}) =>
  audit(input, { asOf: AS_OF, ...options });
const find = (r: Report, ruleId: string, subjectId?: string) =>
  r.findings.filter((f) => f.ruleId === ruleId && (subjectId === undefined || f.subject.id === subjectId));

const waiver = (over: Partial<Waiver> = {}): Waiver => ({
  id: 'W-1',
  rule: 'SFR-2.6-*',
  subject: 'pa-?',
  justification: 'Заявка на смену роли подана',
  approvedBy: 'директор',
  approvedAt: '2025-02-01',
  expires: '2025-06-30',
  ...over,
});

describe('config overrides', () => {
  it('switches a rule off', async () => {
    const r = await run(schoolWithWrongParentRole(), {
      config: { rules: { 'SFR-2.6-LINK-ROLE': { enabled: false } } },
    });
    expect(find(r, 'SFR-2.6-LINK-ROLE')).toEqual([]);
    const clause = r.clauses.find((c) => c.id === '2.6.b')!;
    expect(clause.disabledRules).toEqual(['SFR-2.6-LINK-ROLE']);
    expect(clause.rules).not.toContain('SFR-2.6-LINK-ROLE');
    expect(clause.status).toBe('compliant');
  });

  it('changes a severity', async () => {
    const r = await run(schoolWithWrongParentRole(), {
      config: { rules: { 'SFR-2.6-LINK-ROLE': { severity: 'low' } } },
    });
    expect(find(r, 'SFR-2.6-LINK-ROLE')[0]!.severity).toBe('low');
    expect(r.summary.findings.bySeverity.low).toBe(1);
  });

  it('a parameter change flips a finding', async () => {
    const base = await run(compliantSchool());
    expect(find(base, 'SFR-2.2-STATISTICS-REPORTS')).toEqual([]);
    // The last statistics report is 19 days old on AS_OF.
    const strict = await run(compliantSchool(), {
      config: { rules: { 'SFR-2.2-STATISTICS-REPORTS': { params: { maxAgeDays: 10 } } } },
    });
    expect(find(strict, 'SFR-2.2-STATISTICS-REPORTS')).toHaveLength(1);
    expect(strict.clauses.find((c) => c.id === '2.2.h')!.status).toBe('violated');
  });

  it('warns about unknown rules and ignores a parameter of the wrong type', async () => {
    const r = await run(compliantSchool(), {
      config: {
        rules: {
          'SFR-NOPE': { enabled: false },
          'SFR-2.2-STATISTICS-REPORTS': { params: { maxAgeDays: 'ten' } },
        },
      },
    });
    expect(r.diagnostics).toMatchObject([
      { code: 'CONFIG_INVALID', severity: 'warning', pointer: '/rules/SFR-NOPE' },
      {
        code: 'CONFIG_INVALID',
        severity: 'error',
        pointer: '/rules/SFR-2.2-STATISTICS-REPORTS/params/maxAgeDays',
      },
    ]);
    expect(find(r, 'SFR-2.2-STATISTICS-REPORTS')).toEqual([]);
  });

  it('takes asOf and language from the config unless options say otherwise', async () => {
    const r = await audit(compliantSchool(), { config: { asOf: '2025-02-15', language: 'en' } });
    expect(r.asOf).toBe('2025-02-15');
    expect(r.language).toBe('en');
    const o = await audit(compliantSchool(), {
      asOf: AS_OF,
      language: 'ru',
      config: { asOf: '2025-02-15', language: 'en' },
    });
    expect(o.asOf).toBe(AS_OF);
    expect(o.language).toBe('ru');
  });
});

describe('today', () => {
  it('is the calendar date in the configured zone, Moscow by default', async () => {
    // 21:30 UTC on 28 Feb is 00:30 on 1 March in Moscow (UTC+3), still 28 Feb in UTC.
    const now = () => new Date('2025-02-28T21:30:00Z');
    expect((await audit(compliantSchool(), { now })).asOf).toBe('2025-03-01');
    expect((await audit(compliantSchool(), { now, config: { timeZone: 'UTC' } })).asOf).toBe('2025-02-28');
    expect(
      (await audit(compliantSchool(), { now, timeZone: 'Asia/Novosibirsk', config: { timeZone: 'UTC' } }))
        .asOf,
    ).toBe('2025-03-01');
  });
});

describe('waivers', () => {
  it('waives a finding and keeps it in the report', async () => {
    const r = await run(schoolWithWrongParentRole(), { waivers: [waiver()] });
    const [f] = find(r, 'SFR-2.6-LINK-ROLE', 'pa-1');
    expect(f).toMatchObject({ waived: true, waiver: { id: 'W-1', expired: false } });
    expect(r.clauses.find((c) => c.id === '2.6.b')).toMatchObject({
      status: 'compliant',
      findings: 0,
      waived: 1,
    });
    expect(r.summary.findings).toMatchObject({ unwaived: 0, waived: 1 });
    expect(r.summary.findings.byClause['2.6.b']).toBeUndefined();
    // Waived checks leave the score as if the school were clean.
    expect(r.summary.score).toBe((await run(compliantSchool())).summary.score);
  });

  it('an expired waiver brings the finding back with a note', async () => {
    const r = await run(schoolWithWrongParentRole(), { waivers: [waiver({ expires: '2025-02-28' })] });
    const [f] = find(r, 'SFR-2.6-LINK-ROLE', 'pa-1');
    expect(f!.waived).toBe(false);
    expect(f!.waiver!.expired).toBe(true);
    expect(f!.note).toMatch(/W-1.*2025-02-28/);
    expect(r.waivers.expired).toEqual(['W-1']);
    expect(r.diagnostics.map((d) => d.code)).toContain('WAIVER_EXPIRED');
    expect(r.clauses.find((c) => c.id === '2.6.b')!.status).toBe('violated');
  });

  it('reports a waiver that matches nothing', async () => {
    const r = await run(schoolWithWrongParentRole(), {
      waivers: [waiver(), waiver({ id: 'W-2', subject: 'p-404' })],
    });
    expect(r.waivers.unused).toEqual(['W-2']);
    expect(r.diagnostics).toMatchObject([{ code: 'WAIVER_UNUSED', severity: 'warning' }]);
  });

  it('ignoreWaivers shows the unwaived state', async () => {
    const r = await run(schoolWithWrongParentRole(), { waivers: [waiver()], ignoreWaivers: true });
    expect(find(r, 'SFR-2.6-LINK-ROLE', 'pa-1')[0]!.waived).toBe(false);
    expect(r.waivers).toEqual({ unused: [], expired: [], ignored: true });
  });

  it('refuses a waiver beyond the horizon and applies nothing from it', async () => {
    const r = await run(schoolWithWrongParentRole(), { waivers: [waiver({ expires: '2026-03-01' })] });
    expect(find(r, 'SFR-2.6-LINK-ROLE', 'pa-1')[0]!.waived).toBe(false);
    expect(r.diagnostics[0]).toMatchObject({ code: 'WAIVER_INVALID', pointer: '/waivers/0/expires' });
    const wide = await run(schoolWithWrongParentRole(), {
      waivers: [waiver({ expires: '2026-03-01' })],
      maxWaiverDays: 400,
    });
    expect(find(wide, 'SFR-2.6-LINK-ROLE', 'pa-1')[0]!.waived).toBe(true);
  });

  it('does not change fingerprints', async () => {
    const a = await run(schoolWithWrongParentRole());
    const b = await run(schoolWithWrongParentRole(), { waivers: [waiver()] });
    expect(b.findings.map((f) => f.fingerprint)).toEqual(a.findings.map((f) => f.fingerprint));
  });
});

const packRule = (over: Partial<RuleDefinition> = {}): RuleDefinition => ({
  id: 'NSO-CHANNEL-TITLE-PREFIX',
  clauses: ['2.1.c'],
  subject: 'channel',
  severity: 'low',
  title: { ru: 'Название канала без префикса школы', en: 'Channel title without the school prefix' },
  message: { ru: '{{subject.label}}: название не по шаблону', en: '{{subject.label}}: title off pattern' },
  remediation: { ru: 'Переименуйте канал', en: 'Rename the channel' },
  conditions: { all: [{ fact: 'purpose', operator: 'equal', value: 'official' }] },
  ...over,
});

describe('rule packs and custom operators', () => {
  it('a pack rule adds a finding under its clause', async () => {
    const r = await run(compliantSchool(), { rulePacks: [packRule()] });
    expect(find(r, 'NSO-CHANNEL-TITLE-PREFIX').map((f) => f.subject.id)).toEqual(['ch-news']);
    const clause = r.clauses.find((c) => c.id === '2.1.c')!;
    expect(clause.rules).toContain('NSO-CHANNEL-TITLE-PREFIX');
    expect(clause.status).toBe('violated');
    const base = await run(compliantSchool());
    expect(r.catalog.hash).not.toBe(base.catalog.hash);
  });

  it('a pack rule can use a custom operator', async () => {
    const startsWith: CustomOperator = {
      name: 'startsWith',
      evaluate: (factValue: unknown, prefix: unknown) =>
        typeof factValue === 'string' && factValue.startsWith(String(prefix)),
      validator: (v: unknown) => typeof v === 'string',
    };
    const rule = packRule({
      id: 'NSO-CLASS-CHAT-TITLE',
      conditions: { all: [{ fact: 'class', operator: 'startsWith', value: '5' }] },
    });
    const r = await run(compliantSchool(), { rulePacks: [rule], operators: [startsWith] });
    expect(find(r, 'NSO-CLASS-CHAT-TITLE').map((f) => f.subject.id)).toEqual(['ch-5a']);
  });
});

describe('attestations and eSchoolSystem', () => {
  it('attest clauses need answers; answers decide them', async () => {
    const input = compliantSchool();
    const none = await run(input);
    const attest = none.clauses.filter((c) => c.disposition === 'attest');
    expect(attest.length).toBeGreaterThan(0);
    expect(attest.every((c) => c.status === 'attestation-required')).toBe(true);
    input.attestations = attest.map((c) => ({
      clause: c.id,
      answer: 'yes' as const,
      by: 'директор',
      date: '2025-01-10',
    }));
    const answered = await run(input);
    expect(
      answered.clauses.filter((c) => c.disposition === 'attest').every((c) => c.status === 'attested'),
    ).toBe(true);
    expect(answered.summary.score).toBeGreaterThan(none.summary.score);
  });

  it('uses the config e-school system when the school file names none', async () => {
    const probe = packRule({
      id: 'PROBE-ESCHOOL',
      subject: 'school',
      conditions: { all: [{ fact: 'eSchoolSystem', operator: 'equal', value: 'ГИС «Сетевой город»' }] },
    });
    const input = compliantSchool();
    const config = { eSchoolSystem: 'ГИС «Сетевой город»' };
    expect(find(await run(input, { config, rulePacks: [probe] }), 'PROBE-ESCHOOL')).toEqual([]);
    delete input.school.eSchoolSystem;
    expect(find(await run(input, { config, rulePacks: [probe] }), 'PROBE-ESCHOOL')).toHaveLength(1);
    expect(find(await run(input, { rulePacks: [probe] }), 'PROBE-ESCHOOL')).toEqual([]);
  });
});
