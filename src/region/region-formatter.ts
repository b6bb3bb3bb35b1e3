import type { Language } from '../model/vocabulary.js';
import type { RegionSummary, SchoolResult } from './types.js';

export interface RegionFormatOptions {
  language?: Language;
}

/**
 * What every whole-region output (one rendered at the end of a run) takes: the summary, the
 * schools' results in run order (counts only, findings dropped) and options. Text outputs return a
 * string, binary ones (a workbook) bytes.
 */
export type RegionFormatter = (
  summary: RegionSummary,
  schools: readonly SchoolResult[],
  options: RegionFormatOptions,
) => string | Uint8Array | Promise<string | Uint8Array>;
