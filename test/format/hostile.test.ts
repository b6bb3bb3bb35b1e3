import { describe, it } from 'vitest';
import { FORMAT_NAMES } from '../../src/format/index.js';
import { buildHostileReport, buildSampleReport, HOSTILE_STRINGS, mapReportText } from './sample-report.js';
import { expectSafe } from './safety.js';

const sample = buildSampleReport();
const cases = FORMAT_NAMES.flatMap((format) => HOSTILE_STRINGS.map((payload) => [format, payload] as const));

describe('hostile values render safely in every format', () => {
  it.each(cases)('%s with every text field = %j', (format, payload) => {
    expectSafe(
      format,
      mapReportText(sample, () => payload),
    );
  });

  it.each(cases)('%s with %j prepended to every text field', (format, payload) => {
    expectSafe(
      format,
      mapReportText(sample, (_f, v) => `${payload}${v}`),
    );
  });

  it.each(FORMAT_NAMES)('%s with all payloads at once, every option combination', (format) => {
    const report = buildHostileReport();
    for (const language of ['ru', 'en'] as const) {
      for (const includeWaived of [true, false]) {
        expectSafe(format, report, { language, includeWaived, color: true, csvDelimiter: ',' });
        expectSafe(format, report, { language, includeWaived, csvDelimiter: ';', csvBom: false });
      }
    }
  });
});
