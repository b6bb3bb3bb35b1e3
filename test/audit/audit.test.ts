import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { audit } from '../../src/audit/index.js';
import { SUBJECT_TYPES } from '../../src/model/vocabulary.js';
import type { AuditInput } from '../../src/model/types.js';
import type { Report } from '../../src/report/types.js';
import { AS_OF, compliantSchool, schoolWithWrongParentRole } from './fixtures/school.js';

const run = (input: AuditInput, options: Parameters<typeof audit>[1] = {}) =>
  audit(input, { asOf: AS_OF, ...options });
const unwaived = (r: Report) => r.findings.filter((f) => !f.waived).map((f) => `${f.ruleId} ${f.subject.id}`);

describe('audit on a compliant school', () => {
  it('finds nothing, and every clause has a status', async () => {
    const report = await run(compliantSchool());
    expect(unwaived(report)).toEqual([]);
    expect(report.clauses.length).toBeGreaterThan(40);
    expect(report.clauses.every((c) => c.status !== 'violated')).toBe(true);
    expect(report.summary.clauses.violated).toBe(0);
    expect(report.asOf).toBe(AS_OF);
    expect(report.generatedAt).toBeUndefined();
  });

  it('accounts for every input record in summary.subjects', async () => {
    const input = compliantSchool();
    const report = await run(input);
    expect(report.summary.subjects).toEqual({
      school: 1,
      document: input.documents.length,
      admin: input.admins.length,
      person: input.people.length,
      class: input.classes.length,
      channel: input.channels.length,
    });
  });

  it('records what it was computed with', async () => {
    const report = await run(compliantSchool(), { generatedAt: '2025-03-01T10:00:00Z' });
    expect(report.schemaVersion).toMatch(/^1\.\d+\.\d+$/);
    expect(report.tool.name).toBe('sferum-compliance');
    expect(report.tool.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(report.catalog.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(report.registry.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(report.engine).toBe('compiled');
    expect(report.generatedAt).toBe('2025-03-01T10:00:00Z');
  });
});

describe('findings', () => {
  it('reports a parent linked in the wrong role, without personal data', async () => {
    const report = await run(schoolWithWrongParentRole());
    const f = report.findings.find((x) => x.ruleId === 'SFR-2.6-LINK-ROLE');
    expect(f).toBeDefined();
    expect(f!.subject).toMatchObject({ type: 'person', id: 'pa-1' });
    expect(f!.clauses).toContain('2.6.b');
    expect(f!.message).toContain('ученик');
    expect(f!.message).not.toMatch(/\{\{/);
    expect(f!.evidence.map((e) => e.fact)).toContain('eschoolRole');
    expect(f!.fingerprint).toMatch(/^[0-9a-f]{16,24}$/);
    const text = JSON.stringify(report);
    expect(text).not.toContain('Иванова');
    expect(text).not.toContain('555-12-34');
    expect(report.clauses.find((c) => c.id === '2.6.b')).toMatchObject({ status: 'violated', findings: 1 });
    expect(report.summary.findings.bySeverity[f!.severity]).toBeGreaterThanOrEqual(1);
    expect(report.summary.findings.byClause['2.6.b']).toBe(1);
    expect(report.summary.score).toBeLessThan(100);
  });

  it('writes messages in English on request', async () => {
    const report = await run(schoolWithWrongParentRole(), { language: 'en' });
    const f = report.findings.find((x) => x.ruleId === 'SFR-2.6-LINK-ROLE')!;
    expect(f.title).toMatch(/[A-Za-z]/);
    expect(f.title).not.toMatch(/[А-Яа-я]{4}/);
  });

  it('keeps fingerprints when unrelated people are added and rows are reordered', async () => {
    const before = await run(schoolWithWrongParentRole());
    const changed = schoolWithWrongParentRole();
    changed.people.push({
      id: 't-9',
      roles: ['teacher'],
      profile: { created: true, secured: true },
      eschool: { linked: true, organization: '1000001', role: 'учитель' },
    });
    changed.people.reverse();
    changed.channels.reverse();
    const after = await run(changed);
    const fp = (r: Report) =>
      new Map(r.findings.map((f) => [`${f.ruleId} ${f.subject.type} ${f.subject.id}`, f.fingerprint]));
    const b = fp(before);
    for (const [key, value] of fp(after)) if (b.has(key)) expect(value).toBe(b.get(key));
    expect(b.get('SFR-2.6-LINK-ROLE person pa-1')).toBeDefined();
    expect(fp(after).get('SFR-2.6-LINK-ROLE person pa-1')).toBe(b.get('SFR-2.6-LINK-ROLE person pa-1'));
  });
});

describe('determinism', () => {
  it('two runs give byte-identical JSON', async () => {
    const a = JSON.stringify(await run(schoolWithWrongParentRole()));
    const b = JSON.stringify(await run(schoolWithWrongParentRole()));
    expect(a).toBe(b);
  });

  it('shuffled input rows give the same findings in the same order (property)', async () => {
    const reference = await run(schoolWithWrongParentRole());
    const pick = (r: Report) =>
      JSON.stringify({
        findings: r.findings.map((f) => ({
          ...f,
          subject: { ...f.subject, pointer: undefined },
          evidence: f.evidence.map((e) => ({ ...e, source: undefined })),
        })),
        clauses: r.clauses,
        score: r.summary.score,
      });
    const base = schoolWithWrongParentRole();
    const order = (n: number) => fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n });
    await fc.assert(
      fc.asyncProperty(order(base.people.length), order(base.channels.length), async (po, co) => {
        const input = schoolWithWrongParentRole();
        input.people = po.map((i) => input.people[i]!);
        input.channels = co.map((i) => input.channels[i]!);
        expect(pick(await run(input))).toBe(pick(reference));
      }),
      { numRuns: 15 },
    );
  });

  it('sorts findings by severity, clause, rule, subject', async () => {
    const input = schoolWithWrongParentRole();
    input.people.find((p) => p.id === 's-2')!.profile = { created: false };
    input.people.find((p) => p.id === 's-1')!.profile = { created: false };
    input.people.find((p) => p.id === 'ct-1')!.profile = { created: true, secured: false };
    input.people.find((p) => p.id === 't-1')!.eschool = { linked: false };
    input.documents = input.documents.filter((d) => d.kind !== 'order-platform-use');
    const report = await run(input);
    const ranks = ['critical', 'high', 'medium', 'low', 'info'];
    const keys = report.findings.map((f) => [ranks.indexOf(f.severity), f.ruleId, f.subject.id] as const);
    for (let i = 1; i < keys.length; i++) {
      const [s0, r0, id0] = keys[i - 1]!;
      const [s1, r1, id1] = keys[i]!;
      expect(s0).toBeLessThanOrEqual(s1);
      if (s0 === s1 && r0 === r1) expect(id0 < id1).toBe(true);
    }
    expect(new Set(keys.map((k) => k[0])).size).toBeGreaterThan(1);
    // s-1 before s-2 under the same rule, whatever the roster order.
    const created = report.findings
      .filter((f) => f.ruleId === 'SFR-2.5-PROFILE-CREATED')
      .map((f) => f.subject.id);
    expect(created).toEqual(['s-1', 's-2']);
  });

  it('is independent of the machine clock when asOf is given, and uses the injected clock otherwise', async () => {
    const r = await audit(compliantSchool(), { now: () => new Date('2025-02-28T21:30:00Z') });
    expect(r.asOf).toBe('2025-03-01');
  });
});

describe('summary', () => {
  it('has every severity, subject type and status key', async () => {
    const { summary } = await run(schoolWithWrongParentRole());
    expect(Object.keys(summary.findings.bySeverity)).toEqual(['critical', 'high', 'medium', 'low', 'info']);
    expect(Object.keys(summary.findings.bySubjectType)).toEqual([...SUBJECT_TYPES]);
    expect(Object.values(summary.clauses).reduce((a, b) => a + b, 0)).toBeGreaterThan(40);
    expect(summary.findings.total).toBe(summary.findings.unwaived + summary.findings.waived);
    expect(summary.checks!.evaluated).toBe(summary.checks!.applicable + summary.checks!.notApplicable);
  });

  it('reports progress up to the total', async () => {
    const calls: [number, number][] = [];
    await run(compliantSchool(), { onProgress: (d, t) => calls.push([d, t]) });
    const last = calls.at(-1)!;
    expect(last[0]).toBe(last[1]);
    expect(last[1]).toBeGreaterThan(0);
    expect(calls.every(([d], i) => i === 0 || d >= calls[i - 1]![0])).toBe(true);
  });
});
