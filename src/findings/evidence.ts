import type { RuleDefinition } from '../catalog/types.js';
import type { Condition } from '../evaluate/types.js';
import type { AuditInput } from '../model/types.js';
import type { Subject } from '../normalize/types.js';
import { maskValue } from '../privacy/mask.js';
import type { Evidence } from '../report/types.js';

const PARAMS_FACT = 'params';
// Facts are derived without raw personal data, but a rule pack could expose one: mask by name.
const PERSONAL = /phone|e-?mail|passport|snils/i;

function collect(condition: Condition | undefined, out: string[]): void {
  if (!condition || typeof condition !== 'object') return;
  if ('all' in condition && Array.isArray(condition.all)) for (const c of condition.all) collect(c, out);
  else if ('any' in condition && Array.isArray(condition.any)) for (const c of condition.any) collect(c, out);
  else if ('not' in condition) collect(condition.not, out);
  else if ('fact' in condition && typeof condition.fact === 'string') {
    out.push(condition.fact);
    const v = condition.value as { fact?: unknown } | null;
    if (v && typeof v === 'object' && typeof v.fact === 'string') out.push(v.fact);
  }
}

/** The facts a rule's finding shows: its declared `evidence`, else what its conditions read. */
export function evidenceFacts(rule: RuleDefinition): string[] {
  if (rule.evidence && rule.evidence.length > 0) return [...new Set(rule.evidence)];
  const read: string[] = [];
  collect(rule.when, read);
  collect(rule.conditions, read);
  return [...new Set(read)].filter((f) => f !== PARAMS_FACT);
}

function maskDeep(value: unknown): unknown {
  if (typeof value === 'string') return maskValue(value);
  if (Array.isArray(value)) return value.map(maskDeep);
  return value;
}

export function buildEvidence(rule: RuleDefinition, subject: Subject, input: AuditInput): Evidence[] {
  return evidenceFacts(rule).map((fact) => {
    const raw = Object.hasOwn(subject.facts, fact) ? subject.facts[fact] : undefined;
    const value = PERSONAL.test(fact) ? maskDeep(raw) : raw;
    const location =
      subject.sources?.[fact] ??
      (subject.pointer !== undefined ? input.sources?.locate(subject.pointer) : undefined);
    const evidence: Evidence = { fact, value: value === undefined ? null : value };
    if (location) {
      evidence.source = {
        file: location.file,
        line: location.line,
        column: location.column,
        ...(subject.pointer !== undefined ? { pointer: subject.pointer } : {}),
      };
    }
    return evidence;
  });
}
