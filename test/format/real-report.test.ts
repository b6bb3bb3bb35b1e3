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
