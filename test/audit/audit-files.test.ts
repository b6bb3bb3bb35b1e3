import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditFiles, loadConfigFile, loadWaiversFile } from '../../src/node.js';

const AS_OF = '2026-11-30';
let dir: string;
let school: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sferum-audit-files-'));
  cpSync('examples/school-72', join(dir, 'school'), { recursive: true });
  school = join(dir, 'school', 'school.yaml');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string) => {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
};

describe('auditFiles', () => {
  it('audits the example and lists its files with hashes', async () => {
    const { report, diagnostics } = await auditFiles(school, { asOf: AS_OF });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(report!.findings.some((f) => f.ruleId === 'SFR-2.6-LINK-ROLE' && f.subject.id === 'p-044')).toBe(
      true,
    );
    expect(report!.inputs.length).toBeGreaterThanOrEqual(3);
    expect(report!.inputs.every((i) => /^[0-9a-f]{64}$/.test(i.sha256))).toBe(true);
  });

  it('applies a config file: switched-off rule, changed severity, language', async () => {
    const config = write(
      'cfg/sferum-compliance.config.yaml',
      'language: en\nrules:\n  SFR-2.6-LINK-ROLE: { enabled: false }\n  SFR-2.5-LINK: { severity: low }\n  SFR-UNKNOWN: { enabled: false }\n',
    );
    const {
      report,
      diagnostics,
      config: effective,
    } = await auditFiles(school, { asOf: AS_OF, configPath: config });
    expect(report!.language).toBe('en');
    expect(effective!.language).toBe('en');
    expect(report!.findings.some((f) => f.ruleId === 'SFR-2.6-LINK-ROLE')).toBe(false);
    expect(
      report!.findings.filter((f) => f.ruleId === 'SFR-2.5-LINK').every((f) => f.severity === 'low'),
    ).toBe(true);
    const unknown = diagnostics.filter((d) => d.pointer === '/rules/SFR-UNKNOWN');
    // Reported once, with its line in the config file.
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ code: 'CONFIG_INVALID', severity: 'warning', line: 5 });
    expect(report!.inputs.some((i) => i.path.endsWith('sferum-compliance.config.yaml'))).toBe(true);
  });

  it('stops with positioned diagnostics on an invalid config', async () => {
    const config = write('bad.config.yaml', 'failOn: sometimes\n');
    const r = await auditFiles(school, { asOf: AS_OF, configPath: config });
    expect(r.report).toBeUndefined();
    expect(r.diagnostics[0]).toMatchObject({ code: 'CONFIG_INVALID', line: 1, column: 9 });
  });

  it('discovers a config next to the school file unless told not to', async () => {
    const copy = join(dir, 'discover');
    cpSync('examples/school-72', copy, { recursive: true });
    writeFileSync(join(copy, 'sferum-compliance.config.yaml'), 'language: en\n');
    expect((await auditFiles(join(copy, 'school.yaml'), { asOf: AS_OF })).report!.language).toBe('en');
    expect(
      (await auditFiles(join(copy, 'school.yaml'), { asOf: AS_OF, noConfigDiscovery: true })).report!
        .language,
    ).toBe('ru');
  });

  it('applies waivers from a file and reports the invalid and unused ones', async () => {
    const waivers = write(
      'waivers.yaml',
      `waivers:
  - id: W-1
    rule: SFR-2.6-*
    subject: p-044
    justification: Заявка на смену роли подана в ЭШ
    approvedBy: директор
    approvedAt: 2026-11-01
    expires: 2026-12-31
  - id: W-2
    rule: SFR-2.5-*
    subject: p-999
    justification: Нет такого ученика
    approvedBy: директор
    approvedAt: 2026-11-01
    expires: 2026-12-31
  - id: W-3
    rule: "*"
    subject: "*"
    justification: Навсегда
    approvedBy: директор
    approvedAt: 2026-11-01
    expires: 2036-11-01
`,
    );
    const { report } = await auditFiles(school, { asOf: AS_OF, waiversPath: waivers });
    const f = report!.findings.find((x) => x.ruleId === 'SFR-2.6-LINK-ROLE' && x.subject.id === 'p-044')!;
    expect(f).toMatchObject({ waived: true, waiver: { id: 'W-1' } });
    expect(report!.waivers.unused).toEqual(['W-2']);
    const invalid = report!.diagnostics.find((d) => d.code === 'WAIVER_INVALID')!;
    expect(invalid).toMatchObject({ pointer: '/waivers/2/expires', line: 22 });
    expect(report!.findings.filter((x) => x.waived)).toHaveLength(1);
  });

  it('loads a rule pack directory (rules only, not their tests or fixtures)', async () => {
    write(
      'pack/NSO-OFFICIAL-CHANNEL.yaml',
      `id: NSO-OFFICIAL-CHANNEL
clauses: ["2.2.e"]
subject: channel
severity: low
title: { ru: "Официальный канал", en: "Official channel" }
message: { ru: "{{subject.label}}: проверка пакета", en: "{{subject.label}}: pack probe" }
remediation: { ru: "Ничего", en: "Nothing" }
conditions:
  all:
    - { fact: isOfficial, operator: equal, value: true }
`,
    );
    write('pack/NSO-OFFICIAL-CHANNEL.test.yaml', 'cases: []\n');
    write('pack/_fixtures/base.yaml', 'not: a rule\n');
    const { report, diagnostics } = await auditFiles(school, { asOf: AS_OF, rulesDirs: [join(dir, 'pack')] });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(report!.findings.some((f) => f.ruleId === 'NSO-OFFICIAL-CHANNEL')).toBe(true);
    expect(report!.catalog.version).toContain('+packs');
  });

  it('refuses a broken rule pack with the rule file named', async () => {
    write('badpack/NSO-BROKEN.yaml', 'id: NSO-BROKEN\nclauses: ["9.9"]\n');
    const r = await auditFiles(school, { asOf: AS_OF, rulesDirs: [join(dir, 'badpack')] });
    expect(r.report).toBeUndefined();
    expect(r.diagnostics.some((d) => d.file?.endsWith('NSO-BROKEN.yaml'))).toBe(true);
  });

  it('scans the chat exports the school file lists and feeds the summaries to the rules', async () => {
    const copy = join(dir, 'exports');
    cpSync('examples/school-72', copy, { recursive: true });
    writeFileSync(
      join(copy, 'c13.txt'),
      'Оплата за экскурсию: карта 4111 1111 1111 1111, получатель — родительский комитет.\nЗвоните +7 913 123-45-67\n',
    );
    // Replace the example's own export list with this probe's export.
    const yaml = readFileSync(join(copy, 'school.yaml'), 'utf8').replace(/^exports:\n(?:[ #].*\n?)*/m, '');
    writeFileSync(
      join(copy, 'school.yaml'),
      `${yaml}\nexports:\n  - { channel: c-13, file: c13.txt, format: text }\n`,
    );
    write(
      'probe/PROBE-EXPORT.yaml',
      `id: PROBE-EXPORT
clauses: ["2.final"]
subject: channel
severity: low
title: { ru: "Проба", en: "Probe" }
message: { ru: "{{facts.exportPaymentDataCount}}", en: "{{facts.exportPaymentDataCount}}" }
remediation: { ru: "Ничего", en: "Nothing" }
conditions:
  all:
    - { fact: exportPaymentDataCount, operator: greaterThan, value: 0 }
`,
    );
    const { report, diagnostics } = await auditFiles(join(copy, 'school.yaml'), {
      asOf: AS_OF,
      rulesDirs: [join(dir, 'probe')],
    });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(report!.findings.filter((f) => f.ruleId === 'PROBE-EXPORT').map((f) => f.subject.id)).toEqual([
      'c-13',
    ]);
    expect(report!.inputs.find((i) => i.path.endsWith('c13.txt'))?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(report)).not.toContain('4111 1111');
    const off = await auditFiles(join(copy, 'school.yaml'), {
      asOf: AS_OF,
      rulesDirs: [join(dir, 'probe')],
      scanExports: false,
    });
    expect(off.report!.findings.some((f) => f.ruleId === 'PROBE-EXPORT')).toBe(false);
  });

  it('missing files are diagnostics, not exceptions', async () => {
    const missing = await auditFiles(join(dir, 'nope.yaml'), {
      asOf: AS_OF,
      noConfigDiscovery: true,
      noWaiversDiscovery: true,
    });
    expect(missing.report).toBeUndefined();
    expect(missing.diagnostics[0]!.code).toBe('FILE_NOT_FOUND');
    expect((await loadConfigFile(join(dir, 'none.yaml'))).diagnostics[0]!.code).toBe('FILE_NOT_FOUND');
    expect((await loadWaiversFile(join(dir, 'none.yaml'))).diagnostics[0]!.code).toBe('FILE_NOT_FOUND');
    const r = await auditFiles(school, { asOf: AS_OF, rulesDirs: [join(dir, 'no-such-dir')] });
    expect(r.report).toBeUndefined();
    expect(r.diagnostics[0]!.code).toBe('FILE_NOT_FOUND');
  });
});

describe('auditFiles paths', () => {
  it('names files relative to the working directory even when given absolute paths', async () => {
    const { report } = await auditFiles(join(process.cwd(), 'examples/school-72/school.yaml'), {
      asOf: AS_OF,
      noConfigDiscovery: true,
    });
    expect(report!.inputs.map((i) => i.path)).toEqual([
      'examples/school-72/school.yaml',
      'examples/school-72/people.csv',
      'examples/school-72/channels.csv',
      'examples/school-72/exports/chat-5b-parents.txt',
      // Read beside the school file by default, as `region` does (docs/run-setup.md).
      'examples/school-72/waivers.yaml',
    ]);
  });
});
