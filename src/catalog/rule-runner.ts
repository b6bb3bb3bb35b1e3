import type { RuleDefinition } from './types.js';
import { KIND_LABELS } from '../model/scan-kinds.js';
import type { Subject } from '../normalize/types.js';
import type {
  CompiledCondition,
  ConditionEngine,
  CustomOperator,
  Facts,
  TopLevelCondition,
} from '../evaluate/types.js';
import type { Language, RuleOutcome } from '../model/vocabulary.js';
import {
  evaluateThreeValued,
  hasUnknown,
  planThreeValued,
  unknownFacts,
  type ThreeValuedPlan,
  type Truth,
} from '../evaluate/three-valued.js';
import { isPromise } from '../util/is-promise.js';

/** A rule with its conditions compiled once and its parameters resolved (defaults + overrides). */
export interface PreparedRule {
  readonly rule: RuleDefinition;
  readonly params: Readonly<Record<string, unknown>>;
  readonly when?: CompiledCondition;
  readonly conditions: CompiledCondition;
  /** The same trees prepared for the unknown check that runs before evaluation. */
  readonly whenPlan?: ThreeValuedPlan;
  readonly conditionsPlan: ThreeValuedPlan;
}

export interface PrepareOptions {
  engine: ConditionEngine;
  /** Parameter overrides by rule id (`{ 'SFR-2.2-STATISTICS-REPORTS': { maxAgeDays: 120 } }`). */
  params?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  operators?: readonly CustomOperator[];
  sharedConditions?: Readonly<Record<string, TopLevelCondition>>;
}

const NO_PARAMS: Readonly<Record<string, unknown>> = Object.freeze({});

/** The rule's parameters: declared defaults, then the overrides given for this rule id. */
export function resolveParams(
  rule: RuleDefinition,
  overrides?: Readonly<Record<string, unknown>>,
): Readonly<Record<string, unknown>> {
  const declared = rule.params ?? {};
  const names = Object.keys(declared);
  if (names.length === 0 && (!overrides || Object.keys(overrides).length === 0)) return NO_PARAMS;
  const out: Record<string, unknown> = {};
  for (const name of names.sort()) out[name] = declared[name]!.default;
  for (const [name, value] of Object.entries(overrides ?? {})) if (value !== undefined) out[name] = value;
  return Object.freeze(out);
}

/** Compiles `when` and `conditions` of every rule once, for evaluation over many subjects. */
export function prepareRules(rules: readonly RuleDefinition[], options: PrepareOptions): PreparedRule[] {
  const compileOptions = {
    ...(options.operators ? { operators: options.operators } : {}),
    ...(options.sharedConditions ? { sharedConditions: options.sharedConditions } : {}),
  };
  return rules.map((rule) => {
    const prepared: PreparedRule = {
      rule,
      params: resolveParams(rule, options.params?.[rule.id]),
      ...(rule.when ? { when: options.engine.compile(rule.when, compileOptions) } : {}),
      conditions: options.engine.compile(rule.conditions, compileOptions),
      ...(rule.when ? { whenPlan: planThreeValued(rule.when, options.engine, compileOptions) } : {}),
      conditionsPlan: planThreeValued(rule.conditions, options.engine, compileOptions),
    };
    return prepared;
  });
}

// Rules without parameters (most of them) read the subject's facts as they are: no copy, no
// lookup. A rule with parameters sees them as the fact `params` on a copy of the facts, made per
// evaluation: each rule has its own parameters object, so a cache keyed by facts and parameters
// (a WeakMap per subject) was only ever hit by the same evaluation, and cost more than the copy.
function factsFor(subject: Subject, params: Readonly<Record<string, unknown>>): Facts {
  if (params === NO_PARAMS) return subject.facts;
  return { ...subject.facts, params };
}

/** What an unknown decision means for the rule: its file's `unknown:` (undetermined by default). */
function onUnknown(rule: RuleDefinition): RuleOutcome {
  return rule.unknown === 'violation' ? 'fires' : rule.unknown === 'pass' ? 'passes' : 'undetermined';
}

/** Whole-tree evaluation by the engine when every fact read is known; three-valued otherwise. */
function truth(compiled: CompiledCondition, plan: ThreeValuedPlan, facts: Facts): Truth | Promise<Truth> {
  if (hasUnknown(plan, facts)) return evaluateThreeValued(plan, facts);
  const held = compiled(facts);
  return isPromise(held) ? held.then((h) => Boolean(h)) : Boolean(held);
}

