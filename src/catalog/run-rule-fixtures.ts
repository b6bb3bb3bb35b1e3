import type { AuditInput, ISODate } from '../model/types.js';
import type { MessengerRegistry } from '../messengers/types.js';
import type { ConditionEngine, CustomOperator } from '../evaluate/types.js';
import type { ExportSummary } from '../normalize/build-index.js';
import { normalize } from '../normalize/normalize.js';
import { evaluatePrepared, prepareRules, unknownFactsFor } from './rule-runner.js';
import type { RuleOutcome } from '../model/vocabulary.js';
import type { RuleDefinition } from './types.js';
import { mergeFixture } from './merge-fixture.js';
import { schoolWorld } from '../editions/school-world.js';

/** One case of a rule's `*.test.yaml`. */
export interface RuleFixtureCase {
  name: string;
  asOf?: ISODate;
  /** Partial AuditInput, deep-merged onto the base (see `mergeFixture`). */
  input?: unknown;
  exportSummaries?: Record<string, ExportSummary>;
  /** Exactly the subjects (of the rule's type) that must fire. */
  fires?: string[];
  passes?: string[];
  notApplicable?: string[];
  /** Subjects whose decision depends on unknown facts (and the rule declares no `unknown:` outcome). */
  undetermined?: string[];
  /** Parameter overrides for this case. */
  params?: Record<string, unknown>;
}

export interface RuleFixtureBase {
  asOf: ISODate;
  input: unknown;
}

export interface RuleFixtureResult {
  name: string;
  ok: boolean;
  /** What did not match, in English (a test or CLI prints it). */
  problems: string[];
  outcomes: Record<string, RuleOutcome>;
  /** Subjects (the rule applying or its applicability unknown) whose decision met unknown facts, with those facts. */
  unknownFacts: Record<string, string[]>;
}

export interface RunRuleFixturesOptions {
  base: RuleFixtureBase;
  engine: ConditionEngine;
  registry: MessengerRegistry;
  operators?: readonly CustomOperator[];
}

/** Builds the AuditInput of a case: the base school with the case's partial input merged on top. */
export function fixtureInput(base: RuleFixtureBase, patch: unknown): AuditInput {
  const merged = mergeFixture(base.input, patch ?? {}) as Partial<AuditInput>;
  return {
    school: merged.school as AuditInput['school'],
    classes: merged.classes ?? [],
    documents: merged.documents ?? [],
    admins: merged.admins ?? [],
    records: {
      chatStrategy: [],
      informationMaterials: [],
      controlReviews: [],
      statisticsReports: [],
      ...(merged.records ?? {}),
    },
    attestations: merged.attestations ?? [],
    people: merged.people ?? [],
    channels: merged.channels ?? [],
    exports: merged.exports ?? [],
    ...(merged.regulation ? { regulation: merged.regulation } : {}),
  };
}

/** Runs every case of a rule's fixture file through normalize and the rule runner. */
export async function runRuleFixtures(
  rule: RuleDefinition,
  cases: readonly RuleFixtureCase[],
  options: RunRuleFixturesOptions,
): Promise<RuleFixtureResult[]> {
  const results: RuleFixtureResult[] = [];
  for (const c of cases) {
    const [prepared] = prepareRules([rule], {
      engine: options.engine,
      ...(c.params ? { params: { [rule.id]: c.params } } : {}),
      ...(options.operators ? { operators: options.operators } : {}),
    });
    const input = fixtureInput(options.base, c.input);
    const asOf = c.asOf ?? options.base.asOf;
    const world = schoolWorld(options.registry, asOf, input.regulation?.edition);
    const subjects = normalize(input, {
      asOf,
      registry: world.registry,
      edition: world.normalizeEdition,
      ...(c.exportSummaries ? { exportSummaries: c.exportSummaries } : {}),
    });
    const outcomes: Record<string, RuleOutcome> = {};
    const unknownFacts: Record<string, string[]> = {};
    for (const subject of subjects.byType[rule.subject]) {
      outcomes[subject.id] = await evaluatePrepared(prepared!, subject);
      const unknown = outcomes[subject.id] === 'not-applicable' ? [] : unknownFactsFor(prepared!, subject);
      if (unknown.length > 0) unknownFacts[subject.id] = unknown;
    }
    const problems: string[] = [];
    const expectOutcome = (ids: readonly string[] | undefined, want: RuleOutcome) => {
      for (const id of ids ?? []) {
        const got = outcomes[id];
        if (got === undefined) problems.push(`no ${rule.subject} subject "${id}" in the case's input`);
        else if (got !== want) problems.push(`${id}: expected ${want}, got ${got}`);
      }
    };
    expectOutcome(c.fires, 'fires');
    expectOutcome(c.passes, 'passes');
    expectOutcome(c.notApplicable, 'not-applicable');
    expectOutcome(c.undetermined, 'undetermined');
    const expected = new Set(c.fires ?? []);
    const expectedUnknown = new Set(c.undetermined ?? []);
    for (const [id, outcome] of Object.entries(outcomes)) {
      if (outcome === 'fires' && !expected.has(id))
        problems.push(`${id}: fires but the case does not list it in fires`);
      // Unknown must be stated, as firing is: a fixture shows what the rule concludes from missing data.
      if (outcome === 'undetermined' && !expectedUnknown.has(id)) {
        problems.push(`${id}: undetermined but the case does not list it in undetermined`);
      }
    }
    results.push({ name: c.name, ok: problems.length === 0, problems, outcomes, unknownFacts });
  }
  return results;
}
