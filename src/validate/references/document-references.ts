import { quoteId } from '../diagnostic-at.js';
import type { ReferenceContext } from './context.js';
import { RECORD_KINDS, str, valuesAt } from './values-at.js';

/** Every place that names a document by id. */
const DOCUMENT_PATHS: readonly (readonly string[])[] = [
  ['admins', '*', 'appointmentOrder'],
  ['documents', '*', 'supersedes'],
  ...RECORD_KINDS.map((kind) => ['records', kind, '*', 'document']),
];

/** A document id not in `documents`. */
export function checkDocumentReferences(ctx: ReferenceContext): void {
  for (const path of DOCUMENT_PATHS) {
    for (const { value, pointer } of valuesAt(ctx.doc, path)) {
      const id = str(value);
      if (id === undefined || ctx.documents.has(id)) continue;
      ctx.report(
        'UNKNOWN_REFERENCE',
        pointer,
        {
          ru: `нет документа «${quoteId(id)}» в списке documents`,
          en: `no document "${quoteId(id)}" in documents`,
        },
        {
          ru: 'исправьте идентификатор или добавьте документ в documents',
          en: 'fix the id or add the document to documents',
        },
      );
    }
  }
}
