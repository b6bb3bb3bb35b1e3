import { parseRoleWord } from './csv-values.js';

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// The canonical roles that read as themselves: the common case, told without normalising the word.
const CANONICAL = new Set(
  ['administration', 'teacher', 'class-teacher', 'student', 'parent'].filter((r) => parseRoleWord(r) === r),
);

/** Whether normalising the person would change nothing: every role read as itself, none repeated. */
function canonicalRoles(p: unknown): boolean {
  if (!isObject(p) || !Array.isArray(p.roles)) return true;
  const roles: unknown[] = p.roles;
  for (let i = 0; i < roles.length; i++) {
    const r = roles[i];
    if (typeof r === 'string' && !CANONICAL.has(r)) {
      const word = parseRoleWord(r);
      if (word !== undefined && word !== r) return false;
    }
    // A repeat is dropped (SameValueZero, as `includes` compares).
    for (let j = 0; j < i; j++) if (roles[j] === r || (r !== r && roles[j] !== roles[j])) return false;
  }
  return true;
}

/**
 * The one place role words become roles, for every door: a person's `roles` written in Russian or
 * English («учитель», «Родитель», `Teacher`) — what the CSV roster accepts — become the canonical
 * `teacher`, `parent`…, in a school file's inline people and in an object handed to `audit()`.
 * Words it does not know are left as written, for validation to report. Returns the same object
 * when nothing changes, else a shallow copy (the caller's value is never modified).
 */
export function normalizeRoleWords<T>(doc: T): T {
  if (!isObject(doc) || !Array.isArray(doc.people)) return doc;
  // Every door calls this (the loader, then the audit), and most rosters are already canonical:
  // a check that allocates nothing comes first.
  if (doc.people.every(canonicalRoles)) return doc;
  let changed = false;
  const people = doc.people.map((p: unknown) => {
    if (!isObject(p) || !Array.isArray(p.roles)) return p;
    let personChanged = false;
    const roles: unknown[] = [];
    for (const r of p.roles) {
      const role = typeof r === 'string' ? (parseRoleWord(r) ?? r) : r;
      if (role !== r) personChanged = true;
      // «учитель, педагог» are one role: keep it once, as the CSV layer does.
      if (!roles.includes(role)) roles.push(role);
      else personChanged = true;
    }
    if (!personChanged) return p;
    changed = true;
    return { ...p, roles };
  });
  return changed ? ({ ...doc, people } as T) : doc;
}
