import type { SubjectType } from '../model/vocabulary.js';
import type { FactDeclaration, FactDefinition, FactSpec, FactValue } from './fact-definition.js';
import { SCHOOL_FACTS } from './derive-school.js';
import { DOCUMENT_FACTS } from './derive-document.js';
import { ADMIN_FACTS } from './derive-admin.js';
import { PERSON_FACTS } from './derive-person.js';
import { CLASS_FACTS } from './derive-class.js';
import { CHANNEL_FACTS } from './derive-channel.js';

export type { FactSpec, FactType } from './fact-definition.js';
export { CHANNEL_MEDIA, CHAT_MEMBERSHIP, PLATFORM_STATUSES, STATUS_KINDS } from './fact-definition.js';

/**
 * Every fact rules may read, per subject type: the definitions (name, spec, how it is computed,
 * where its source position comes from) live beside their subject's builder in `derive-*.ts`, one
 * definition per fact; the builders iterate them, so normalize() emits exactly these facts with
 * the declared types. Conditions read rule parameters as the fact `params` in addition.
 */
export const FACT_DEFINITIONS = {
  school: SCHOOL_FACTS,
  document: DOCUMENT_FACTS,
  admin: ADMIN_FACTS,
  person: PERSON_FACTS,
  class: CLASS_FACTS,
  channel: CHANNEL_FACTS,
} as const satisfies Record<SubjectType, readonly FactDefinition<never>[]>;

export const PARAMS_FACT = 'params';

export type FactVocabulary = Readonly<Record<SubjectType, Readonly<Record<string, FactSpec>>>>;

type Definitions<T extends SubjectType> = (typeof FACT_DEFINITIONS)[T][number];

/** Fact names of a subject type, inferred from the definitions. */
export type FactName<T extends SubjectType> = Definitions<T>['name'];

/** Exactly the facts normalize() emits for a subject of type `T`, with their inferred types. */
export type FactValues<T extends SubjectType> = {
  -readonly [D in Definitions<T> as D['name']]: FactValue<D>;
};

function specOf(d: FactDeclaration): FactSpec {
  const spec: FactSpec = { type: d.type, description: d.description };
  if (d.nullable) spec.nullable = true;
  if (d.values) spec.values = d.values;
  if (d.record) spec.record = d.record;
  return spec;
}

function vocabularyOf(definitions: readonly FactDeclaration[]): Readonly<Record<string, FactSpec>> {
  const out: Record<string, FactSpec> = {};
  for (const d of definitions) out[d.name] = specOf(d);
  return out;
}

/** The vocabulary by name (the specs of `FACT_DEFINITIONS`): what docs/facts.md and the rule checks read. */
export const FACTS: FactVocabulary = {
  school: vocabularyOf(SCHOOL_FACTS),
  document: vocabularyOf(DOCUMENT_FACTS),
  admin: vocabularyOf(ADMIN_FACTS),
  person: vocabularyOf(PERSON_FACTS),
  class: vocabularyOf(CLASS_FACTS),
  channel: vocabularyOf(CHANNEL_FACTS),
};

/** Facts of a subject type that can be unknown (nullable). */
export function nullableFacts(type: SubjectType): string[] {
  const vocabulary: Readonly<Record<string, FactSpec>> = FACTS[type];
  return Object.keys(vocabulary).filter((name) => vocabulary[name]!.nullable === true);
}

/** The declaration of a fact, or undefined when `name` is not a fact of `type`. */
export function factSpec(type: SubjectType, name: string): FactSpec | undefined {
  const vocabulary: Readonly<Record<string, FactSpec>> = FACTS[type];
  return Object.hasOwn(vocabulary, name) ? vocabulary[name] : undefined;
}

/** Whether `name` is a fact of `type` (or the rule-parameter fact). */
export function isKnownFact(type: SubjectType, name: string): boolean {
  return name === PARAMS_FACT || Object.hasOwn(FACTS[type], name);
}
