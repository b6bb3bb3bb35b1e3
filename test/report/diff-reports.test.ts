import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit/index.js';
import { diffReports } from '../../src/report/diff-reports.js';
import { AS_OF, compliantSchool, schoolWithWrongParentRole } from '../audit/fixtures/school.js';

describe('diffReports', () => {
  it('finds added, fixed and unchanged findings by fingerprint', async () => {
    const before = schoolWithWrongParentRole();
    before.people.find((p) => p.id === 's-2')!.profile = { created: false };
    const after = schoolWithWrongParentRole();
    after.people.find((p) => p.id === 't-1')!.eschool = { linked: false };
    const a = await audit(before, { asOf: AS_OF });
    const b = await audit(after, { asOf: AS_OF, language: 'en' });
    const d = diffReports(a, b);
    const ids = (fs: { ruleId: string; subject: { id: string } }[]) =>
      fs.map((f) => `${f.ruleId} ${f.subject.id}`).sort();
    expect(ids(d.unchanged)).toEqual(['SFR-2.6-LINK-ROLE pa-1']);
    expect(ids(d.fixed).every((x) => x.endsWith(' s-2'))).toBe(true);
    expect(d.fixed.length).toBeGreaterThan(0);
    expect(ids(d.added).every((x) => x.endsWith(' t-1'))).toBe(true);
    expect(d.added.length).toBeGreaterThan(0);
    expect(d.summary).toMatchObject({
      added: d.added.length,
      fixed: d.fixed.length,
      unchanged: 1,
      addedUnwaived: d.added.length,
    });
    // The new report's wording (English here) is what `unchanged` carries.
    expect(d.unchanged[0]!.title).toBe(b.findings.find((f) => f.ruleId === 'SFR-2.6-LINK-ROLE')!.title);
  });

  it('an identical report diffs to nothing, and a waived finding is unchanged', async () => {
    const a = await audit(schoolWithWrongParentRole(), { asOf: AS_OF });
    expect(diffReports(a, a).summary).toMatchObject({ added: 0, fixed: 0, unchanged: a.findings.length });
    const waived = await audit(schoolWithWrongParentRole(), {
      asOf: AS_OF,
      waivers: [
        {
          id: 'W',
          rule: '*',
          subject: '*',
          justification: 'j',
          approvedBy: 'd',
          approvedAt: '2025-01-01',
          expires: '2025-12-31',
        },
      ],
    });
    const d = diffReports(a, waived);
    expect(d.fixed).toEqual([]);
    expect(d.unchanged.every((f) => f.waived)).toBe(true);
  });

  it('from nothing to something and back', async () => {
    const clean = await audit(compliantSchool(), { asOf: AS_OF });
    const dirty = await audit(schoolWithWrongParentRole(), { asOf: AS_OF });
    expect(diffReports(clean, dirty).summary.added).toBe(dirty.findings.length);
    expect(diffReports(dirty, clean).summary.fixed).toBe(dirty.findings.length);
  });
});
