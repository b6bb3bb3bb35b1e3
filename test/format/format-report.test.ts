import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { FORMAT_NAMES, formatReport, isFormatName } from '../../src/format/index.js';
import { buildSampleReport } from './sample-report.js';

describe('formatReport', () => {
  it('knows the seven formats', () => {
    expect(FORMAT_NAMES).toEqual(['text', 'json', 'md', 'html', 'csv', 'junit', 'sarif']);
    expect(isFormatName('sarif')).toBe(true);
    expect(isFormatName('xml')).toBe(false);
  });

  it('is exported from the public API', () => {
    expect(api.formatReport).toBe(formatReport);
    expect(api.FORMAT_NAMES).toBe(FORMAT_NAMES);
  });

  it.each(FORMAT_NAMES)('%s: same report → same bytes, and the input is not mutated', (format) => {
    const report = buildSampleReport();
    const before = JSON.stringify(report);
    const a = formatReport(report, format);
    const b = formatReport(structuredClone(report), format);
    expect(b).toBe(a);
    expect(JSON.stringify(report)).toBe(before);
    expect(a.endsWith('\n')).toBe(true);
  });

  it.each(FORMAT_NAMES)('%s: defaults to the report language', (format) => {
    const en = buildSampleReport({ language: 'en' });
    expect(formatReport(en, format)).toBe(formatReport(en, format, { language: 'en' }));
  });

  it('throws a TypeError for an unknown format', () => {
    expect(() => formatReport(buildSampleReport(), 'pdf' as never)).toThrow(TypeError);
  });

  it('the format module never touches fs, path or process (it must run in a browser)', () => {
    const dir = new URL('../../src/format/', import.meta.url);
    for (const file of [
      'index.ts',
      'format-text.ts',
      'format-json.ts',
      'format-md.ts',
      'format-html.ts',
      'format-csv.ts',
      'format-junit.ts',
      'format-sarif.ts',
      'report-view.ts',
      'labels.ts',
      'clean-text.ts',
      'escape-html.ts',
      'escape-csv.ts',
      'escape-markdown.ts',
      'escape-xml.ts',
      'types.ts',
    ]) {
      const src = readFileSync(new URL(file, dir), 'utf8');
      expect(src, file).not.toMatch(/from 'node:|require\(|\bprocess\./);
    }
  });
});
