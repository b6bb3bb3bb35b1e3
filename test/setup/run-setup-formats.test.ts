/**
 * The run is printed: with a config that changes a parameter and a severity, switches a core rule
 * off and adds a rule pack, plus a registry overlay and the school's waivers, every format of both
 * languages names each change, and the switched-off core rule is a warning.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { XMLParser } from 'fast-xml-parser';
import { FORMAT_NAMES, formatReport, type Report } from '../../src/index.js';
import { auditFiles } from '../../src/node.js';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';

const AS_OF = '2026-11-30';
let dir: string;
let report: Report;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sferum-setup-'));
  cpSync('examples/school-72', join(dir, 'school'), { recursive: true });
  cpSync('test/fixtures/rules/good', join(dir, 'pack'), { recursive: true });
  writeFileSync(
    join(dir, 'overlay.yaml'),
    'version: region-54\nsource: пример\nentries:\n  - id: yandex-messenger\n    name: { ru: Яндекс Мессенджер, en: Yandex Messenger }\n    aliases: [Яндекс Мессенджер]\n    domains: [messenger.yandex.ru]\n    status: allowed\n',
  );
  writeFileSync(
    join(dir, 'school', 'sferum-compliance.config.yaml'),
    stringify({
      rulePacks: ['../pack'],
      rules: {
        'SFR-2.2-STATISTICS-REPORTS': { params: { maxAgeDays: 10 } },
        'SFR-2.FINAL-PROHIBITED-MESSENGER': { enabled: false },
        'SFR-2.6-LINK-ROLE': { severity: 'low' },
      },
    }),
  );
  const result = await auditFiles(join(dir, 'school', 'school.yaml'), { asOf: AS_OF });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  report = result.report!;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('report.setup', () => {
  it('records the config file, changes, pack and waivers', () => {
    const s = report.setup!;
    expect(s.configFile).toMatch(/school\/sferum-compliance\.config\.yaml$/);
    expect(s.disabledRules).toEqual([{ ruleId: 'SFR-2.FINAL-PROHIBITED-MESSENGER', core: true }]);
    expect(s.parameterChanges).toEqual([
      { ruleId: 'SFR-2.2-STATISTICS-REPORTS', param: 'maxAgeDays', default: 92, value: 10 },
    ]);
    expect(s.severityChanges).toEqual([{ ruleId: 'SFR-2.6-LINK-ROLE', from: expect.any(String), to: 'low' }]);
    expect(s.rulePacks).toHaveLength(1);
    expect(s.packRules).toEqual(['X-SCHOOL-NO-REGULATION']);
    expect(s.waiverFiles[0]).toMatch(/school\/waivers\.yaml$/);
  });

  for (const language of ['ru', 'en'] as const) {
    for (const format of FORMAT_NAMES) {
      it(`${format} (${language}) names every change`, () => {
        const out = formatReport(report, format, { language });
        for (const needle of [
          'sferum-compliance.config.yaml',
          'SFR-2.FINAL-PROHIBITED-MESSENGER',
          'maxAgeDays',
          'X-SCHOOL-NO-REGULATION',
          'waivers.yaml',
          'pack',
        ]) {
          expect(out, `${format} ${language}: ${needle}`).toContain(needle);
        }
        if (['text', 'md', 'html', 'csv'].includes(format)) {
          expect(out).toContain(language === 'ru' ? 'ВНИМАНИЕ' : 'WARNING');
          expect(out).toContain(language === 'ru' ? 'Отключено основное правило' : 'Core rule switched off');
        }
      });
    }
  }

  it('junit carries setup.* properties and sarif run properties', () => {
    const junit = new XMLParser({ ignoreAttributes: false }).parse(formatReport(report, 'junit')) as {
      testsuites: { testsuite: { properties: { property: { '@_name': string; '@_value': string }[] } }[] };
    };
    const props = Object.fromEntries(
      junit.testsuites.testsuite[0]!.properties.property.map((p) => [p['@_name'], p['@_value']]),
    );
    expect(props['setup.disabledCoreRules']).toBe('SFR-2.FINAL-PROHIBITED-MESSENGER');
    expect(props['setup.parameterChanges']).toBe('SFR-2.2-STATISTICS-REPORTS.maxAgeDays=10');
    const sarif = JSON.parse(formatReport(report, 'sarif')) as { runs: { properties: { setup: unknown } }[] };
    expect(sarif.runs[0]!.properties.setup).toEqual(report.setup);
  });

  it('a run with defaults says so in text', async () => {
    const plain = await auditFiles('examples/school-72/school.yaml', {
      asOf: AS_OF,
      noWaiversDiscovery: true,
    });
    expect(formatReport(plain.report!, 'text')).toContain('по умолчанию: файл настроек');
    expect(formatReport(plain.report!, 'csv')).not.toMatch(/^\uFEFF?#/);
  });
});

describe('--print-config', () => {
  it('prints the resolved setup and exits 0', async () => {
    const out: string[] = [];
    const io: CliIO = {
      stdout: (t) => out.push(t),
      stderr: () => {},
      stdoutIsTTY: false,
      stderrIsTTY: false,
      env: {},
      cwd: dir,
      writeFile: async () => {},
    };
    const school = join(dir, 'school', 'school.yaml');
    expect(
      await main(
        ['audit', school, '--print-config', '--as-of', AS_OF, '--registry', join(dir, 'overlay.yaml')],
        io,
      ),
    ).toBe(0);
    const text = out.join('');
    expect(text).toContain('asOf: 2026-11-30');
    expect(text).toContain('SFR-2.FINAL-PROHIBITED-MESSENGER');
    expect(text).toContain('overlay.yaml');
    out.length = 0;
    expect(
      await main(['explain', 'SFR-2.6-LINK-ROLE', school, '--print-config', '--format', 'json'], io),
    ).toBe(0);
    expect(JSON.parse(out.join('')).packRules).toEqual(['X-SCHOOL-NO-REGULATION']);
  });
});
