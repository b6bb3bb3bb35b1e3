import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/format/index.js';
import type { Report } from '../../src/report/types.js';
import { buildHostileReport, buildSampleReport } from './sample-report.js';

/**
 * `test/fixtures/reports/*.json` are the builder's reports as files, for tests elsewhere (the CLI,
 * diff) that want a report without running an audit. They must not drift from the builder: run
 * with UPDATE_REPORT_FIXTURES=1 to rewrite them after changing the builder.
 */
const FIXTURES: [string, () => Report][] = [
  ['sample-report.json', () => buildSampleReport()],
  ['hostile-report.json', () => buildHostileReport()],
];

describe('report fixtures', () => {
  it.each(FIXTURES)('%s matches the builder', (name, build) => {
    const url = new URL(`../fixtures/reports/${name}`, import.meta.url);
    const expected = formatReport(build(), 'json');
    if (process.env.UPDATE_REPORT_FIXTURES === '1') writeFileSync(url, expected);
    expect(existsSync(url), `missing fixture ${name}`).toBe(true);
    expect(readFileSync(url, 'utf8')).toBe(expected);
    expect(JSON.parse(readFileSync(url, 'utf8'))).toEqual(build());
  });
});
