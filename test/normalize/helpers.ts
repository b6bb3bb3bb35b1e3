import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { fixtureInput, type RuleFixtureBase } from '../../src/catalog/index.js';
import { defaultRegistry } from '../../src/messengers/index.js';
import { normalize, type ExportSummary } from '../../src/normalize/index.js';
import type { Subject, Subjects } from '../../src/normalize/types.js';
import type { SubjectType } from '../../src/model/vocabulary.js';
import type { AuditInput } from '../../src/model/types.js';

export const base = parse(
  readFileSync(join(__dirname, '../../rules/_fixtures/base.yaml'), 'utf8'),
) as RuleFixtureBase;
export const registry = defaultRegistry();

/** The compliant base school with a partial input merged on top (the rule fixtures' semantics). */
export function school(patch: unknown = {}): AuditInput {
  return fixtureInput(base, patch);
}

export function run(
  input: AuditInput,
  asOf = base.asOf,
  exportSummaries?: Record<string, ExportSummary>,
): Subjects {
  return normalize(input, { asOf, registry, ...(exportSummaries ? { exportSummaries } : {}) });
}

export function subject(subjects: Subjects, type: SubjectType, id: string): Subject {
  const s = subjects.byType[type].find((x) => x.id === id);
  if (!s) throw new Error(`no ${type} ${id}`);
  return s;
}

export function facts(patch: unknown, type: SubjectType, id: string, asOf?: string): Record<string, unknown> {
  return subject(run(school(patch), asOf), type, id).facts as Record<string, unknown>;
}
