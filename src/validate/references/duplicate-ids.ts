import { quoteId } from '../diagnostic-at.js';
import type { ReferenceContext } from './context.js';

/** An id given twice in one list (people, channels, documents, classes, admins): the later one is reported. */
export function checkDuplicateIds(ctx: ReferenceContext): void {
  for (const { id, pointer, firstPointer, list } of ctx.repeatedIds) {
    const first = ctx.where(firstPointer);
    ctx.report(
      'DUPLICATE_ID',
      pointer,
      {
        ru: `${list.ru}: идентификатор «${quoteId(id)}» уже использован в ${first.ru}`,
        en: `${list.en}: id "${quoteId(id)}" is already used at ${first.en}`,
      },
      { ru: 'у каждой записи должен быть свой идентификатор', en: 'give every entry its own id' },
    );
  }
}
