import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { auditFiles } from '../../src/node.js';
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
  const { report, diagnostics } = await auditFiles(SCHOOL, { asOf: AS_OF, engine, noConfigDiscovery: true });
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

  it('is byte-identical across runs', async () => {
    expect(await render()).toBe(await render());
  });
});
