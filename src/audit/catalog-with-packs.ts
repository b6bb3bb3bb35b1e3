import { mergeCatalog, type CatalogMerge } from '../catalog/merge-catalog.js';
import type { Catalog, RuleDefinition } from '../catalog/types.js';

interface Merged {
  base: Catalog;
  rules: readonly RuleDefinition[];
  merge: CatalogMerge;
}

const merges = new WeakMap<readonly RuleDefinition[], Merged>();

/**
 * The catalog with a rule pack merged in, kept per pack array: a school system auditing school
 * after school with the same pack merged the catalog anew for each, and the rules compiled for
 * the previous catalog (cached per catalog) were compiled again (audit() per school with a pack
 * took 1.8× auditRegion with the same pack, bench/region.mjs). The array is checked rule by rule,
 * so a pack changed in place is merged again.
 */
export function catalogWithPacks(base: Catalog, pack: readonly RuleDefinition[]): CatalogMerge {
  const kept = merges.get(pack);
  if (kept && kept.base === base && sameRules(kept.rules, pack)) return kept.merge;
  const merge = mergeCatalog(base, [{ rules: pack }]);
  merges.set(pack, { base, rules: pack.slice(), merge });
  return merge;
}

function sameRules(a: readonly RuleDefinition[], b: readonly RuleDefinition[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
