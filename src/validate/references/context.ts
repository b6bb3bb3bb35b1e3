import type { Diagnostic, Localized } from '../../diagnostics/diagnostic.js';
import { joinPointer } from '../../diagnostics/json-pointer.js';
import type { SourceLocation } from '../../model/types.js';
import { diagnosticAt } from '../diagnostic-at.js';
import { type Obj, isObj, items, str } from './values-at.js';

export interface ReferenceCheckOptions {
  file?: string;
  locate?: (pointer: string) => SourceLocation | undefined;
  /** Clause ids of the catalog; attestation clauses are checked against them when given. */
  knownClauses?: readonly string[];
}

export interface Entry {
  index: number;
  value: Obj;
}

/** An id given twice in one list: reported at the later entry. */
export interface RepeatedId {
  id: string;
  pointer: string;
  firstPointer: string;
  list: Localized;
}

/**
 * What every reference check shares: the document, its lists indexed by id once, and `report`.
 * Each kind of reference is one `ReferenceCheck` in src/validate/references/ (like one keyword per
 * file in ajv); check-references.ts runs them in order.
 */
export interface ReferenceContext {
  doc: Obj;
  options: ReferenceCheckOptions;
  people: Map<string, Entry>;
  channels: Map<string, Entry>;
  documents: Map<string, Entry>;
  classes: Map<string, Entry>;
  repeatedIds: RepeatedId[];
  /** False while the roster (or the channel inventory) is still a file reference: nothing to check against. */
  peopleKnown: boolean;
  channelsKnown: boolean;
  /** Class ids: the declared `classes`, or when none are declared the students' classes. */
  knownClasses: Set<string>;
  declaredClasses: boolean;
  rolesOf(personId: string): string[];
  report(
    code: Diagnostic['code'],
    pointer: string,
    message: Localized,
    hint?: Localized,
    severity?: Diagnostic['severity'],
  ): void;
  /** A pointer for a message, with its line when the source is known. */
  where(pointer: string): Localized;
  diagnostics: Diagnostic[];
}

export type ReferenceCheck = (ctx: ReferenceContext) => void;

/** Builds the shared context; ids repeated in a list are collected, not yet reported. */
export function referenceContext(doc: Obj, options: ReferenceCheckOptions): ReferenceContext {
  const diagnostics: Diagnostic[] = [];
  const repeatedIds: RepeatedId[] = [];
  const indexById = (list: unknown, base: string, idKey: string, what: Localized): Map<string, Entry> => {
    const map = new Map<string, Entry>();
    items(list).forEach((value, index) => {
      if (!isObj(value)) return;
      const id = str(value[idKey]);
      if (id === undefined) return;
      const first = map.get(id);
      if (first) {
        repeatedIds.push({
          id,
          pointer: joinPointer(base, index, idKey),
          firstPointer: joinPointer(base, first.index, idKey),
          list: what,
        });
        return;
      }
      map.set(id, { index, value });
    });
    return map;
  };
  const people = indexById(doc.people, '/people', 'id', { ru: 'список людей', en: 'roster' });
  const channels = indexById(doc.channels, '/channels', 'id', {
    ru: 'реестр каналов',
    en: 'channel inventory',
  });
  const documents = indexById(doc.documents, '/documents', 'id', { ru: 'документы', en: 'documents' });
  const classes = indexById(doc.classes, '/classes', 'id', { ru: 'классы', en: 'classes' });
  indexById(doc.admins, '/admins', 'personId', { ru: 'администраторы платформы', en: 'platform admins' });

  const declaredClasses = classes.size > 0;
  const knownClasses = new Set<string>(classes.keys());
  if (!declaredClasses) {
    for (const { value } of people.values()) {
      const cls = str(value.class);
      if (cls !== undefined && items(value.roles).includes('student')) knownClasses.add(cls);
    }
  }
  return {
    doc,
    options,
    people,
    channels,
    documents,
    classes,
    repeatedIds,
    peopleKnown: doc.people === undefined || Array.isArray(doc.people),
    channelsKnown: doc.channels === undefined || Array.isArray(doc.channels),
    knownClasses,
    declaredClasses,
    rolesOf: (id) => items(people.get(id)?.value.roles).filter((r): r is string => typeof r === 'string'),
    report(code, pointer, message, hint, severity = 'error') {
      const place = { file: options.file, pointer, location: options.locate?.(pointer) };
      diagnostics.push(diagnosticAt(code, message, place, { hint, severity }));
    },
    where(pointer) {
      const loc = options.locate?.(pointer);
      return loc
        ? { ru: `${pointer} (строка ${loc.line})`, en: `${pointer} (line ${loc.line})` }
        : { ru: pointer, en: pointer };
    },
    diagnostics,
  };
}
