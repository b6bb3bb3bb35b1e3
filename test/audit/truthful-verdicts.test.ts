import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit/index.js';
import type { AuditInput } from '../../src/model/types.js';
import { AS_OF, compliantSchool } from './fixtures/school.js';
import { readFileSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { runCli } from '../cli/run-cli.js';

const statusOf = (report: Awaited<ReturnType<typeof audit>>) =>
  Object.fromEntries(report.clauses.map((c) => [c.id, c.status]));

/** A school file with its required fields only: every optional field, list and record empty. */
function minimalSchool(): AuditInput {
  return {
    school: { name: 'МБОУ СОШ № 1', region: 'Новосибирская область', municipality: 'г. Новосибирск' },
    classes: [],
    documents: [],
    admins: [],
    records: {},
    attestations: [],
    people: [],
    channels: [],
    exports: [],
  } as unknown as AuditInput;
}

describe('truthful verdicts', () => {
  it('a school with no regulation document has header, 1.1, 1.3 and 4.1 violated', async () => {
    const input = compliantSchool();
    input.documents = input.documents.filter((d) => d.kind !== 'regulation');
    const status = statusOf(await audit(input, { asOf: AS_OF }));
    expect([status.header, status['1.1'], status['1.3'], status['4.1']]).toEqual([
      'violated',
      'violated',
      'violated',
      'violated',
    ]);
  });

  it('a school file with every optional field empty claims compliance for nothing it cannot see', async () => {
    for (const engine of ['compiled', 'reference'] as const) {
      const report = await audit(minimalSchool(), { asOf: AS_OF, engine });
      const compliant = report.clauses
        .filter((c) => c.status === 'compliant' || c.status === 'attested')
        .map((c) => c.id);
      expect(compliant, engine).toEqual([]);
      // What rests on a document or a record the file lacks is violated, not «not applicable».
      const status = statusOf(report);
      for (const id of ['header', '1.1', '1.3', '4.1', '2.1.a', '2.1.b', '2.1.c', '2.2.a'])
        expect(status[id], `${engine} ${id}`).toBe('violated');
      expect(report.summary.coverage).toBeLessThan(100);
    }
  });

  it('an empty roster leaves the clauses binding people undetermined, saying whom to record', async () => {
    const expected: Record<string, string> = {
      '2.3': 'classTeacherCount',
      '2.4': 'staffCount',
      '2.5': 'studentCount',
      '2.6': 'parentCount',
    };
    for (const engine of ['compiled', 'reference'] as const) {
      const report = await audit(minimalSchool(), { asOf: AS_OF, engine });
      const people = report.clauses.filter((c) => /^2\.[3-6]\./.test(c.id) && c.disposition === 'auto');
      expect(people.length, engine).toBe(13);
      for (const c of people) {
        expect(c.status, `${engine} ${c.id}`).toBe('undetermined');
        expect(c.missing?.[0], `${engine} ${c.id}`).toMatchObject({
          subjectType: 'school',
          fact: expected[c.id.slice(0, 3)],
          subjects: 1,
        });
        expect(c.missing?.[0]?.record, c.id).toMatch(/people\[\]/);
      }
      // No channel inventory: which messengers the school uses is not known.
      const final = report.clauses.find((c) => c.id === '2.final')!;
      expect(final.status, engine).toBe('undetermined');
      expect(final.missing?.[0]).toMatchObject({ subjectType: 'school', fact: 'channelCount' });
    }
  });

  it('a roster without parents leaves 2.6 undetermined and the clauses of present people decided', async () => {
    const input = compliantSchool();
    input.people = input.people.filter((p) => !p.roles.includes('parent'));
    const withParents = statusOf(await audit(compliantSchool(), { asOf: AS_OF }));
    const status = statusOf(await audit(input, { asOf: AS_OF }));
    for (const id of ['2.6.a', '2.6.b', '2.6.c']) {
      expect(withParents[id], id).not.toBe('undetermined');
      expect(status[id], id).toBe('undetermined');
    }
    for (const id of ['2.3.a', '2.4.a', '2.5.a']) expect(status[id], id).toBe(withParents[id]);
  });

  describe('members outside the roster are outsiders, not an input error', () => {
    const base = parse(readFileSync(join(__dirname, '../../rules/_fixtures/base.yaml'), 'utf8')) as {
      asOf: string;
      input: Record<string, unknown>;
    };
    const withOutsiders = (): Record<string, unknown> => {
      const input = structuredClone(base.input);
      const chat = (input.channels as { id: string; members: string[] }[]).find((c) => c.id === 'ch-5a')!;
      chat.members = [...chat.members, 'x-grandma', 'x-neighbour'];
      return input;
    };
    const outsiderFindings = (findings: { ruleId: string; subject: { id: string }; message: string }[]) =>
      findings.filter((f) => f.ruleId === 'SFR-2.3-CLASS-CHAT-OUTSIDERS');

    it('the library: one outsider finding on the chat naming 2', async () => {
      const report = await audit(withOutsiders() as unknown as AuditInput, { asOf: base.asOf });
      const found = outsiderFindings(report.findings);
      expect(found.map((f) => f.subject.id)).toEqual(['ch-5a']);
      expect(found[0]!.message).toMatch(/— 2 /);
    });

    it('the CLI: validate lists them as information (exit 0), audit reports them (exit 0/1, not 2)', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'sferum-outsiders-'));
      try {
        writeFileSync(join(dir, 'school.yaml'), stringify(withOutsiders()));
        const validated = await runCli(['validate', 'school.yaml', '--format', 'json'], { cwd: dir });
        expect(validated.code).toBe(0);
        const diagnostics = (
          JSON.parse(validated.stdout) as {
            diagnostics: { code: string; severity: string; message: { en: string } }[];
          }
        ).diagnostics;
        const info = diagnostics.filter((d) => d.code === 'MEMBERS_OUTSIDE_ROSTER');
        expect(info).toHaveLength(1);
        expect(info[0]!.severity).toBe('info');
        expect(info[0]!.message.en).toContain('x-grandma');
        const audited = await runCli(
          [
            'audit',
            'school.yaml',
            '--as-of',
            base.asOf,
            '--format',
            'json',
            '--quiet',
            '--output',
            'report.json',
          ],
          { cwd: dir },
        );
        expect([0, 1]).toContain(audited.code);
        const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as {
          findings: { ruleId: string; subject: { id: string }; message: string }[];
        };
        const found = outsiderFindings(report.findings);
        expect(found.map((f) => f.subject.id)).toEqual(['ch-5a']);
        expect(found[0]!.message).toMatch(/— 2 /);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  it('a web page whose address mentions Telegram gets no 2.final finding', async () => {
    const base = parse(readFileSync(join(__dirname, '../../rules/_fixtures/base.yaml'), 'utf8')) as {
      asOf: string;
      input: Record<string, unknown>;
    };
    const input = structuredClone(base.input);
    const page = 'https://school1.ru/news/telegram-ban.html';
    (input.channels as unknown[]).push({
      id: 'ch-web',
      title: 'Новости: запрет Telegram',
      platform: page,
      link: page,
      kind: 'channel',
      purpose: 'official',
      memberCounts: { parent: 40 },
    });
    for (const engine of ['compiled', 'reference'] as const) {
      const report = await audit(input as unknown as AuditInput, { asOf: base.asOf, engine });
      expect(
        report.findings.filter((f) => f.subject.id === 'ch-web' && f.clauses.includes('2.final')),
        engine,
      ).toEqual([]);
    }
  });
});