function outcomeOf(prepared: PreparedRule, t: Truth): RuleOutcome {
  return t === 'unknown' ? onUnknown(prepared.rule) : t ? 'fires' : 'passes';
}

function decide(prepared: PreparedRule, facts: Facts): RuleOutcome | Promise<RuleOutcome> {
  const t = truth(prepared.conditions, prepared.conditionsPlan, facts);
  // Synchronous engines (the compiled one) take no closure per evaluation.
  return isPromise(t) ? t.then((v) => outcomeOf(prepared, v)) : outcomeOf(prepared, t);
}

function afterWhen(prepared: PreparedRule, facts: Facts, applies: Truth): RuleOutcome | Promise<RuleOutcome> {
  return applies === 'unknown' ? 'undetermined' : applies ? decide(prepared, facts) : 'not-applicable';
}

/**
 * Evaluates one prepared rule for one subject, with the facts the subject has plus, for a rule with
 * parameters, the fact `params`. The unknown check comes first and is the same for every engine:
 * a condition reading a fact that is `null` is judged three-valued (Kleene) — a known false child
 * still decides `all`, a known true child still decides `any` — and when the result stays unknown
 * the outcome is `undetermined` (or what the rule's `unknown:` declares; an unknown `when` is always
 * undetermined: whether the duty applies is itself not known). Synchronous with a synchronous
 * engine (the compiled one): a Promise appears only when the engine returns one (the reference engine).
 */
export function evaluatePrepared(
  prepared: PreparedRule,
  subject: Subject,
): RuleOutcome | Promise<RuleOutcome> {
  if (subject.type !== prepared.rule.subject) return 'not-applicable';
  const facts = factsFor(subject, prepared.params);
  if (!prepared.when) return decide(prepared, facts);
  const applies = truth(prepared.when, prepared.whenPlan!, facts);
  return isPromise(applies)
    ? applies.then((a) => afterWhen(prepared, facts, a))
    : afterWhen(prepared, facts, applies);
}

/** The facts that left the rule undetermined for the subject (empty when it was decided). */
export function unknownFactsFor(prepared: PreparedRule, subject: Subject): string[] {
  const facts = factsFor(subject, prepared.params);
  const out = new Set<string>();
  if (prepared.whenPlan) for (const f of unknownFacts(prepared.whenPlan, facts)) out.add(f);
  for (const f of unknownFacts(prepared.conditionsPlan, facts)) out.add(f);
  return [...out].sort();
}

export interface RenderContext {
  subject: Pick<Subject, 'id' | 'label'>;
  facts: Facts;
  params?: Readonly<Record<string, unknown>>;
  /**
   * The regulation edition applied (docs/editions.md): `{{edition.id}}`, `{{edition.title}}` and
   * `{{edition.order}}`, the platform wording `{{platform.edu}}`, `{{platform.eduIn}}`, `{{platform.profile}}`,
   * `{{platform.app}}`. Without it those render as the 2024 text's wording.
   */
  edition?: {
    id: string;
    title: Readonly<Record<'ru' | 'en', string>>;
    /** The orders the edition names; `{{edition.order}}` is the first (the order on using the platform). */
    orders?: readonly Readonly<Record<'ru' | 'en', string>>[];
    platform: Readonly<Record<PlatformWord, Readonly<Record<'ru' | 'en', string>>>>;
  };
}

export type PlatformWord = 'edu' | 'eduIn' | 'profile' | 'app';
/** Names the `platform` and `edition` placeholder scopes accept. */
export const PLATFORM_WORDS: readonly PlatformWord[] = ['edu', 'eduIn', 'profile', 'app'];
export const EDITION_WORDS: readonly string[] = ['id', 'title', 'order'];

// The regulation's own (2024) wording, for callers that render without an edition.
const DEFAULT_PLATFORM: Readonly<Record<PlatformWord, Readonly<Record<'ru' | 'en', string>>>> = {
  edu: {
    ru: 'учебный профиль VK Мессенджера («Сферум»)',
    en: 'the VK Messenger educational profile (Sferum)',
  },
  eduIn: {
    ru: 'учебном профиле VK Мессенджера («Сферум»)',
    en: 'the VK Messenger educational profile (Sferum)',
  },
  profile: { ru: 'учебный профиль в VK Мессенджере', en: 'the educational profile in VK Messenger' },
  app: { ru: 'VK Мессенджер', en: 'VK Messenger' },
};

