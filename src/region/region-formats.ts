import type { Language } from '../model/vocabulary.js';
import { formatRegionCsvHeader, formatSchoolCsvRow } from './format-region-csv.js';
import { regionHtmlFormatter } from './format-region-html.js';
import { formatSchoolLine, formatSummaryLine, RegionJsonWriter } from './format-region-json.js';
import { regionOpenMetricsFormatter } from './format-region-openmetrics.js';
import { formatRegionText } from './format-region-text.js';
import type { RegionFormatter } from './region-formatter.js';
import type { RegionSummary, SchoolResult } from './types.js';

/**
 * A regional output written while schools are audited: text before the first school, text per
 * school as it arrives (`position`: its place in the whole region, for formats that record it),
 * text after the last. Formats that need every school (the text table) keep what they need and
 * write it at the end.
 */
export interface RegionStream {
  start(): string;
  school(result: SchoolResult, position?: number): string;
  end(summary: RegionSummary): string;
}

export interface RegionStreamOptions {
  language?: Language;
}

/**
 * The formats written school by school as a run goes: nothing of a school is kept once its piece
 * is written. The CLI (`region`, `merge`) and `regionStream` both write them from here.
 */
export const STREAMED_REGION_FORMATS = {
  ndjson: (): RegionStream => ({
    start: () => '',
    school: (result) => formatSchoolLine(result),
    end: formatSummaryLine,
  }),
  json: (): RegionStream => {
    const writer = new RegionJsonWriter();
    return {
      start: () => writer.start(),
      school: (result) => writer.school(result),
      end: (summary) => writer.end(summary),
    };
  },
  csv: (options: RegionStreamOptions): RegionStream => ({
    start: () => formatRegionCsvHeader(options),
    school: (result) => formatSchoolCsvRow(result, options),
    end: () => '',
  }),
} as const satisfies Record<string, (options: RegionStreamOptions) => RegionStream>;

/**
 * The formats rendered once, at the end, from the summary and every school's counts (findings
 * dropped). The CLI adds the workbook (`xlsx`, Node only) to these.
 */
export const WHOLE_REGION_FORMATTERS = {
  text: (summary, schools, options) => formatRegionText(schools, summary, options),
  openmetrics: regionOpenMetricsFormatter,
  html: regionHtmlFormatter,
} as const satisfies Record<string, RegionFormatter>;

/** The regional formats by name, as `formatReport` has the report's. */
export const REGION_STREAMS = {
  text: (options: RegionStreamOptions): RegionStream => {
    const kept: SchoolResult[] = [];
    return {
      start: () => '',
      school: (result) => {
        // The text table shows counts only: findings are not kept for it.
        const { findings: _findings, ...counts } = result;
        kept.push(counts);
        return '';
      },
      end: (summary) => formatRegionText(kept, summary, options),
    };
  },
  ndjson: STREAMED_REGION_FORMATS.ndjson,
  json: STREAMED_REGION_FORMATS.json,
  csv: STREAMED_REGION_FORMATS.csv,
} as const satisfies Record<string, (options: RegionStreamOptions) => RegionStream>;

export type RegionFormatName = keyof typeof REGION_STREAMS;
export const REGION_FORMAT_NAMES = Object.keys(REGION_STREAMS) as RegionFormatName[];

/** A fresh stream of the named regional format. */
export function regionStream(format: RegionFormatName, options: RegionStreamOptions = {}): RegionStream {
  return REGION_STREAMS[format](options);
}
