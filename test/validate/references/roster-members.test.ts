import { describe, expect, it } from 'vitest';
import { checkRosterMembers } from '../../../src/validate/references/roster-members.js';
import { referenceContext } from '../../../src/validate/references/context.js';
import { person } from './run-check.js';

describe('checkRosterMembers', () => {
  it('lists members the roster lacks as information, the first ten by name', () => {
    const members = ['s', ...Array.from({ length: 12 }, (_, i) => `x${i}`)];
    const ctx = referenceContext(
      { people: [person('s', ['student'])], channels: [{ id: 'c', members }] },
      {},
    );
    checkRosterMembers(ctx);
    expect(ctx.diagnostics).toHaveLength(1);
    expect(ctx.diagnostics[0]).toMatchObject({
      code: 'MEMBERS_OUTSIDE_ROSTER',
      severity: 'info',
      pointer: '/channels/0/members',
    });
    expect(ctx.diagnostics[0]!.message.en).toMatch(/^members not in the roster: 12 — «x0», .*«x9» \(\+2\);/);
  });

  it('says nothing while the roster is a file reference', () => {
    const ctx = referenceContext({ people: { file: 'p.csv' }, channels: [{ id: 'c', members: ['x'] }] }, {});
    checkRosterMembers(ctx);
    expect(ctx.diagnostics).toEqual([]);
  });
});
