import { existsSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/format/index.js';
import { stableStringify } from '../../src/model/stable-json.js';
import type { Report } from '../../src/report/types.js';
import { buildHostileReport, buildSampleReport } from './sample-report.js';

const SCHEMA = new URL('../../schemas/report.schema.json', import.meta.url);

/** The same object with every object's keys inserted in reverse order. */
function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    ) as T;
  }
  return value;
}

function keysSortedEverywhere(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(keysSortedEverywhere);
  if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return keys.every((k, i) => k === sorted[i]) && Object.values(value).every(keysSortedEverywhere);
  }
  return true;
}

describe('json format', () => {
  it('parses back to the report itself', () => {
    const report = buildSampleReport();
    expect(JSON.parse(formatReport(report, 'json'))).toEqual(report);
  });

  it('is byte-identical for the same report, whatever the key insertion order', () => {
    const report = buildSampleReport();
    const a = formatReport(report, 'json');
    const b = formatReport(structuredClone(report), 'json');
    const c = formatReport(reverseKeys(report), 'json');
    expect(b).toBe(a);
    expect(c).toBe(a);
  });

  it('sorts object keys at every depth and keeps array order', () => {
    const report = buildSampleReport();
    const out = formatReport(report, 'json');
    // Re-parsing keeps the text order of keys, so this reads the output's own order.
    const parsed = JSON.parse(out) as Report;
    expect(keysSortedEverywhere(parsed)).toBe(true);
    expect(parsed.findings.map((f) => f.fingerprint)).toEqual(report.findings.map((f) => f.fingerprint));
    expect(parsed.clauses.map((c) => c.id)).toEqual(report.clauses.map((c) => c.id));
  });

  it('uses a two-space indent and ends with one newline', () => {
    const out = formatReport(buildSampleReport(), 'json');
    expect(out.endsWith('}\n')).toBe(true);
    expect(out.endsWith('\n\n')).toBe(false);
    expect(out.split('\n')[1]).toMatch(/^ {2}"/);
  });

  it('ignores language and includeWaived: the report is data', () => {
    const report = buildSampleReport();
    const plain = formatReport(report, 'json');
    expect(formatReport(report, 'json', { language: 'en', includeWaived: false })).toBe(plain);
  });

  it('keeps hostile values exactly (JSON escapes them) and stays parseable', () => {
    const report = buildHostileReport();
    const out = formatReport(report, 'json');
    expect(JSON.parse(out)).toEqual(report);
    // No raw control characters other than the newlines of the layout.
    expect(/[\u0000-\u0009\u000b-\u001f]/.test(out)).toBe(false);
  });

  it('stableStringify: drops undefined, honours toJSON, keeps __proto__ as data, refuses cycles', () => {
    const parsed = JSON.parse('{"b":1,"__proto__":{"x":1},"a":[3,1,2]}') as unknown;
    expect(stableStringify({ z: undefined, d: new Date(0), o: parsed }, 0)).toBe(
      '{"d":"1970-01-01T00:00:00.000Z","o":{"__proto__":{"x":1},"a":[3,1,2],"b":1}}',
    );
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => stableStringify(cyclic)).toThrow(/cycle/);
    // A repeated (not cyclic) reference is fine.
    const shared = { k: 1 };
    expect(stableStringify({ a: shared, b: shared }, 0)).toBe('{"a":{"k":1},"b":{"k":1}}');
  });

  it.skipIf(!existsSync(SCHEMA))('validates against schemas/report.schema.json', () => {
    const schema = JSON.parse(readFileSync(SCHEMA, 'utf8')) as object;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    for (const report of [
      buildSampleReport(),
      buildSampleReport({ findings: [] }),
      buildSampleReport({ language: 'en' }),
    ]) {
      const ok = validate(JSON.parse(formatReport(report, 'json')));
      expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
      expect(ok).toBe(true);
    }
  });
});
