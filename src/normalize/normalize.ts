import type { AuditInput } from '../model/types.js';
import type { Subject, Subjects } from './types.js';
import { SUBJECT_TYPES, type SubjectType } from '../model/vocabulary.js';
import { buildIndex, type NormalizeOptions } from './build-index.js';
import { deriveSchool } from './derive-school.js';
import { deriveDocument } from './derive-document.js';
import { deriveAdmins } from './derive-admin.js';
import { derivePerson, organizationMatcher } from './derive-person.js';
import { deriveClass } from './derive-class.js';
import { deriveChannel } from './derive-channel.js';

/**
 * Turns a loaded input into subjects with derived facts (see `FACTS` for the vocabulary).
 * Indexes are built once; every subject is derived from lookups, so the cost is linear in the
 * input. Order is deterministic: by subject type (`SUBJECT_TYPES`), then input order.
 *
 * Each type's subjects are derived when first read: `explain` and a rule's fixtures need one
 * type, and deriving the people, most of the work, for a rule about the school was waste. Deriving
 * reads only the index, so the subjects do not depend on which type is read first.
 */
export function normalize(input: AuditInput, options: NormalizeOptions): Subjects {
  const index = buildIndex(input, options);
  let admins: ReturnType<typeof deriveAdmins> | undefined;
  const adminsOf = () => (admins ??= deriveAdmins(index));
  const derive: Record<SubjectType, () => Subject[]> = {
    school: () => [deriveSchool(index, adminsOf().byOrder)],
    document: () => index.documents.map((d) => deriveDocument(index, d)),
    admin: () => adminsOf().subjects,
    person: () => {
      const orgMatches = organizationMatcher(index);
      return index.people.map((p) => derivePerson(index, p, orgMatches));
    },
    class: () => index.classIds.map((c) => deriveClass(index, c)),
    channel: () =>
      index.channels.map((c) => deriveChannel(index, c, options.exportSummaries?.[c.channel.id])),
  };
  const derived: Partial<Record<SubjectType, Subject[]>> = {};
  const byType = {} as Record<SubjectType, Subject[]>;
  for (const type of Object.keys(derive) as SubjectType[]) {
    Object.defineProperty(byType, type, { enumerable: true, get: () => (derived[type] ??= derive[type]()) });
  }
  let all: Subject[] | undefined;
  return {
    get all() {
      return (all ??= SUBJECT_TYPES.flatMap((t) => byType[t]));
    },
    byType,
  };
}
