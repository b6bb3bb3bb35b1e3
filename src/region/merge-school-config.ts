import type { AuditConfig, RuleOverride } from '../config/types.js';
import { compareStrings } from '../model/compare-strings.js';

/**
 * Keys only the region sets. They shape the whole run (the date every school is audited on, the
 * catalog and registry shared by every school, the language and exit threshold of one output), and
 * a school's `registry` overlay could declare a prohibited messenger allowed.
 */
const REGION_ONLY_CONFIG_KEYS = [
  'asOf',
  'failOn',
  'failOnUndetermined',
  'language',
  'registry',
  'rulePacks',
  'timeZone',
] as const;

/**
 * A school's own config merged UNDER the region's: every key the region sets wins; `rules` merge
 * rule by rule and field by field (the region's `enabled`, `severity` and each `params` value win).
 * Keys of `REGION_ONLY_CONFIG_KEYS` are never taken from the school and are listed in `ignoredKeys`.
 */
export function mergeSchoolConfig(
  region: AuditConfig | undefined,
  school: AuditConfig,
): { config: AuditConfig; ignoredKeys: string[] } {
  const r = region ?? {};
  const ignoredKeys: string[] = [];
  const taken: AuditConfig = {};
  for (const [key, value] of Object.entries(school) as [keyof AuditConfig, unknown][]) {
    if (value === undefined || key === 'rules') continue;
    if ((REGION_ONLY_CONFIG_KEYS as readonly string[]).includes(key)) {
      ignoredKeys.push(key);
      continue;
    }
    (taken as Record<string, unknown>)[key] = value;
  }
  const rules: Record<string, RuleOverride> = {};
  const ids = new Set([...Object.keys(school.rules ?? {}), ...Object.keys(r.rules ?? {})]);
  for (const id of [...ids].sort(compareStrings)) {
    const s = school.rules && Object.hasOwn(school.rules, id) ? school.rules[id] : undefined;
    const g = r.rules && Object.hasOwn(r.rules, id) ? r.rules[id] : undefined;
    const params = s?.params || g?.params ? { ...(s?.params ?? {}), ...(g?.params ?? {}) } : undefined;
    const merged: RuleOverride = { ...(s ?? {}), ...(g ?? {}), ...(params ? { params } : {}) };
    rules[id] = merged;
  }
  const config: AuditConfig = { ...taken, ...r, ...(ids.size > 0 ? { rules } : {}) };
  return { config, ignoredKeys: ignoredKeys.sort(compareStrings) };
}
