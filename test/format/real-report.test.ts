import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/audit/index.js';
import { FORMAT_NAMES, formatReport } from '../../src/format/index.js';
import { loadSchoolFile } from '../../src/node/load-files.js';
import type { Report } from '../../src/report/types.js';
import { expectSafe } from './safety.js';

/** The formats over a report the real audit engine produced from examples/school-72. */
const SCHOOL = fileURLToPath(new URL('../../examples/school-72/school.yaml', import.meta.url));

let cached: Promise<Report> | undefined;
function realReport(): Promise<Report> {
  cached ??= (async () => {
    const loaded = await loadSchoolFile(SCHOOL);
    expect(loaded.input, JSON.stringify(loaded.diagnostics)).toBeDefined();
    return audit(loaded.input!, { asOf: '2025-03-01' });
  })();
  return cached;
}

describe('formats over a real audit report (examples/school-72)', () => {
  it.each(FORMAT_NAMES)('%s renders safely and parses', async (format) => {
    const report = await realReport();
    expect(report.findings.length).toBeGreaterThan(0);
    expectSafe(format, report);
    expectSafe(format, report, { language: 'en', includeWaived: false, csvDelimiter: ',' });
  });

  it('json output validates against schemas/report.schema.json', async () => {
    const report = await realReport();
    const schema = JSON.parse(
      readFileSync(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8'),
    ) as object;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const ok = validate(JSON.parse(formatReport(report, 'json')));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
});

/** Required fields only: no roster, so the clauses binding people are undetermined. */
function emptyRosterReport(): Promise<Report> {
  return audit(
    {
      school: { name: 'МБОУ СОШ № 1', region: 'Новосибирская область', municipality: 'г. Новосибирск' },
    } as Parameters<typeof audit>[0],
    { asOf: '2026-11-30' },
  );
}

describe('formats over a real audit with undetermined clauses (an empty roster)', () => {
  const shows: Record<string, { ru: RegExp; en: RegExp }> = {
    text: { ru: /недостаточно данных/, en: /insufficient data|undetermined/i },
    md: { ru: /недостаточно данных/, en: /insufficient data|undetermined/i },
    html: { ru: /недостаточно данных/, en: /insufficient data|undetermined/i },
    json: { ru: /"status": "undetermined"/, en: /"status": "undetermined"/ },
    sarif: { ru: /undetermined|недостаточно данных/, en: /undetermined|insufficient data/i },
    junit: { ru: /<skipped/, en: /<skipped/ },
    csv: { ru: /недостаточно данных/, en: /insufficient data|undetermined/i },
  };

  it.each(FORMAT_NAMES)('%s shows the status and where to record the missing people', async (format) => {
    const report = await emptyRosterReport();
    expect(report.summary.clauses.undetermined).toBe(14);
    expectSafe(format, report);
    for (const language of ['ru', 'en'] as const) {
      const out = formatReport(report, format, { language });
      expect(out, `${format} ${language}`).toMatch(shows[format]![language]);
      // What to record: the roster, by role (the «missing» record of the clause; md escapes brackets).
      expect(out, `${format} ${language}`).toMatch(/people\\?\[\\?\]/);
    }
  });

  it('json output validates against schemas/report.schema.json', async () => {
    const schema = JSON.parse(
      readFileSync(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8'),
    ) as object;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    validate(JSON.parse(formatReport(await emptyRosterReport(), 'json')));
    expect(validate.errors ?? []).toEqual([]);
  });
});
