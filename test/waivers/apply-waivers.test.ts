import { describe, expect, it } from 'vitest';
import { applyWaivers } from '../../src/waivers/apply-waivers.js';
import type { Waiver } from '../../src/waivers/types.js';
import type { Finding } from '../../src/report/types.js';

function finding(ruleId: string, id: string, type: Finding['subject']['type'] = 'person'): Finding {
  return {
    ruleId,
    clauses: ['2.6.b'],
    severity: 'high',
    title: 't',
    message: 'm',
    subject: { type, id, label: 'родитель' },
    evidence: [],
    remediation: 'r',
    fingerprint: `${ruleId}/${id}`,
    waived: false,
  };
}

const waiver = (over: Partial<Waiver>): Waiver => ({
  id: 'W-1',
  rule: 'SFR-2.6-*',
  subject: 'p-04?',
  justification: 'заявка в ЭШ подана',
  approvedBy: 'директор',
  approvedAt: '2026-11-01',
  expires: '2026-12-31',
  ...over,
});

const findings = [
  finding('SFR-2.6-LINK-ROLE', 'p-044'),
  finding('SFR-2.5-PROFILE', 'p-026'),
  finding('SFR-2.6-LINK-ROLE', 'p-050'),
];

describe('applyWaivers', () => {
  it('waives matching findings in effect and keeps them in the list', () => {
    const r = applyWaivers(findings, [waiver({})], { asOf: '2026-11-30', language: 'ru' });
    expect(r.findings.map((f) => f.waived)).toEqual([true, false, false]);
    expect(r.findings[0]!.waiver).toMatchObject({ id: 'W-1', expired: false });
    expect(r.unused).toEqual([]);
    expect(r.expired).toEqual([]);
    expect(r.diagnostics).toEqual([]);
  });

  it('treats the expiry day as still in effect', () => {
    const r = applyWaivers(findings, [waiver({})], { asOf: '2026-12-31', language: 'ru' });
    expect(r.findings[0]!.waived).toBe(true);
  });

  it('brings an expired waiver’s finding back with a note naming it', () => {
    const r = applyWaivers(findings, [waiver({ expires: '2026-11-15' })], {
      asOf: '2026-11-30',
      language: 'en',
    });
    expect(r.findings[0]!.waived).toBe(false);
    expect(r.findings[0]!.waiver).toMatchObject({ id: 'W-1', expired: true });
    expect(r.findings[0]!.note).toContain('W-1');
    expect(r.findings[0]!.note).toContain('2026-11-15');
    expect(r.expired).toEqual(['W-1']);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['WAIVER_EXPIRED']);
  });

  it('does not apply a waiver before its approval date', () => {
    const r = applyWaivers(findings, [waiver({ approvedAt: '2026-12-01' })], {
      asOf: '2026-11-30',
      language: 'ru',
    });
    expect(r.findings[0]!.waived).toBe(false);
    expect(r.findings[0]!.note).toContain('2026-12-01');
  });

  it('reports a waiver that matches nothing', () => {
    const r = applyWaivers(findings, [waiver({}), waiver({ id: 'W-2', rule: 'SFR-9.*' })], {
      asOf: '2026-11-30',
      language: 'ru',
    });
    expect(r.unused).toEqual(['W-2']);
    expect(r.diagnostics).toMatchObject([{ code: 'WAIVER_UNUSED', severity: 'warning' }]);
  });

  it('narrows by subject type', () => {
    const r = applyWaivers(findings, [waiver({ subjectType: 'channel' })], {
      asOf: '2026-11-30',
      language: 'ru',
    });
    expect(r.findings.every((f) => !f.waived)).toBe(true);
    expect(r.unused).toEqual(['W-1']);
  });

  it('prefers a waiver in effect over an expired one', () => {
    const r = applyWaivers(findings, [waiver({ id: 'OLD', expires: '2026-11-02' }), waiver({ id: 'NEW' })], {
      asOf: '2026-11-30',
      language: 'ru',
    });
    expect(r.findings[0]).toMatchObject({ waived: true, waiver: { id: 'NEW' } });
    expect(r.findings[0]!.note).toBeUndefined();
    expect(r.expired).toEqual(['OLD']);
  });

  it('ignore switches every waiver off', () => {
    const r = applyWaivers(findings, [waiver({}), waiver({ id: 'W-2', rule: 'nothing' })], {
      asOf: '2026-11-30',
      language: 'ru',
      ignore: true,
    });
    expect(r.findings.every((f) => !f.waived && !f.waiver)).toBe(true);
    expect(r.unused).toEqual([]);
    expect(r.diagnostics).toEqual([]);
  });
});
