import { explain } from '../audit/explain.js';
import { catalog as builtinCatalog } from '../catalog/index.js';
import type { AuditConfig } from '../config/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Explanation } from '../report/types.js';
import { closestIds } from '../validate/suggest-key.js';
import { prepareFiles, type AuditFilesOptions } from './audit-files.js';

export interface ExplainFilesOptions extends AuditFilesOptions {
  /** Only this subject; every subject of the rule's type when absent. */
  subjectId?: string;
}

export interface ExplainFilesResult {
  /** Absent when the inputs have errors or the rule or subject is unknown. */
  explanations?: Explanation[];
  diagnostics: Diagnostic[];
  /** The rule or subject asked for does not exist; `closest` are the nearest known ids. */
  unknown?: { kind: 'rule' | 'subject'; id: string; closest: string[] };
  config?: AuditConfig;
}

/**
 * Explains a rule for a school on disk with exactly the setup `auditFiles` would use — the same
 * config (given or beside the school), rule packs, registry overlays, waivers and chat exports —
 * so the outcome is the audit's. Never throws for bad input.
 */
export async function explainFiles(
  schoolPath: string,
  ruleId: string,
  options: ExplainFilesOptions = {},
): Promise<ExplainFilesResult> {
  const { subjectId, ...fileOptions } = options;
  const prepared = await prepareFiles(schoolPath, fileOptions);
  const config = prepared.config ? { config: prepared.config } : {};
  if (!prepared.input || !prepared.auditOptions) return { diagnostics: prepared.diagnostics, ...config };
  const ruleIds = [...builtinCatalog().rules, ...(prepared.auditOptions.rulePacks ?? [])].map((r) => r.id);
  if (!ruleIds.includes(ruleId)) {
    return {
      diagnostics: prepared.diagnostics,
      unknown: { kind: 'rule', id: ruleId, closest: closestIds(ruleId, ruleIds) },
      ...config,
    };
  }
  const all = await explain(prepared.input, ruleId, prepared.auditOptions);
  if (subjectId === undefined) return { explanations: all, diagnostics: prepared.diagnostics, ...config };
  const explanations = all.filter((e) => e.subject.id === subjectId);
  if (explanations.length === 0) {
    const ids = all.map((e) => e.subject.id);
    return {
      diagnostics: prepared.diagnostics,
      unknown: { kind: 'subject', id: subjectId, closest: closestIds(subjectId, ids) },
      ...config,
    };
  }
  return { explanations, diagnostics: prepared.diagnostics, ...config };
}
