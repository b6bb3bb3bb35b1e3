/**
 * The rule grammar is json-rules-engine's; these types mirror its `TopLevelCondition` so that rule
 * files need no translation, and both engines (compiled and reference) take the same trees.
 */
export interface LeafCondition {
  fact: string;
  operator: string;
  /** A literal, or `{ fact, path?, params? }` to compare with another fact. */
  value: unknown;
  /** JSONPath into the fact's value (json-rules-engine resolves it with jsonpath-plus). */
  path?: string;
  params?: Record<string, unknown>;
  priority?: number;
  name?: string;
}

export interface AllCondition {
  all: Condition[];
  name?: string;
  priority?: number;
}
export interface AnyCondition {
  any: Condition[];
  name?: string;
  priority?: number;
}
export interface NotCondition {
  not: Condition;
  name?: string;
  priority?: number;
}
/** A reference to a shared condition registered by name. */
export interface ConditionReference {
  condition: string;
  name?: string;
  priority?: number;
}

export type TopLevelCondition = AllCondition | AnyCondition | NotCondition | ConditionReference;
export type Condition = LeafCondition | TopLevelCondition;

/** One subject's facts: plain data, keyed by fact name. */
export type Facts = Readonly<Record<string, unknown>>;

/** A custom operator, with json-rules-engine's signature and validator. */
export interface CustomOperator {
  name: string;
  /** `(factValue, jsonValue) => boolean`, exactly as json-rules-engine calls it. */
  evaluate: (factValue: any, jsonValue: any) => boolean;
  /** json-rules-engine skips the operator (result false) when this returns false. */
  validator?: (factValue: any) => boolean;
  /**
   * The rule's `value` is a regular expression the operator runs. Such an operator is guarded
   * (`guardPatternOperator`): run only with a pattern free of nested quantifiers and on at most
   * `MAX_PATTERN_INPUT` characters; `parseRulePack` checks the patterns of the operators named in
   * `patternOperators` when a pack loads.
   */
  pattern?: boolean;
}

export interface CompileOptions {
  operators?: readonly CustomOperator[];
  /** Shared conditions that `{ condition: name }` references resolve to. */
  sharedConditions?: Readonly<Record<string, TopLevelCondition>>;
}

/** A condition compiled once, evaluated many times. */
export type CompiledCondition = (facts: Facts) => boolean | Promise<boolean>;

export type EngineName = 'compiled' | 'reference';

export interface ConditionEngine {
  readonly name: EngineName;
  compile(condition: TopLevelCondition, options?: CompileOptions): CompiledCondition;
}

/** One node of an explanation: what each condition saw and whether it held. */
export interface ExplainNode {
  kind: 'all' | 'any' | 'not' | 'condition' | 'leaf';
  /** `true`/`false` when evaluated; `'not-evaluated'` when short-circuiting skipped it. */
  result: boolean | 'not-evaluated';
  fact?: string;
  path?: string;
  operator?: string;
  /** The fact's value (after `path`), when evaluated. */
  factValue?: unknown;
  /** The expected value (resolved when it referenced another fact). */
  value?: unknown;
  children?: ExplainNode[];
  /** For `value: { fact, path? }`: the fact the expected value was read from. */
  valueFact?: { fact: string; path?: string };
  /** For `kind: 'condition'`: the shared condition's name (its tree is the only child). */
  condition?: string;
  /** The condition's `name` and `priority`, when it has them. */
  name?: string;
  priority?: unknown;
  /**
   * When an operator returned a non-boolean: its raw result (json-rules-engine counts it as
   * passing only under `not` and as a lone top-level child, where truthiness is used).
   */
  rawResult?: unknown;
}
