import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/format/index.js';
import type { Report } from '../../src/report/types.js';
import { readJunit, validateXml } from './helpers.js';
import { buildHostileReport, buildSampleReport } from './sample-report.js';

function junit(report: Report, options = {}) {
  const xml = formatReport(report, 'junit', options);
  expect(validateXml(xml)).toBe(true);
  return { xml, doc: readJunit(xml) };
}

describe('junit format', () => {
  it('is well-formed XML with one testcase per clause', () => {
    const report = buildSampleReport();
    const { doc } = junit(report);
    const cases = doc.suites.flatMap((s) => s.cases);
    expect(cases).toHaveLength(report.clauses.length);
    expect(cases.map((c) => c.name.split(' — ')[0])).toEqual(report.clauses.map((c) => c.id));
  });

  it('groups testcases into one suite per section, classname = section', () => {
    const { doc } = junit(buildSampleReport());
    expect(doc.suites.map((s) => s.name)).toEqual([
      'Согласование и утверждение',
      '1. Общие положения',
      '2. Организация работы участников образовательных отношений',
      '3. Права участников образовательных отношений',
    ]);
    const classes = doc.suites.map((s) => [...new Set(s.cases.map((c) => c.classname))]);
    expect(classes).toEqual([['regulation.header'], ['regulation.1'], ['regulation.2'], ['regulation.3']]);
  });

  it('counts failures (violated + attestation-required) and skipped (not-applicable + informational + undetermined)', () => {
    const report = buildSampleReport();
    const { doc } = junit(report);
    const count = (...st: string[]) => report.clauses.filter((c) => st.includes(c.status)).length;
    const cases = doc.suites.flatMap((s) => s.cases);
    expect(doc.tests).toBe(report.clauses.length);
    expect(doc.failures).toBe(count('violated', 'attestation-required'));
    expect(doc.skipped).toBe(count('not-applicable', 'informational', 'undetermined'));
    expect(cases.filter((c) => c.failure)).toHaveLength(doc.failures);
    expect(cases.filter((c) => c.skipped)).toHaveLength(doc.skipped);
    for (const s of doc.suites) {
      expect(s.tests).toBe(s.cases.length);
      expect(s.failures).toBe(s.cases.filter((c) => c.failure).length);
      expect(s.skipped).toBe(s.cases.filter((c) => c.skipped).length);
    }
  });

  it('maps each status to the right element', () => {
    const report = buildSampleReport();
    const cases = junit(report).doc.suites.flatMap((s) => s.cases);
    report.clauses.forEach((clause, i) => {
      const c = cases[i]!;
      switch (clause.status) {
        case 'violated':
          expect(c.failure?.type).toBe('violated');
          break;
        case 'attestation-required':
          expect(c.failure?.type).toBe('attestation-required');
          break;
        case 'undetermined':
          // What is missing goes to system-out; failing on it is the CLI's --fail-on-undetermined.
          expect(c.skipped).toBeDefined();
          expect(c.failure).toBeUndefined();
          expect(c.systemOut).toContain('profileSecured');
          break;
        case 'not-applicable':
        case 'informational':
          expect(c.skipped).toBeDefined();
          expect(c.failure).toBeUndefined();
          break;
        default:
          expect(c.failure).toBeUndefined();
          expect(c.skipped).toBeUndefined();
      }
    });
  });

  it('lists the findings of a violated clause in the failure body, short message attribute', () => {
    const report = buildSampleReport();
    const cases = junit(report).doc.suites.flatMap((s) => s.cases);
    const final = cases.find((c) => c.name.startsWith('2.final'))!;
    expect(final.failure?.message).toBe('Нарушений: 2');
    expect(final.failure?.text).toContain('ch-05');
    expect(final.failure?.text).toContain('ch-09');
    expect(final.failure?.text).toContain('channels.csv:7:3');
    // A finding under two clauses fails both.
    for (const id of ['2.3.b', '2.4.b']) {
      expect(cases.find((c) => c.name.startsWith(`${id} `))?.failure?.text).toContain('t-014');
    }
  });

  it('shows waived findings as system-out, not as failures', () => {
    const report = buildSampleReport();
    const cases = junit(report).doc.suites.flatMap((s) => s.cases);
    const admin = cases.find((c) => c.name.startsWith('2.1.b'))!;
    expect(admin.failure).toBeUndefined();
    expect(admin.systemOut).toContain('W-2025-007');
    const without = junit(report, { includeWaived: false }).doc.suites.flatMap((s) => s.cases);
    expect(without.find((c) => c.name.startsWith('2.1.b'))?.systemOut).toBeUndefined();
  });

  it('stays well-formed with hostile values and strips characters XML 1.0 forbids', () => {
    const { xml, doc } = junit(buildHostileReport());
    expect(doc.tests).toBe(buildHostileReport().clauses.length);
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('\u0000');
    expect(xml).not.toContain('\u001b');
  });

  it('English labels', () => {
    const { doc } = junit(buildSampleReport(), { language: 'en' });
    expect(doc.suites[1]?.name).toBe('1. General provisions');
  });
});
