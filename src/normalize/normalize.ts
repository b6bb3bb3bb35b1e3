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
 */
export function normalize(input: AuditInput, options: NormalizeOptions): Subjects {
  const index = buildIndex(input, options);
  const admins = deriveAdmins(index);
  const orgMatches = organizationMatcher(index);
  const byType: Record<SubjectType, Subject[]> = {
    school: [deriveSchool(index, admins.byOrder)],
    document: index.documents.map((d) => deriveDocument(index, d)),
    admin: admins.subjects,
    person: index.people.map((p) => derivePerson(index, p, orgMatches)),
    class: index.classIds.map((c) => deriveClass(index, c)),
    channel: index.channels.map((c) => deriveChannel(index, c, options.exportSummaries?.[c.channel.id])),
  };
  return { all: SUBJECT_TYPES.flatMap((t) => byType[t]), byType };
}
