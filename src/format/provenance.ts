import type { Report } from '../report/types.js';
import type { Labels } from './labels.js';
import type { Language } from '../model/vocabulary.js';
import { pickLanguage } from './localize.js';

/**
 * What law the verdicts rest on, one line each: the registry (version, newest dated entry, overlay
 * files) and the regulation edition applied. `clean` makes a value safe for the medium.
 */
export function registryLine(
  report: Report,
  L: Labels,
  clean: (s: string) => string,
  language: Language = 'ru',
): string {
  const r = report.registry;
  const parts = [clean(r.version)];
  if (r.newestEntry) parts.push(`${L.fields.registryNewest} ${clean(r.newestEntry)}`);
  if (r.overlays && r.overlays.length > 0)
    parts.push(`${L.fields.overlays}: ${r.overlays.map((o) => clean(o.path)).join(', ')}`);
  return `${parts.join('; ')} (${clean(pickLanguage(r.source, language))})`;
}

export function editionLine(report: Report, L: Labels, clean: (s: string) => string): string {
  const e = report.edition;
  if (!e) return '';
  return `${clean(e.id)} — ${clean(e.title)} (${e.declared ? L.fields.editionDeclared : L.fields.editionDefault})`;
}
