import type { Diagnostic, Localized } from '../diagnostics/diagnostic.js';
import type { SourceLocation } from '../model/types.js';
import { diagnosticAt, quoteId } from './diagnostic-at.js';
import { joinPointer } from '../diagnostics/json-pointer.js';

export interface ReferenceCheckOptions {
  file?: string;
  locate?: (pointer: string) => SourceLocation | undefined;
  /** Clause ids of the catalog; attestation clauses are checked against them when given. */
  knownClauses?: readonly string[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const items = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

interface Entry {
  index: number;
  value: Obj;
}

/**
 * Cross-reference checks over a SchoolFile-shaped value with inline people and channels. Written
 * against `unknown` on purpose: it runs next to schema validation on documents that may be broken,
 * and reports what it can instead of stopping at the first malformed entry.
 */
// long-function: one pass over the input's cross-references sharing the id indexes; to be split into one file per kind of reference
export function checkReferences(doc: unknown, options: ReferenceCheckOptions = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!isObj(doc)) return out;
  const report = (
    code: Diagnostic['code'],
    pointer: string,
    message: Localized,
    hint?: Localized,
    severity: Diagnostic['severity'] = 'error',
  ): void => {
    out.push(
      diagnosticAt(
        code,
        message,
        { file: options.file, pointer, location: options.locate?.(pointer) },
        { hint, severity },
      ),
    );
  };
  const where = (pointer: string): Localized => {
    const loc = options.locate?.(pointer);
    return loc
      ? { ru: `${pointer} (строка ${loc.line})`, en: `${pointer} (line ${loc.line})` }
      : { ru: pointer, en: pointer };
  };

  /** Indexes entries by id and reports repeated ids at the later occurrence. */
  const indexById = (list: unknown, base: string, idKey: string, what: Localized): Map<string, Entry> => {
    const map = new Map<string, Entry>();
    items(list).forEach((value, index) => {
      if (!isObj(value)) return;
      const id = str(value[idKey]);
      if (id === undefined) return;
      const first = map.get(id);
      if (first) {
        const firstWhere = where(joinPointer(base, first.index, idKey));
        report(
          'DUPLICATE_ID',
          joinPointer(base, index, idKey),
          {
            ru: `${what.ru}: идентификатор «${quoteId(id)}» уже использован в ${firstWhere.ru}`,
            en: `${what.en}: id "${quoteId(id)}" is already used at ${firstWhere.en}`,
          },
          { ru: 'у каждой записи должен быть свой идентификатор', en: 'give every entry its own id' },
        );
        return;
      }
      map.set(id, { index, value });
    });
    return map;
  };

  const peopleKnown = doc.people === undefined || Array.isArray(doc.people);
  const channelsKnown = doc.channels === undefined || Array.isArray(doc.channels);
  const people = indexById(doc.people, '/people', 'id', { ru: 'список людей', en: 'roster' });
  const channels = indexById(doc.channels, '/channels', 'id', {
    ru: 'реестр каналов',
    en: 'channel inventory',
  });
  const documents = indexById(doc.documents, '/documents', 'id', { ru: 'документы', en: 'documents' });
  const classes = indexById(doc.classes, '/classes', 'id', { ru: 'классы', en: 'classes' });
  indexById(doc.admins, '/admins', 'personId', { ru: 'администраторы платформы', en: 'platform admins' });

  const rolesOf = (id: string): string[] =>
    items(people.get(id)?.value.roles).filter((r): r is string => typeof r === 'string');

  const declaredClasses = classes.size > 0;
  const knownClasses = new Set<string>(classes.keys());
  if (!declaredClasses) {
    for (const { value } of people.values()) {
      const cls = str(value.class);
      if (cls !== undefined && items(value.roles).includes('student')) knownClasses.add(cls);
    }
  }
  const classesKnown = declaredClasses || knownClasses.size > 0;
  const classSource: Localized = declaredClasses
    ? { ru: 'в списке classes', en: 'in classes' }
    : { ru: 'ни у одного обучающегося', en: 'on any student' };

  const checkPerson = (value: unknown, pointer: string): boolean => {
    const id = str(value);
    if (id === undefined || !peopleKnown) return false;
    if (people.has(id)) return true;
    report(
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
    return false;
  };
  const checkClass = (value: unknown, pointer: string): void => {
    const id = str(value);
    if (id === undefined || !classesKnown || knownClasses.has(id)) return;
    report(
      'UNKNOWN_REFERENCE',
      pointer,
      {
        ru: `нет класса «${quoteId(id)}» ${classSource.ru}`,
        en: `no class "${quoteId(id)}" ${classSource.en}`,
      },
      declaredClasses
        ? {
            ru: 'исправьте идентификатор класса или добавьте класс в classes',
            en: 'fix the class id or add the class to classes',
          }
        : {
            ru: 'исправьте идентификатор класса или объявите классы в classes',
            en: 'fix the class id or declare the classes in classes',
          },
      // Classes taken from the roster may be incomplete (a class whose students are not listed).
      declaredClasses ? 'error' : 'warning',
    );
  };
  const checkChannel = (value: unknown, pointer: string): void => {
    const id = str(value);
    if (id === undefined || !channelsKnown || channels.has(id)) return;
    report(
      'UNKNOWN_REFERENCE',
      pointer,
      {
        ru: `нет канала «${quoteId(id)}» в реестре каналов`,
        en: `no channel "${quoteId(id)}" in the channel inventory`,
      },
      {
        ru: 'исправьте идентификатор или добавьте канал в реестр',
        en: 'fix the id or add the channel to the inventory',
      },
    );
  };
  const checkDocument = (value: unknown, pointer: string): Obj | undefined => {
    const id = str(value);
    if (id === undefined) return undefined;
    const found = documents.get(id);
    if (found) return found.value;
    report(
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
    return undefined;
  };

  // people
  items(doc.people).forEach((person, i) => {
    if (!isObj(person)) return;
    const base = joinPointer('/people', i);
    const ownId = str(person.id);
    const roles = items(person.roles);
    if (roles.includes('student'))
      checkClass(declaredClasses ? person.class : undefined, joinPointer(base, 'class'));
    const parentOf = items(person.parentOf);
    if (parentOf.length > 0 && !roles.includes('parent')) {
      report(
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
      const pointer = joinPointer(base, 'parentOf', j);
      if (child === ownId && ownId !== undefined) {
        report('REFERENCE_CYCLE', pointer, {
          ru: `человек «${quoteId(ownId)}» указан родителем самого себя`,
          en: `person "${quoteId(ownId)}" is listed as their own parent`,
        });
        return;
      }
      if (!checkPerson(child, pointer)) return;
      const childId = child as string;
      if (!rolesOf(childId).includes('student')) {
        report(
          'ROLE_MISMATCH',
          pointer,
          {
            ru: `«${quoteId(childId)}» указан ребёнком, но у него нет роли student`,
            en: `"${quoteId(childId)}" is listed as a child but lacks the role student`,
          },
          { ru: 'parentOf перечисляет только обучающихся', en: 'parentOf lists students only' },
        );
      }
    });
    const teacherOf = items(person.classTeacherOf);
    if (teacherOf.length > 0 && !roles.includes('class-teacher')) {
      report(
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
    teacherOf.forEach((cls, j) => checkClass(cls, joinPointer(base, 'classTeacherOf', j)));
  });

  // classes
  items(doc.classes).forEach((cls, i) => {
    if (!isObj(cls) || cls.classTeacher === undefined) return;
    const pointer = joinPointer('/classes', i, 'classTeacher');
    if (
      checkPerson(cls.classTeacher, pointer) &&
      !rolesOf(cls.classTeacher as string).includes('class-teacher')
    ) {
      report(
        'ROLE_MISMATCH',
        pointer,
        {
          ru: `«${quoteId(String(cls.classTeacher))}» указан классным руководителем, но у него нет роли class-teacher`,
          en: `"${quoteId(String(cls.classTeacher))}" is the class teacher but lacks the role class-teacher`,
        },
        { ru: 'добавьте человеку роль class-teacher', en: 'add the role class-teacher to the person' },
        'warning',
      );
    }
  });

  // admins
  items(doc.admins).forEach((admin, i) => {
    if (!isObj(admin)) return;
    const base = joinPointer('/admins', i);
    checkPerson(admin.personId, joinPointer(base, 'personId'));
    if (admin.appointedByAdmin !== undefined)
      checkPerson(admin.appointedByAdmin, joinPointer(base, 'appointedByAdmin'));
    if (admin.appointmentOrder !== undefined) {
      const pointer = joinPointer(base, 'appointmentOrder');
      const order = checkDocument(admin.appointmentOrder, pointer);
      if (order && order.kind !== 'order-admin-appointment') {
        report(
          'ROLE_MISMATCH',
          pointer,
          {
            ru: `документ «${quoteId(String(admin.appointmentOrder))}» имеет вид «${String(order.kind)}», а приказ о назначении администраторов — вид order-admin-appointment`,
            en: `document "${quoteId(String(admin.appointmentOrder))}" is of kind "${String(order.kind)}"; an appointment order is of kind order-admin-appointment`,
          },
          {
            ru: 'укажите приказ о назначении администраторов или исправьте вид документа',
            en: 'name the admin appointment order or fix the document kind',
          },
        );
      }
    }
  });

  // channels
  items(doc.channels).forEach((channel, i) => {
    if (!isObj(channel)) return;
    const base = joinPointer('/channels', i);
    if (channel.owner !== undefined) checkPerson(channel.owner, joinPointer(base, 'owner'));
    // A member the roster lacks is an outsider (clause 2.3.c), which the audit reports; the
    // validator only lists them, so that a typo in an id is still visible.
    if (peopleKnown) {
      const outside = items(channel.members)
        .map((m) => str(m))
        .filter((id): id is string => id !== undefined && !people.has(id));
      if (outside.length > 0) {
        const shown = outside
          .slice(0, 10)
          .map((id) => `«${id.length > 40 ? `${id.slice(0, 39)}…` : id}»`)
          .join(', ');
        const more = outside.length > 10 ? ` (+${outside.length - 10})` : '';
        report(
          'MEMBERS_OUTSIDE_ROSTER',
          joinPointer(base, 'members'),
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
    if (channel.class !== undefined) checkClass(channel.class, joinPointer(base, 'class'));
  });

  // documents
  items(doc.documents).forEach((document, i) => {
    if (!isObj(document)) return;
    const base = joinPointer('/documents', i);
    items(document.appoints).forEach((p, j) => checkPerson(p, joinPointer(base, 'appoints', j)));
    if (document.supersedes !== undefined)
      checkDocument(document.supersedes, joinPointer(base, 'supersedes'));
  });
  reportSupersedeCycles(documents, report);

  // records
  const records = isObj(doc.records) ? doc.records : {};
  for (const kind of ['chatStrategy', 'informationMaterials', 'controlReviews', 'statisticsReports']) {
    items(records[kind]).forEach((record, i) => {
      if (!isObj(record)) return;
      const base = joinPointer('/records', kind, i);
      if (record.by !== undefined) checkPerson(record.by, joinPointer(base, 'by'));
      if (record.to !== undefined) checkPerson(record.to, joinPointer(base, 'to'));
      if (record.document !== undefined) checkDocument(record.document, joinPointer(base, 'document'));
    });
  }

  // channel references
  const school = isObj(doc.school) ? doc.school : {};
  const sferum = isObj(school.sferum) ? school.sferum : {};
  items(sferum.autoChannels).forEach((c, j) =>
    checkChannel(c, joinPointer('/school/sferum/autoChannels', j)),
  );
  items(doc.exports).forEach((e, i) => {
    if (isObj(e)) checkChannel(e.channel, joinPointer('/exports', i, 'channel'));
  });

  // clauses
  if (options.knownClauses) {
    const known = new Set(options.knownClauses);
    items(doc.attestations).forEach((a, i) => {
      if (!isObj(a)) return;
      const clause = str(a.clause);
      if (clause === undefined || known.has(clause)) return;
      report(
        'UNKNOWN_REFERENCE',
        joinPointer('/attestations', i, 'clause'),
        {
          ru: `нет пункта «${clause}» в перечне пунктов Порядка`,
          en: `no clause "${clause}" in the regulation's clause index`,
        },
        {
          ru: 'пункты пишутся как «2.1.f», «2.final», «header»',
          en: 'clause ids look like 2.1.f, 2.final, header',
        },
      );
    });
  }
  return out;
}

function reportSupersedeCycles(
  documents: Map<string, Entry>,
  report: (code: Diagnostic['code'], pointer: string, message: Localized, hint?: Localized) => void,
): void {
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
      report(
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
