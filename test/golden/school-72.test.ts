import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { auditFiles, loadSchoolFile } from '../../src/node.js';
import reportSchema from '../../schemas/report.schema.json';

/**
 * The golden report of examples/school-72 as of the date its README is written for. Regenerate
 * with `UPDATE_GOLDEN=1 npx vitest run test/golden` and review every changed finding against
 * examples/school-72/README.md before committing.
 */
const AS_OF = '2026-11-30';
const GOLDEN = fileURLToPath(new URL('./school-72.report.json', import.meta.url));
// A relative path, so the report names files the same way on every machine.
const SCHOOL = 'examples/school-72/school.yaml';

async function render(engine: 'compiled' | 'reference' = 'compiled'): Promise<string> {
  const { report, diagnostics } = await auditFiles(SCHOOL, {
    asOf: AS_OF,
    engine,
    noConfigDiscovery: true,
    noWaiversDiscovery: true,
  });
  if (!report) throw new Error(`no report: ${JSON.stringify(diagnostics, null, 2)}`);
  return `${JSON.stringify(report, null, 2)}\n`;
}

describe('golden report: examples/school-72', () => {
  it('matches test/golden/school-72.report.json byte for byte', async () => {
    const actual = await render();
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, actual);
    expect(actual).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('validates against schemas/report.schema.json', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(reportSchema);
    const golden = JSON.parse(readFileSync(GOLDEN, 'utf8'));
    const ok = validate(golden);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the reference engine gives the identical report (apart from the engine name)', async () => {
    const compiled = JSON.parse(await render('compiled'));
    const reference = JSON.parse(await render('reference'));
    expect(reference.engine).toBe('reference');
    expect({ ...reference, engine: 'compiled' }).toEqual(compiled);
  });

  it('accounts for every input record in summary.subjects', async () => {
    const { input } = await loadSchoolFile(SCHOOL);
    const golden = JSON.parse(readFileSync(GOLDEN, 'utf8'));
    expect(golden.summary.subjects).toEqual({
      school: 1,
      document: input!.documents.length,
      admin: input!.admins.length,
      person: input!.people.length,
      class: input!.classes.length,
      channel: input!.channels.length,
    });
    expect(golden.summary.subjects.person).toBe(58);
    expect(golden.summary.subjects.channel).toBe(16);
  });

  it('shows each deliberate violation of the example README', () => {
    const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as {
      findings: { ruleId: string; clauses: string[]; subject: { id: string } }[];
      clauses: { id: string; status: string }[];
    };
    const has = (subject: string, clause?: string) =>
      golden.findings.some(
        (f) => f.subject.id === subject && (clause === undefined || f.clauses.includes(clause)),
      );
    expect(has('p-044', '2.6.b')).toBe(true); // 1
    expect(has('p-026', '2.5.a') && has('p-026', '2.5.b') && has('p-026', '2.5.c')).toBe(true); // 2
    expect(has('p-007', '2.3.c')).toBe(true); // 3
    expect(has('c-06')).toBe(true); // 4
    expect(has('school', '2.2.h')).toBe(true); // 5
    expect(
      has('c-13', '2.final') && has('c-14', '2.final') && has('c-15', '2.final') && has('c-16', '2.final'),
    ).toBe(true); // 6–9
    expect(has('p-058', '2.2.d')).toBe(true); // 10
    const status = (id: string) => golden.clauses.find((c) => c.id === id)!.status;
    expect([status('2.2.f'), status('2.4.d'), status('2.5.d')]).toEqual([
      'attestation-required',
      'attestation-required',
      'attestation-required',
    ]); // 11
  });

  it('is byte-identical across runs', async () => {
    expect(await render()).toBe(await render());
  });

  it('shuffled CSV rows give the same findings, in the same order, with the same fingerprints', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sferum-shuffle-'));
    try {
      const strip = (json: string) => {
        const r = JSON.parse(json) as {
          findings: {
            ruleId: string;
            subject: { id: string };
            message: string;
            fingerprint: string;
            severity: string;
          }[];
          clauses: unknown;
          summary: { score: number };
        };
        // The answers' sources name the school file, which lives in another folder here.
        const clauses = (r.clauses as { attestation?: { source?: unknown } }[]).map((c) =>
          c.attestation ? { ...c, attestation: { ...c.attestation, source: undefined } } : c,
        );
        return {
          findings: r.findings.map((f) => [f.severity, f.ruleId, f.subject.id, f.message, f.fingerprint]),
          clauses,
          score: r.summary.score,
        };
      };
      const expected = strip(readFileSync(GOLDEN, 'utf8'));
      const shuffle = (text: string, order: number[]) => {
        const [header, ...rows] = text.replace(/\n$/, '').split('\n');
        return `${[header, ...order.map((i) => rows[i % rows.length]!)].join('\n')}\n`;
      };
      const people = readFileSync('examples/school-72/people.csv', 'utf8');
      const channels = readFileSync('examples/school-72/channels.csv', 'utf8');
      const n = (t: string) => t.replace(/\n$/, '').split('\n').length - 1;
      const perm = (k: number) => fc.shuffledSubarray([...Array(k).keys()], { minLength: k, maxLength: k });
      await fc.assert(
        fc.asyncProperty(perm(n(people)), perm(n(channels)), async (po, co) => {
          cpSync('examples/school-72', dir, { recursive: true });
          writeFileSync(join(dir, 'people.csv'), shuffle(people, po));
          writeFileSync(join(dir, 'channels.csv'), shuffle(channels, co));
          const { report } = await auditFiles(join(dir, 'school.yaml'), {
            asOf: AS_OF,
            noConfigDiscovery: true,
            noWaiversDiscovery: true,
          });
          expect(strip(JSON.stringify(report))).toEqual(expected);
        }),
        { numRuns: 5 },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
