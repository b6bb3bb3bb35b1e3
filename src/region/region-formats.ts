import type { Language } from '../model/vocabulary.js';
import { formatRegionCsvHeader, formatSchoolCsvRow } from './format-region-csv.js';
import { formatSchoolLine, formatSummaryLine, RegionJsonWriter } from './format-region-json.js';
import { formatRegionText } from './format-region-text.js';
import type { RegionSummary, SchoolResult } from './types.js';

/**
 * A regional output written while schools are audited: text before the first school, text per
 * school as it arrives, text after the last. Formats that need every school (the text table) keep
 * what they need and write it at the end.
 */
export interface RegionStream {
  start(): string;
  school(result: SchoolResult): string;
  end(summary: RegionSummary): string;
}

export interface RegionStreamOptions {
  language?: Language;
}

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
  ndjson: (): RegionStream => ({ start: () => '', school: formatSchoolLine, end: formatSummaryLine }),
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

export type RegionFormatName = keyof typeof REGION_STREAMS;
export const REGION_FORMAT_NAMES = Object.keys(REGION_STREAMS) as RegionFormatName[];

/** A fresh stream of the named regional format. */
export function regionStream(format: RegionFormatName, options: RegionStreamOptions = {}): RegionStream {
  return REGION_STREAMS[format](options);
}
