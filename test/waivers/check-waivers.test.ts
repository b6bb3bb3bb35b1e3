import { describe, expect, it } from 'vitest';
import { checkWaivers } from '../../src/waivers/check-waivers.js';
import type { Waiver } from '../../src/waivers/types.js';

const base: Waiver = {
  id: 'W-1',
  rule: 'SFR-2.6-*',
  subject: 'p-044',
  justification: 'Родитель меняет роль в ЭШ, заявка подана',
  approvedBy: 'директор',
  approvedAt: '2026-11-01',
  expires: '2026-12-31',
};

describe('checkWaivers', () => {
  it('keeps a waiver within the horizon', () => {
    const r = checkWaivers([base]);
    expect(r.valid).toEqual([base]);
    expect(r.diagnostics).toEqual([]);
  });

  it.each([
    ['one day past 365', { expires: '2027-11-02' }, 'expires'],
    ['expires before approval', { expires: '2026-10-31' }, 'expires'],
    ['unreal date', { approvedAt: '2026-02-30' }, 'approvedAt'],
    ['unknown subject type', { subjectType: 'pupil' as never }, 'subjectType'],
  ])('rejects %s with a positioned WAIVER_INVALID', (_name, change, field) => {
    const r = checkWaivers([{ ...base, ...change }]);
    expect(r.valid).toEqual([]);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({
      code: 'WAIVER_INVALID',
      severity: 'error',
      pointer: `/waivers/0/${field}`,
    });
  });

  it('accepts exactly the horizon and honours a custom one', () => {
    expect(checkWaivers([{ ...base, expires: '2027-11-01' }]).valid).toHaveLength(1);
    expect(checkWaivers([{ ...base, expires: '2026-12-31' }], { maxWaiverDays: 30 }).valid).toHaveLength(0);
    expect(checkWaivers([{ ...base, expires: '2026-12-01' }], { maxWaiverDays: 30 }).valid).toHaveLength(1);
  });

  it('flags a duplicate id and keeps the first', () => {
    const r = checkWaivers([base, { ...base, subject: 'p-045' }], { pointerBase: '' });
    expect(r.valid).toEqual([base]);
    expect(r.diagnostics[0]).toMatchObject({ code: 'WAIVER_INVALID', pointer: '/1/id' });
  });
});
