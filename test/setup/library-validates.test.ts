/**
 * The library validates: `audit()` on an object built in code normalises role words the way the
 * files do and reports problems instead of dropping records. The literal is the first example of
 * docs/api.md, read from the page, so the documentation cannot drift from what is tested.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { audit, type AuditInput, type Report } from '../../src/index.js';
import { auditFiles } from '../../src/node.js';

const AS_OF = '2026-01-15';

/** The `const input = {…};` of docs/api.md's first example, evaluated. */
function documentedInput(): AuditInput {
  const page = readFileSync('docs/api.md', 'utf8');
  const match = /const input = (\{[\s\S]*?\n\});/.exec(page);
  if (!match) throw new Error('docs/api.md: first example has no `const input = {…};`');
  return new Function(`return (${match[1]});`)() as AuditInput;
}

const findings = (r: Report) =>
  r.findings.map((f) => [f.ruleId, f.subject.type, f.subject.id, f.message, f.severity]);

describe('audit() validates its input', () => {
  it('the documented literal, with a Russian role word, gives the findings of the file route', async () => {
    const input = documentedInput();
    expect(input.people[0]!.roles).toEqual(['учитель']);
    const fromObject = await audit(input, { asOf: AS_OF });
    expect(fromObject.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // The teacher is evaluated, not dropped: they have person findings (no profile, no e-school link).
    expect(fromObject.summary.subjects.person).toBe(1);
    expect(fromObject.findings.some((f) => f.subject.id === 'p-1')).toBe(true);

    const dir = mkdtempSync(join(tmpdir(), 'sferum-literal-'));
    try {
      writeFileSync(join(dir, 'school.yaml'), stringify(input));
      const fromFile = await auditFiles(join(dir, 'school.yaml'), { asOf: AS_OF });
      expect(fromFile.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(findings(fromObject)).toEqual(findings(fromFile.report!));
      expect(fromObject.summary.score).toBe(fromFile.report!.summary.score);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the same person with the role id gives the same findings', async () => {
    const ru = documentedInput();
    const en = documentedInput();
    en.people[0]!.roles = ['teacher'];
    expect(findings(await audit(ru, { asOf: AS_OF }))).toEqual(findings(await audit(en, { asOf: AS_OF })));
  });

  it("does not modify the caller's object", async () => {
    const input = documentedInput();
    await audit(input, { asOf: AS_OF });
    expect(input.people[0]!.roles).toEqual(['учитель']);
  });

  it('an unknown role word or a broken record is a diagnostic, not a silent drop', async () => {
    const input = documentedInput();
    input.people.push({ id: 'p-2', roles: ['волшебник'] } as never);
    input.channels.push({ id: 'ch-1', title: 'дубль' } as never);
    const report = await audit(input, { asOf: AS_OF });
    const errors = report.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.some((d) => d.pointer?.startsWith('/people/1'))).toBe(true);
    expect(errors.length).toBeGreaterThan(1);
  });
});
