import { quoteId } from '../diagnostic-at.js';
import type { ReferenceContext } from './context.js';
import { RECORD_KINDS, str, valuesAt } from './values-at.js';

/** Every place that names a person by id. */
const PERSON_PATHS: readonly (readonly string[])[] = [
  ['people', '*', 'parentOf', '*'],
  ['classes', '*', 'classTeacher'],
  ['admins', '*', 'personId'],
  ['admins', '*', 'appointedByAdmin'],
  ['channels', '*', 'owner'],
  ['documents', '*', 'appoints', '*'],
  ...RECORD_KINDS.flatMap((kind) => [
    ['records', kind, '*', 'by'],
    ['records', kind, '*', 'to'],
  ]),
];

/** A person id that is not in the roster (checked only once the roster is read, not a file reference). */
export function checkPersonReferences(ctx: ReferenceContext): void {
  if (!ctx.peopleKnown) return;
  for (const path of PERSON_PATHS) {
    for (const { value, pointer, entry } of valuesAt(ctx.doc, path)) {
      const id = str(value);
      if (id === undefined || ctx.people.has(id)) continue;
      // A parent listed as their own child is a cycle (reference-cycles.ts), not a missing person.
      if (path[2] === 'parentOf' && id === str(entry.id)) continue;
      ctx.report(
        'UNKNOWN_REFERENCE',
        pointer,
        {
          ru: `нет человека с идентификатором «${quoteId(id)}» в списке людей`,
          en: `no person with id "${quoteId(id)}" in the roster`,
        },
        {
          ru: 'исправьте идентификатор или добавьте человека в список людей',
          en: 'fix the id or add the person to the roster',
        },
      );
    }
  }
}
