import { describe, expect, it } from 'vitest';
import { parseWaivers } from '../../src/waivers/parse-waivers.js';

const one = `  - id: W-1
    rule: SFR-2.6-*
    subject: p-044
    justification: Заявка на смену роли в ЭШ подана
    approvedBy: директор
    approvedAt: 2026-11-01
    expires: 2026-12-31
`;

describe('parseWaivers', () => {
  it('reads the { waivers: [...] } form and the bare list form alike', () => {
    const a = parseWaivers(`waivers:\n${one}`, 'w.yaml');
    const b = parseWaivers(one.replace(/^ {2}/gm, ''), 'w.yaml');
    expect(a.diagnostics).toEqual([]);
    expect(b.diagnostics).toEqual([]);
    expect(a.waivers).toEqual(b.waivers);
    expect(a.waivers[0]).toMatchObject({ id: 'W-1', rule: 'SFR-2.6-*', expires: '2026-12-31' });
  });

  it('requires expires, with a positioned error, and keeps the other waivers', () => {
    const text = `waivers:\n${one}  - id: W-2\n    rule: X\n    subject: p-1\n    justification: j\n    approvedBy: d\n    approvedAt: 2026-11-01\n`;
    const r = parseWaivers(text, 'w.yaml');
    expect(r.waivers.map((w) => w.id)).toEqual(['W-1']);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({
      code: 'WAIVER_INVALID',
      pointer: '/waivers/1',
      line: 9,
      file: 'w.yaml',
    });
    expect(r.diagnostics[0]!.message.en).toContain('expires');
  });

  it('rejects a waiver beyond the horizon at the expires line', () => {
    const text = `waivers:\n${one.replace('2026-12-31', '2027-12-31')}`;
    const r = parseWaivers(text, 'w.yaml');
    expect(r.waivers).toEqual([]);
    expect(r.diagnostics[0]).toMatchObject({
      code: 'WAIVER_INVALID',
      pointer: '/waivers/0/expires',
      line: 8,
      column: 14,
    });
    expect(parseWaivers(text, 'w.yaml', { maxWaiverDays: 800 }).waivers).toHaveLength(1);
  });

  it('maps horizon errors back to the entry’s index when earlier entries were malformed', () => {
    const text = `- { id: BAD }\n${one.replace(/^ {2}/gm, '').replace('2026-12-31', '2028-01-01')}`;
    const r = parseWaivers(text, 'w.yaml');
    expect(r.diagnostics.map((d) => d.pointer)).toEqual(['/0', '/1/expires']);
    expect(r.diagnostics[1]!.line).toBe(8);
  });

  it('rejects unknown keys and a non-list document', () => {
    expect(parseWaivers(`waivers:\n${one}    reason: x\n`, 'w.yaml').diagnostics[0]).toMatchObject({
      pointer: '/waivers/0/reason',
    });
    expect(parseWaivers('foo: 1\n', 'w.yaml').diagnostics[0]).toMatchObject({ code: 'WAIVER_INVALID' });
    expect(parseWaivers('waivers: []\nextra: 1\n', 'w.yaml').diagnostics[0]).toMatchObject({
      pointer: '/extra',
    });
  });
});
