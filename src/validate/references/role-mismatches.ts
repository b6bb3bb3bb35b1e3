import { joinPointer } from '../../diagnostics/json-pointer.js';
import { quoteId } from '../diagnostic-at.js';
import type { ReferenceContext } from './context.js';
import { isObj, items, str, valuesAt } from './values-at.js';

/**
 * A reference whose target has the wrong role or kind: lists a person carries without the role
 * (parentOf without parent, classTeacherOf without class-teacher: warnings), a child who is not a
 * student, a class teacher without the role, an appointment order of another kind.
 */
export function checkRoleMismatches(ctx: ReferenceContext): void {
  checkPeopleRoles(ctx);
  checkClassTeacherRoles(ctx);
  checkAppointmentOrderKinds(ctx);
}

const isKnownPerson = (ctx: ReferenceContext, id: string | undefined): id is string =>
  id !== undefined && ctx.peopleKnown && ctx.people.has(id);

/** Per person: parentOf without the role parent, children who are not students, classTeacherOf without class-teacher. */
function checkPeopleRoles(ctx: ReferenceContext): void {
  items(ctx.doc.people).forEach((person, i) => {
    if (!isObj(person)) return;
    const base = joinPointer('/people', i);
    const roles = items(person.roles);
    const parentOf = items(person.parentOf);
    if (parentOf.length > 0 && !roles.includes('parent')) {
      ctx.report(
        'ROLE_MISMATCH',
        joinPointer(base, 'parentOf'),
        {
          ru: 'указаны дети (parentOf), но среди ролей нет parent',
          en: 'parentOf is given but the roles lack parent',
        },
        { ru: 'добавьте роль parent или уберите parentOf', en: 'add the role parent or remove parentOf' },
        'warning',
      );
    }
    parentOf.forEach((child, j) => {
      const childId = str(child);
      if (
        !isKnownPerson(ctx, childId) ||
        childId === str(person.id) ||
        ctx.rolesOf(childId).includes('student')
      )
        return;
      ctx.report(
        'ROLE_MISMATCH',
        joinPointer(base, 'parentOf', j),
        {
          ru: `«${quoteId(childId)}» указан ребёнком, но у него нет роли student`,
          en: `"${quoteId(childId)}" is listed as a child but lacks the role student`,
        },
        { ru: 'parentOf перечисляет только обучающихся', en: 'parentOf lists students only' },
      );
    });
    if (items(person.classTeacherOf).length > 0 && !roles.includes('class-teacher')) {
      ctx.report(
        'ROLE_MISMATCH',
        joinPointer(base, 'classTeacherOf'),
        {
          ru: 'указаны классы (classTeacherOf), но среди ролей нет class-teacher',
          en: 'classTeacherOf is given but the roles lack class-teacher',
        },
        {
          ru: 'добавьте роль class-teacher или уберите classTeacherOf',
          en: 'add the role class-teacher or remove classTeacherOf',
        },
        'warning',
      );
    }
  });
}

function checkClassTeacherRoles(ctx: ReferenceContext): void {
  for (const { value, pointer } of valuesAt(ctx.doc, ['classes', '*', 'classTeacher'])) {
    const id = str(value);
    if (!isKnownPerson(ctx, id) || ctx.rolesOf(id).includes('class-teacher')) continue;
    ctx.report(
      'ROLE_MISMATCH',
      pointer,
      {
        ru: `«${quoteId(id)}» указан классным руководителем, но у него нет роли class-teacher`,
        en: `"${quoteId(id)}" is the class teacher but lacks the role class-teacher`,
      },
      { ru: 'добавьте человеку роль class-teacher', en: 'add the role class-teacher to the person' },
      'warning',
    );
  }
}

function checkAppointmentOrderKinds(ctx: ReferenceContext): void {
  for (const { value, pointer } of valuesAt(ctx.doc, ['admins', '*', 'appointmentOrder'])) {
    const id = str(value);
    const order = id === undefined ? undefined : ctx.documents.get(id)?.value;
    if (id === undefined || !order || order.kind === 'order-admin-appointment') continue;
    ctx.report(
      'ROLE_MISMATCH',
      pointer,
      {
        ru: `документ «${quoteId(id)}» имеет вид «${String(order.kind)}», а приказ о назначении администраторов — вид order-admin-appointment`,
        en: `document "${quoteId(id)}" is of kind "${String(order.kind)}"; an appointment order is of kind order-admin-appointment`,
      },
      {
        ru: 'укажите приказ о назначении администраторов или исправьте вид документа',
        en: 'name the admin appointment order or fix the document kind',
      },
    );
  }
}
