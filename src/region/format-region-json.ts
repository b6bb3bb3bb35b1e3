import { stableStringify } from '../model/stable-json.js';
import type { RegionSummary, SchoolResult } from './types.js';

/**
 * NDJSON: one line per school as it completes, `{"type":"school",…}`, then one
 * `{"type":"summary",…}` line. Keys sorted, so the same region gives the same bytes.
 */
export function formatSchoolLine(result: SchoolResult): string {
  return `${stableStringify({ type: 'school', ...result }, 0)}\n`;
}

export function formatSummaryLine(summary: RegionSummary): string {
  return `${stableStringify({ type: 'summary', ...summary }, 0)}\n`;
}

function indent(text: string, by: string): string {
  return text.replace(/\n/g, `\n${by}`);
}

/**
 * One JSON document `{ "schools": [...], "summary": {...} }` written piece by piece, so a region of
 * thousands of schools is never held as one string: `start()`, `school()` per result, `end()`.
 * The pieces concatenate to `stableStringify({ schools, summary }, 2)` plus a final newline.
 */
export class RegionJsonWriter {
  #count = 0;

  start(): string {
    return '{\n  "schools": [';
  }

  school(result: SchoolResult): string {
    const sep = this.#count++ === 0 ? '\n' : ',\n';
    return `${sep}    ${indent(stableStringify(result, 2), '    ')}`;
  }

  end(summary: RegionSummary): string {
    const close = this.#count === 0 ? ']' : '\n  ]';
    return `${close},\n  "summary": ${indent(stableStringify(summary, 2), '  ')}\n}\n`;
  }
}
