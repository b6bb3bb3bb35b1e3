import type { Localized } from '../../diagnostics/diagnostic.js';
import { quoteId } from '../diagnostic-at.js';
import type { ReferenceContext } from './context.js';
import { append } from '../../util/append.js';
import { type Found, items, str, valuesAt } from './values-at.js';

/**
 * A class id that names no class: of the declared `classes` (an error), or when none are declared
 * of the students' classes (a warning: the roster may not list every class's students).
 */
export function checkClassReferences(ctx: ReferenceContext): void {
  if (ctx.knownClasses.size === 0) return;
  const found: Found[] = [];
  // A student's own class is what the students' classes are made of: checked against declared ones only.
  if (ctx.declaredClasses)
    for (const student of valuesAt(ctx.doc, ['people', '*', 'class']))
      if (items(student.entry.roles).includes('student')) found.push(student);
  append(found, valuesAt(ctx.doc, ['people', '*', 'classTeacherOf', '*']));
  append(found, valuesAt(ctx.doc, ['channels', '*', 'class']));
  const source: Localized = ctx.declaredClasses
    ? { ru: 'в списке classes', en: 'in classes' }
    : { ru: 'ни у одного обучающегося', en: 'on any student' };
  const hint: Localized = ctx.declaredClasses
    ? {
        ru: 'исправьте идентификатор класса или добавьте класс в classes',
        en: 'fix the class id or add the class to classes',
      }
    : {
        ru: 'исправьте идентификатор класса или объявите классы в classes',
        en: 'fix the class id or declare the classes in classes',
      };
  for (const { value, pointer } of found) {
    const id = str(value);
    if (id === undefined || ctx.knownClasses.has(id)) continue;
    ctx.report(
      'UNKNOWN_REFERENCE',
      pointer,
      { ru: `нет класса «${quoteId(id)}» ${source.ru}`, en: `no class "${quoteId(id)}" ${source.en}` },
      hint,
      ctx.declaredClasses ? 'error' : 'warning',
    );
  }
}
