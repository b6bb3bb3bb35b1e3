import { describe, expect, it } from 'vitest';
import { audit, explain } from '../../src/audit/index.js';
import type { ExplainNode } from '../../src/evaluate/types.js';
import { catalog } from '../../src/catalog/index.js';
import { AS_OF, compliantSchool, schoolWithWrongParentRole } from './fixtures/school.js';

function leaves(node: ExplainNode | undefined): ExplainNode[] {
  if (!node) return [];
  return node.kind === 'leaf' ? [node] : (node.children ?? []).flatMap(leaves);
}

describe('explain', () => {
  it('shows why a parent in the wrong role fires', async () => {
    const [e] = await explain(schoolWithWrongParentRole(), 'SFR-2.6-LINK-ROLE', {
      asOf: AS_OF,
      subjectId: 'pa-1',
    });
    expect(e).toMatchObject({
      ruleId: 'SFR-2.6-LINK-ROLE',
      outcome: 'fires',
      subject: { type: 'person', id: 'pa-1' },
    });
    expect(e!.applicability!.result).toBe(true);
    const leaf = leaves(e!.violation).find((l) => l.fact === 'eschoolRoleMatches')!;
    expect(leaf).toMatchObject({ operator: 'equal', value: false, factValue: false, result: true });
  });

  it('marks a rule that does not apply, with the failing applicability and no violation tree', async () => {
    const [e] = await explain(compliantSchool(), 'SFR-2.6-LINK-ROLE', { asOf: AS_OF, subjectId: 's-1' });
    expect(e!.outcome).toBe('not-applicable');
    expect(e!.applicability!.result).toBe(false);
    expect(e!.violation).toBeUndefined();
    expect(leaves(e!.applicability).find((l) => l.fact === 'isParent')).toMatchObject({
      factValue: false,
      value: true,
      result: false,
    });
  });

  it('explains every subject of the rule type when no subject is given', async () => {
    const input = schoolWithWrongParentRole();
    const all = await explain(input, 'SFR-2.6-LINK-ROLE', { asOf: AS_OF });
    expect(all.map((e) => e.subject.id)).toEqual(input.people.map((p) => p.id));
  });

  it('agrees with audit() for every rule and subject', async () => {
    const input = schoolWithWrongParentRole();
    input.people.find((p) => p.id === 's-2')!.profile = { created: false };
    input.people.find((p) => p.id === 't-1')!.eschool = { linked: false };
    const report = await audit(input, { asOf: AS_OF });
    const fired = new Set(report.findings.map((f) => `${f.ruleId} ${f.subject.id}`));
    let checked = 0;
    for (const rule of catalog().rules) {
      for (const e of await explain(input, rule.id, { asOf: AS_OF })) {
        expect(e.outcome === 'fires', `${rule.id} ${e.subject.id}`).toBe(
          fired.has(`${rule.id} ${e.subject.id}`),
        );
        checked += 1;
      }
    }
    expect(checked).toBe(report.summary.checks!.evaluated);
  });

  it('uses configured parameters and explains switched-off rules as if on', async () => {
    const config = { rules: { 'SFR-2.6-LINK-ROLE': { enabled: false } } };
    const [e] = await explain(schoolWithWrongParentRole(), 'SFR-2.6-LINK-ROLE', {
      asOf: AS_OF,
      subjectId: 'pa-1',
      config,
    });
    expect(e!.outcome).toBe('fires');
  });

  it('refuses an unknown rule and returns nothing for an unknown subject', async () => {
    await expect(explain(compliantSchool(), 'SFR-NOPE', { asOf: AS_OF })).rejects.toThrow(/SFR-NOPE/);
    expect(
      await explain(compliantSchool(), 'SFR-2.6-LINK-ROLE', { asOf: AS_OF, subjectId: 'nobody' }),
    ).toEqual([]);
  });
});
