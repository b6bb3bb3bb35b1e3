import type { ESchoolRole } from '../model/types.js';
import { cachedValue } from '../util/bounded-cache.js';

const SYNONYMS: Readonly<Record<string, ESchoolRole>> = {
  учитель: 'учитель',
  педагог: 'учитель',
  преподаватель: 'учитель',
  'педагогический работник': 'учитель',
  сотрудник: 'учитель',
  'классный руководитель': 'учитель',
  teacher: 'учитель',
  staff: 'учитель',
  employee: 'учитель',
  ученик: 'ученик',
  ученица: 'ученик',
  учащийся: 'ученик',
  обучающийся: 'ученик',
  школьник: 'ученик',
  student: 'ученик',
  pupil: 'ученик',
  родитель: 'родитель',
  'законный представитель': 'родитель',
  'родитель (законный представитель)': 'родитель',
  опекун: 'родитель',
  parent: 'родитель',
  guardian: 'родитель',
};

export interface NormalizedRole {
  /** «учитель» / «ученик» / «родитель» when recognised; otherwise the text, trimmed and lower-cased. */
  role: string | null;
  recognized: boolean;
}

const NO_ROLE: NormalizedRole = Object.freeze({ role: null, recognized: false });
// A roster repeats a handful of spellings hundreds of times: each is normalised once.
const roleCache = new Map<string, NormalizedRole>();
const ROLE_CACHE_LIMIT = 1000;

/**
 * «Учитель», « teacher », «Родитель (законный представитель)» → the e-school role the regulation
 * names. The result is shared between equal inputs: read it, do not modify it.
 */
export function normalizeESchoolRole(value: unknown): NormalizedRole {
  if (typeof value !== 'string') return NO_ROLE;
  return cachedValue(roleCache, value, ROLE_CACHE_LIMIT, frozenRole);
}

function frozenRole(value: string): NormalizedRole {
  return Object.freeze(normalizeRoleText(value));
}

function normalizeRoleText(value: string): NormalizedRole {
  const text = value.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
  if (text === '') return { role: null, recognized: false };
  const role = SYNONYMS[text] ?? SYNONYMS[text.replace(/[«»"'.]/g, '').trim()];
  return role ? { role, recognized: true } : { role: text.slice(0, 60), recognized: false };
}

/** Letters and digits only, lower case: «МБОУ СОШ № 72» equals «мбоу сош №72». */
export function canonicalOrganization(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, '');
  return text === '' ? null : text;
}
