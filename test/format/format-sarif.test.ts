import { describe, expect, it } from 'vitest';
import { formatReport, SARIF_FINGERPRINT_KEY, sarifLevel } from '../../src/format/index.js';
import { pathToUri } from '../../src/format/format-sarif.js';
import { sarifSchema, validateSarif } from './safety.js';
import { buildHostileReport, buildSampleReport, mapReportText } from './sample-report.js';

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string };
      region?: { startLine: number; startColumn?: number };
    };
  }[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: string; justification: string }[];
  properties: { clauses: string[] };
}
interface SarifLog {
  version: string;
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        informationUri: string;
        rules: { id: string; properties: { clauses: string[]; tags: string[] } }[];
      };
    };
    results: SarifResult[];
    invocations: { executionSuccessful: boolean; toolConfigurationNotifications: unknown[] }[];
  }[];
}

function sarif(report = buildSampleReport(), options = {}): SarifLog {
  const out = formatReport(report, 'sarif', options);
  const log = JSON.parse(out) as SarifLog;
  const ok = validateSarif(log);
  expect(validateSarif.errors ?? [], JSON.stringify(validateSarif.errors, null, 1)).toEqual([]);
  expect(ok).toBe(true);
  return log;
}

describe('sarif format', () => {
  it('the schema fixture is the official draft-07 SARIF 2.1.0 schema and rejects a broken log', () => {
    expect((sarifSchema as { $schema: string }).$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(validateSarif({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validateSarif({ version: '2.0.0', runs: [] })).toBe(false);
    expect(
      validateSarif({
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }],
      }),
    ).toBe(false);
  });

  it('validates against the SARIF 2.1.0 schema: sample, English, no findings, hostile', () => {
    sarif();
    sarif(buildSampleReport({ language: 'en' }));
    sarif(buildSampleReport({ findings: [] }));
    sarif(buildHostileReport());
  });

  it('has a rule per rule id and a result per finding, with matching ruleIndex', () => {
    const report = buildSampleReport();
    const log = sarif(report);
    const run = log.runs[0]!;
    const ids = [...new Set(report.findings.map((f) => f.ruleId))].sort();
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(ids);
    expect(run.results).toHaveLength(report.findings.length);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
    expect(run.tool.driver.name).toBe('sferum-compliance');
    expect(run.tool.driver.version).toBe('0.1.0');
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
    const linkRule = run.tool.driver.rules.find((r) => r.id === 'SFR-2.3-LINK-ROLE');
    expect(linkRule?.properties.clauses).toEqual(['2.3.b', '2.4.b']);
    expect(linkRule?.properties.tags).toContain('clause-2.4.b');
  });

  it.each([
    ['critical', 'error'],
    ['high', 'error'],
    ['medium', 'warning'],
    ['low', 'note'],
    ['info', 'note'],
  ] as const)('maps severity %s to level %s', (severity, level) => {
    expect(sarifLevel(severity)).toBe(level);
    const report = buildSampleReport();
    const log = sarif(report);
    report.findings.forEach((f, i) => {
      if (f.severity === severity) expect(log.runs[0]!.results[i]!.level).toBe(level);
    });
  });

  it('locates a result at its evidence source, else at the school file', () => {
    const report = buildSampleReport();
    const results = sarif(report).runs[0]!.results;
    const teacher = results[report.findings.findIndex((f) => f.subject.id === 't-014')]!;
    expect(teacher.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'people.csv' },
      region: { startLine: 15, startColumn: 9 },
    });
    const school = results[report.findings.findIndex((f) => f.subject.type === 'school')]!;
    expect(school.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: 'school.yaml' } });
  });

  it('puts the fingerprint in partialFingerprints and suppresses waived findings only', () => {
    const report = buildSampleReport();
    const results = sarif(report).runs[0]!.results;
    report.findings.forEach((f, i) => {
      const r = results[i]!;
      expect(r.partialFingerprints[SARIF_FINGERPRINT_KEY]).toBe(f.fingerprint);
      if (f.waived) {
        expect(r.suppressions).toEqual([
          expect.objectContaining({ kind: 'external', justification: f.waiver?.justification }),
        ]);
      } else {
        // Including the finding whose waiver expired.
        expect(r.suppressions).toBeUndefined();
      }
    });
    expect(report.findings.some((f) => !f.waived && f.waiver?.expired)).toBe(true);
  });

  it('leaves waived findings out when includeWaived is false', () => {
    const report = buildSampleReport();
    const results = sarif(report, { includeWaived: false }).runs[0]!.results;
    expect(results).toHaveLength(report.findings.filter((f) => !f.waived).length);
    expect(results.some((r) => r.suppressions)).toBe(false);
  });

  it('reports diagnostics as tool configuration notifications', () => {
    const inv = sarif().runs[0]!.invocations[0]!;
    expect(inv.executionSuccessful).toBe(true);
    expect(inv.toolConfigurationNotifications).toHaveLength(1);
  });

  it.each([
    ['school.yaml', 'school.yaml'],
    ['данные/люди 2025.csv', '%D0%B4%D0%B0%D0%BD%D0%BD%D1%8B%D0%B5/%D0%BB%D1%8E%D0%B4%D0%B8%202025.csv'],
    ['C:\\Школа\\school.yaml', 'file:///C:/%D0%A8%D0%BA%D0%BE%D0%BB%D0%B0/school.yaml'],
    ['/srv/audit/school.yaml', 'file:///srv/audit/school.yaml'],
    ['../x#y?.yaml', '../x%23y%3F.yaml'],
  ])('turns the path %j into the uri-reference %j', (path, uri) => {
    expect(pathToUri(path)).toBe(uri);
  });

  it('is byte-identical across runs', () => {
    const report = buildSampleReport();
    expect(formatReport(report, 'sarif')).toBe(formatReport(structuredClone(report), 'sarif'));
  });

  it('keeps messages readable and control-free', () => {
    const report = mapReportText(buildSampleReport(), (field, v) =>
      field === 'finding.message' ? `\u001b[2J${v}\u202e` : v,
    );
    const results = sarif(report).runs[0]!.results;
    // ESC and RLO go; what is left of the escape sequence is inert text.
    expect(results[0]!.message.text).toBe(`[2J${buildSampleReport().findings[0]!.message}`);
  });
});
