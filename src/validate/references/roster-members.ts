import type { ReferenceContext } from './context.js';
import { str, valuesAt } from './values-at.js';

/**
 * Channel members the roster lacks. They are outsiders (clause 2.3.c), which the audit reports;
 * the validator only lists them (as information), so that a typo in an id is still visible.
 */
export function checkRosterMembers(ctx: ReferenceContext): void {
  if (!ctx.peopleKnown) return;
  for (const { value, pointer } of valuesAt(ctx.doc, ['channels', '*', 'members'])) {
    if (!Array.isArray(value)) continue;
    const outside = value
      .map((m) => str(m))
      .filter((id): id is string => id !== undefined && !ctx.people.has(id));
    if (outside.length === 0) continue;
    const shown = outside
      .slice(0, 10)
      .map((id) => `«${id.length > 40 ? `${id.slice(0, 39)}…` : id}»`)
      .join(', ');
    const more = outside.length > 10 ? ` (+${outside.length - 10})` : '';
    ctx.report(
      'MEMBERS_OUTSIDE_ROSTER',
      pointer,
      {
        ru: `участников нет в списке людей: ${outside.length} — ${shown}${more}; для чата класса это посторонние (п. 2.3.c)`,
        en: `members not in the roster: ${outside.length} — ${shown}${more}; in a class chat they are outsiders (clause 2.3.c)`,
      },
      {
        ru: 'если это опечатка в идентификаторе — исправьте её; иначе проверка сообщит о посторонних',
        en: 'if an id is mistyped, fix it; otherwise the audit reports the outsiders',
      },
      'info',
    );
  }
}
