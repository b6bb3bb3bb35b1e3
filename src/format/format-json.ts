import type { Report } from '../report/types.js';
import { stableStringify } from '../model/stable-json.js';

/**
 * The report itself, as data: keys sorted at every depth, arrays in their (semantic) order,
 * two-space indent, final newline. Same report → same bytes. Values are not cleaned or filtered:
 * JSON escapes control characters itself, and consumers get exactly what the audit produced
 * (`includeWaived` and `language` do not apply).
 */
export function formatJson(report: Report): string {
  return `${stableStringify(report, 2)}\n`;
}
