import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Catalog, ClauseDefinition, RuleDefinition } from './types.js';
import { catalogHash } from './catalog-hash.js';

export interface CatalogMerge {
  catalog: Catalog;
  diagnostics: Diagnostic[];
}

/**
 * Adds rule packs (a school's or a region's own rules) to a catalog. Pack rules join the clauses
 * they name; a rule whose id is already taken, or that names a clause the catalog lacks, is left
 * out with a diagnostic (a bundled rule is changed in the config's `rules` section, not by reusing its id).
 * The result gets a new hash; its version is the base version plus `+packs`.
 */
export function mergeCatalog(
  base: Catalog,
  packs: readonly { rules: readonly RuleDefinition[]; name?: string }[],
): CatalogMerge {
  const diagnostics: Diagnostic[] = [];
  const rules: RuleDefinition[] = [...base.rules];
  const ids = new Set(rules.map((r) => r.id));
  const clauseIds = new Set(base.clauses.map((c) => c.id));
  const added = new Map<string, string[]>();

  for (const pack of packs) {
    for (const rule of pack.rules) {
      const where = pack.name ? { file: pack.name } : {};
      if (ids.has(rule.id)) {
        diagnostics.push({
          code: 'RULE_DUPLICATE_ID',
          severity: 'error',
          message: {
            ru: `правило «${rule.id}» уже есть в каталоге; правило из пакета пропущено`,
            en: `rule "${rule.id}" is already in the catalog; the pack's rule is skipped`,
          },
          hint: {
            ru: 'Дайте правилу пакета собственный id или измените встроенное правило в разделе rules конфигурации.',
            en: 'Give the pack rule its own id, or change the bundled rule in the rules section of the config.',
          },
          ...where,
        });
        continue;
      }
      const unknown = rule.clauses.filter((c) => !clauseIds.has(c));
      if (unknown.length > 0) {
        diagnostics.push({
          code: 'RULE_UNKNOWN_CLAUSE',
          severity: 'error',
          message: {
            ru: `правило «${rule.id}» ссылается на неизвестные пункты: ${unknown.join(', ')}; правило пропущено`,
            en: `rule "${rule.id}" names unknown clauses: ${unknown.join(', ')}; the rule is skipped`,
          },
          ...where,
        });
        continue;
      }
      ids.add(rule.id);
      rules.push(rule);
      for (const c of rule.clauses) added.set(c, [...(added.get(c) ?? []), rule.id]);
    }
  }

  if (rules.length === base.rules.length) return { catalog: base, diagnostics };
  const clauses: ClauseDefinition[] = base.clauses.map((c) =>
    added.has(c.id) ? { ...c, rules: [...c.rules, ...(added.get(c.id) ?? [])] } : c,
  );
  const catalog: Catalog = {
    version: base.version.includes('+packs') ? base.version : `${base.version}+packs`,
    hash: catalogHash(clauses, rules),
    clauses,
    rules,
    ...(base.legalBasis ? { legalBasis: base.legalBasis } : {}),
  };
  return { catalog, diagnostics };
}
