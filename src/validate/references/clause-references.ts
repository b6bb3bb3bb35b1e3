import type { ReferenceContext } from './context.js';
import { str, valuesAt } from './values-at.js';

/** An attestation naming a clause the catalog does not have (only when the catalog's clauses are given). */
export function checkClauseReferences(ctx: ReferenceContext): void {
  if (!ctx.options.knownClauses) return;
  const known = new Set(ctx.options.knownClauses);
  for (const { value, pointer } of valuesAt(ctx.doc, ['attestations', '*', 'clause'])) {
    const clause = str(value);
    if (clause === undefined || known.has(clause)) continue;
    ctx.report(
      'UNKNOWN_REFERENCE',
      pointer,
      {
        ru: `нет пункта «${clause}» в перечне пунктов Порядка`,
        en: `no clause "${clause}" in the regulation's clause index`,
      },
      {
        ru: 'пункты пишутся как «2.1.f», «2.final», «header»',
        en: 'clause ids look like 2.1.f, 2.final, header',
      },
    );
  }
}
