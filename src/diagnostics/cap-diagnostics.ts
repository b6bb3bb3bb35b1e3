import type { Diagnostic } from './diagnostic.js';

/** Diagnostics kept per file; the rest are counted in one closing diagnostic. */
export const MAX_DIAGNOSTICS_PER_FILE = 1000;

/**
 * Keeps the first `max` diagnostics of each file (in order) and replaces the rest by one
 * `DIAGNOSTICS_TRUNCATED` diagnostic that counts them. Its severity is the worst of those left
 * out, so a truncated list still fails when an omitted problem is an error. A file of 150 000
 * bad rows otherwise yields a report nobody reads and output that does not fit in memory.
 */
export function capDiagnostics(
  diagnostics: readonly Diagnostic[],
  max = MAX_DIAGNOSTICS_PER_FILE,
): Diagnostic[] {
  const seen = new Map<string, { kept: number; omitted: number; errors: number }>();
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const key = d.file ?? '';
    let s = seen.get(key);
    if (!s) seen.set(key, (s = { kept: 0, omitted: 0, errors: 0 }));
    if (s.kept < max) {
      s.kept++;
      out.push(d);
    } else {
      s.omitted++;
      if (d.severity === 'error') s.errors++;
    }
  }
  for (const [file, s] of seen) {
    if (s.omitted === 0) continue;
    const d: Diagnostic = {
      code: 'DIAGNOSTICS_TRUNCATED',
      severity: s.errors > 0 ? 'error' : 'warning',
      message: {
        ru: `и ещё ${s.omitted} (из них ошибок: ${s.errors}); показаны первые ${max}`,
        en: `and ${s.omitted} more (errors among them: ${s.errors}); the first ${max} are shown`,
      },
    };
    if (file !== '') d.file = file;
    out.push(d);
  }
  return out;
}
