import type { Localized } from '../diagnostics/diagnostic.js';
import type { SubjectType } from '../model/vocabulary.js';
import type { Facts } from '../evaluate/types.js';

export type FactType = 'boolean' | 'number' | 'string' | 'string[]';

/**
 * What rules and readers know of a fact: its JSON type, whether the input can leave it unknown
 * (`nullable`: then the value is `null`), its closed set of values, its description and — for a
 * fact that can be unknown — where to record the data that would make it known. Rules decide what
 * an unknown value means for them (`unknown:` in the rule file); the audit reports it as
 * «недостаточно данных».
 */
export interface FactSpec {
  type: FactType;
  nullable?: true;
  /** For string facts with a closed set of values. */
  values?: readonly string[];
  description: Localized;
  /** For a nullable fact: the input field or roster/inventory column that makes it known. */
  record?: Localized;
}

/** A fact's spec with its name. */
export interface FactDeclaration extends FactSpec {
  name: string;
}

/**
 * One fact, declared once: name, spec, how it is computed from its subject's context (`derive`)
 * and the JSON pointer of the input value it comes from (`source`; undefined when no one input
 * value gives it). The context is what the subject builder computes once and several facts share.
 */
export interface FactDefinition<C> extends FactDeclaration {
  derive: (ctx: C) => unknown;
  source?: (ctx: C) => string | undefined;
}

type BaseValue<S extends FactSpec> = S['type'] extends 'boolean'
  ? boolean
  : S['type'] extends 'number'
    ? number
    : S['type'] extends 'string[]'
      ? string[]
      : S extends { values: readonly (infer V)[] }
        ? V
        : string;

/** The value type a fact declaration implies (`null` included when the fact can be unknown). */
export type FactValue<S extends FactSpec> = BaseValue<S> | (S extends { nullable: true } ? null : never);

type Defined<C, D extends FactDeclaration> = D & {
  derive: (ctx: C) => FactValue<D>;
  source?: (ctx: C) => string | undefined;
};

/**
 * The fact declarer of one subject type, whose builder computes a context `C`: `derive` must
 * return exactly the value type the declaration implies (a boolean fact returning a number, or a
 * fact returning null without `nullable`, is a compile error), and the literal types are kept so
 * `FactValues` and `FactName` can be inferred from the list.
 */
export function factsOf<C>(): <const D extends FactDeclaration>(def: Defined<C, D>) => Defined<C, D> {
  return (def) => def;
}

/** Spec shorthands: `...b(ru, en)`, `...bn(ru, en, [recordRu, recordEn])`. */
type Rec = readonly [ru: string, en: string];
export function spec<const S extends FactSpec>(s: S): S {
  return s;
}
const loc = (r: Rec): Localized => ({ ru: r[0], en: r[1] });
export const b = (ru: string, en: string) => spec({ type: 'boolean', description: { ru, en } });
export const bn = (ru: string, en: string, record: Rec) =>
  spec({ type: 'boolean', nullable: true, description: { ru, en }, record: loc(record) });
export const n = (ru: string, en: string) => spec({ type: 'number', description: { ru, en } });
export const nn = (ru: string, en: string, record: Rec) =>
  spec({ type: 'number', nullable: true, description: { ru, en }, record: loc(record) });
export const s = (ru: string, en: string) => spec({ type: 'string', description: { ru, en } });
export const sn = (ru: string, en: string, record: Rec) =>
  spec({ type: 'string', nullable: true, description: { ru, en }, record: loc(record) });
export const sa = (ru: string, en: string) => spec({ type: 'string[]', description: { ru, en } });
export function e<const V extends readonly string[]>(values: V, ru: string, en: string) {
  return spec({ type: 'string', values, description: { ru, en } });
}
export function en_<const V extends readonly string[]>(values: V, ru: string, en: string, record: Rec) {
  return spec({ type: 'string', values, nullable: true, description: { ru, en }, record: loc(record) });
}

/** A subject type's fact definitions, prepared for building subjects. */
export interface FactTable<C> {
  subject: SubjectType;
  definitions: readonly FactDefinition<C>[];
  /** Every fact name with a null value, in declaration order: the shape every subject's facts copy. */
  shape: Readonly<Record<string, null>>;
}

export function factTable<C>(subject: SubjectType, definitions: readonly FactDefinition<C>[]): FactTable<C> {
  // Built by Object.fromEntries, the shape keeps fast properties; copying it and overwriting its
  // values gives every subject of the type one hidden class, so the engines' fact reads stay as fast
  // as with an object literal (assigning 40 new keys one by one would leave a dictionary object).
  return { subject, definitions, shape: Object.fromEntries(definitions.map((d) => [d.name, null])) };
}

/** The facts of one subject: every definition's `derive`, in declaration order. */
export function deriveFacts<C>(table: FactTable<C>, ctx: C): Facts {
  const facts: Record<string, unknown> = { ...table.shape };
  const definitions = table.definitions;
  for (let i = 0; i < definitions.length; i++) {
    const definition = definitions[i]!;
    facts[definition.name] = definition.derive(ctx);
  }
  return facts;
}

/** Fact name → JSON pointer of the input value, for the facts whose `source` gives one. */
export function factPointers<C>(table: FactTable<C>, ctx: C): Record<string, string> {
  const out: Record<string, string> = {};
  for (const definition of table.definitions) {
    const pointer = definition.source?.(ctx);
    if (pointer !== undefined) out[definition.name] = pointer;
  }
  return out;
}

export const PLATFORM_STATUSES = ['prohibited', 'educational', 'allowed', 'unknown'] as const;
export const STATUS_KINDS = [
  'rkn-list',
  'educational-platform',
  'national-platform',
  'domestic',
  'foreign',
  'region',
  'school',
] as const;
export const CHANNEL_MEDIA = [
  'messenger',
  'video',
  'web',
  'eschool',
  'email',
  'phone',
  'in-person',
  'paper',
] as const;
export const CHAT_MEMBERSHIP = ['members', 'counts', 'unknown', 'none'] as const;