const PLACEHOLDER = /\{\{\s*(subject|facts|params|platform|edition)\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

function show(value: unknown, language: Language): string {
  if (value === undefined || value === null || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map((v) => show(v, language)).join(', ');
  if (typeof value === 'boolean') return language === 'ru' ? (value ? 'да' : 'нет') : value ? 'yes' : 'no';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * Fills `{{subject.label}}`, `{{subject.id}}`, `{{facts.NAME}}`, `{{params.NAME}}` and the
 * edition's `{{platform.…}}` / `{{edition.…}}` wording. Missing values
 * become `—`, arrays are joined with commas. Placeholders reach only the label, the id and facts,
 * none of which carries personal data.
 */
/** «{{facts.daysSinceX}} дн. назад» with no date would read «— дн. назад»: said as a sentence instead. */
const DAYS_AGO = /\{\{\s*facts\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}\s*(?:дн\. назад|days ago)/g;
const UNKNOWN_WHEN = { ru: 'неизвестно когда (записей нет)', en: 'at an unknown time (no records)' } as const;

/** `kind: count` pairs of a chat export scan, the kind named in the message's language. */
function scanKindsText(value: unknown, language: Language): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((v) => {
    if (typeof v !== 'string') return v;
    const m = /^([a-z-]+): (\d+)$/.exec(v);
    const label =
      m && Object.hasOwn(KIND_LABELS, m[1]!)
        ? KIND_LABELS[m[1] as keyof typeof KIND_LABELS][language]
        : undefined;
    return label ? `${label}: ${m![2]}` : v;
  });
}

export function renderMessage(template: string, context: RenderContext, language: Language = 'ru'): string {
  const withDates = template.replace(DAYS_AGO, (whole, name: string) => {
    const value = Object.hasOwn(context.facts, name) ? context.facts[name] : undefined;
    return value === undefined || value === null ? UNKNOWN_WHEN[language] : whole;
  });
  return withDates.replace(PLACEHOLDER, (_m, scope: string, name: string) => {
    if (scope === 'subject') {
      if (name === 'label') return show(context.subject.label, language);
      if (name === 'id') return show(context.subject.id, language);
      return '—';
    }
    if (scope === 'platform') {
      const words = context.edition?.platform ?? DEFAULT_PLATFORM;
      return (PLATFORM_WORDS as readonly string[]).includes(name)
        ? words[name as PlatformWord][language]
        : '—';
    }
    if (scope === 'edition') {
      if (name === 'id') return show(context.edition?.id ?? '2024', language);
      if (name === 'title') return show(context.edition?.title[language], language);
      if (name === 'order') {
        const order = context.edition?.orders?.[0]?.[language];
        return (
          order ??
          (language === 'ru'
            ? 'приказ об использовании ИКОП «Сферум» и учебного профиля VK Мессенджер'
            : 'order on the use of Sferum and the VK Messenger educational profile')
        );
      }
      return '—';
    }
    const source = scope === 'facts' ? context.facts : (context.params ?? {});
    const value = Object.hasOwn(source, name) ? source[name] : undefined;
    return show(
      scope === 'facts' && name === 'exportFindingsByKind' ? scanKindsText(value, language) : value,
      language,
    );
  });
}

export interface Placeholder {
  /** The text between the braces, trimmed. */
  raw: string;
  /** Set when the placeholder has the grammar `scope.name`. */
  scope?: 'subject' | 'facts' | 'params' | 'platform' | 'edition';
  name?: string;
}

/** Every `{{…}}` of a template, parsed (the catalog checks that each names a known value). */
export function placeholdersOf(template: string): Placeholder[] {
  const out: Placeholder[] = [];
  for (const m of template.matchAll(/\{\{([^}]*)\}\}/g)) {
    const raw = (m[1] ?? '').trim();
    const parts = /^(subject|facts|params|platform|edition)\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(raw);
    out.push(parts ? { raw, scope: parts[1] as Placeholder['scope'], name: parts[2] as string } : { raw });
  }
  return out;
}
