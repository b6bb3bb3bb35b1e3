import { joinPointer } from '../../diagnostics/json-pointer.js';
import { quoteId } from '../diagnostic-at.js';
import type { Entry, ReferenceContext } from './context.js';
import { str, valuesAt } from './values-at.js';

/** References that lead back to where they start: a person as their own parent, documents superseding in a circle. */
export function checkReferenceCycles(ctx: ReferenceContext): void {
  for (const { value, pointer, entry } of valuesAt(ctx.doc, ['people', '*', 'parentOf', '*'])) {
    const ownId = str(entry.id);
    if (ownId === undefined || value !== ownId) continue;
    ctx.report('REFERENCE_CYCLE', pointer, {
      ru: `человек «${quoteId(ownId)}» указан родителем самого себя`,
      en: `person "${quoteId(ownId)}" is listed as their own parent`,
    });
  }
  reportSupersedeCycles(ctx);
}

function reportSupersedeCycles(ctx: ReferenceContext): void {
  const documents: Map<string, Entry> = ctx.documents;
  // 0 = unvisited, 1 = on the current chain, 2 = done. Each document has at most one outgoing edge.
  const state = new Map<string, number>();
  for (const start of documents.keys()) {
    if (state.get(start)) continue;
    const chain: string[] = [];
    let cur: string | undefined = start;
    while (cur !== undefined && documents.has(cur) && !state.get(cur)) {
      state.set(cur, 1);
      chain.push(cur);
      cur = str(documents.get(cur)?.value.supersedes);
    }
    if (cur !== undefined && state.get(cur) === 1) {
      const cycle = chain.slice(chain.indexOf(cur));
      // Report once, at the member that comes first in the file.
      const first = cycle.reduce((a, b) =>
        (documents.get(a)?.index ?? 0) <= (documents.get(b)?.index ?? 0) ? a : b,
      );
      const from = cycle.indexOf(first);
      const path = [...cycle.slice(from), ...cycle.slice(0, from), first].join(' → ');
      ctx.report(
        'REFERENCE_CYCLE',
        joinPointer('/documents', documents.get(first)?.index ?? 0, 'supersedes'),
        {
          ru: `документы заменяют друг друга по кругу: ${path}`,
          en: `documents supersede each other in a cycle: ${path}`,
        },
        {
          ru: 'у самой ранней редакции не должно быть supersedes',
          en: 'the earliest version must not have supersedes',
        },
      );
    }
    for (const id of chain) state.set(id, 2);
  }
}
