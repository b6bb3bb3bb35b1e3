import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { catalog as builtinCatalog } from '../catalog/index.js';
import { describeRunSetup } from '../config/run-setup.js';
import { applyWaivers } from '../waivers/apply-waivers.js';
import { checkWaivers } from '../waivers/check-waivers.js';
import type { AuditInput } from '../model/types.js';
import { sortFindings } from '../report/sort-findings.js';
import { REPORT_SCHEMA_VERSION, TOOL } from '../report/tool-info.js';
import type { Finding, Report } from '../report/types.js';
import { buildFinding } from '../findings/build-finding.js';
import { computeClauseResults } from './clause-results.js';
import { prepareAudit } from './prepare-audit.js';
import type { RuleStat } from './rule-stats.js';
import { runRules } from './run-rules.js';
import { summarize } from './summarize.js';
import type { AuditOptions } from './types.js';

function dedupe(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    // The same problem found twice (config checked when parsed and again here) is shown once,
    // the first — positioned — copy kept.
    const key = `${d.code}\u0000${d.pointer ?? ''}\u0000${d.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Audits a loaded school against every clause: evaluates every enabled rule over every subject
 * of its type, applies waivers, decides each clause and scores the result. Pure: no file system,
 * no clock unless `asOf` is left out; the same input and options give a byte-identical
 * `JSON.stringify(report)`.
 */
// long-function: the audit in stage order (setup, rules, findings, waivers, clauses, summary); each step is a call, the length is the report literal
export async function audit(input: AuditInput, options: AuditOptions = {}): Promise<Report> {
  const ctx = prepareAudit(input, options);
  const runs = await runRules(ctx, {
    ...(options.operators ? { operators: options.operators } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });

  const raw: Finding[] = [];
  for (const run of runs) {
    for (const subject of run.fired)
      raw.push(buildFinding(run.rule, subject, ctx.input, ctx.language, ctx.edition));
  }
  const checked = checkWaivers(options.waivers ?? [], { maxWaiverDays: ctx.maxWaiverDays });
  // Most schools have no waivers: their findings (built just above, never shared) are the result
  // as they are, with no copy of each made to mark it not waived.
  const waived =
    checked.valid.length === 0 && !options.ignoreWaivers
      ? { findings: raw, unused: [], expired: [], diagnostics: [] }
      : applyWaivers(raw, checked.valid, {
          asOf: ctx.asOf,
          language: ctx.language,
          ignore: options.ignoreWaivers ?? false,
        });
  const findings = sortFindings(
    waived.findings,
    ctx.catalog.clauses.map((c) => c.id),
  );

  const stats = new Map<string, RuleStat>();
  for (const run of runs) {
    const stat: RuleStat = {
      ruleId: run.rule.rule.id,
      severity: run.rule.rule.severity,
      evaluated: run.evaluated,
      applicable: run.applicable,
      failed: 0,
      waived: 0,
    };
    if (run.undetermined > 0) {
      stat.undetermined = run.undetermined;
      stat.unknownFacts = run.unknownFacts;
    }
    stats.set(run.rule.rule.id, stat);
  }
  for (const f of findings) {
    const s = stats.get(f.ruleId);
    if (!s) continue;
    if (f.waived) s.waived += 1;
    else s.failed += 1;
  }
  const clauses = computeClauseResults({
    clauses: ctx.catalog.clauses,
    rules: ctx.catalog.rules,
    stats,
    attestations: ctx.input.attestations ?? [],
    asOf: ctx.asOf,
    attestationMaxAgeDays: ctx.attestationMaxAgeDays,
    language: ctx.language,
    ...(ctx.subjects.byType.school[0] ? { schoolFacts: ctx.subjects.byType.school[0].facts } : {}),
    // Only an input read from files can be located; its positions are looked up when read.
    ...(ctx.input.sources
      ? {
          locateAttestation: (i: number) => {
            const pointer = `/attestations/${i}`;
            const at = ctx.input.sources?.locate(pointer);
            return at ? { ...at, pointer } : undefined;
          },
        }
      : {}),
  });
  const summary = summarize(findings, clauses, ctx.subjects, stats);

  const inputs: { path: string; sha256: string }[] = [];
  const seenInputs = new Set<string>();
  for (const f of [...(ctx.input.sources?.files ?? []), ...(options.inputFiles ?? [])]) {
    if (seenInputs.has(f.path)) continue;
    seenInputs.add(f.path);
    inputs.push({ path: f.path, sha256: f.sha256 });
  }
  const { school } = ctx.input;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL.name, version: TOOL.version },
    catalog: { version: ctx.catalog.version, hash: ctx.catalog.hash },
    registry: {
      version: ctx.registry.version,
      source: ctx.registry.source,
      hash: ctx.registry.hash,
      ...(ctx.registry.newestEntry !== undefined ? { newestEntry: ctx.registry.newestEntry } : {}),
      overlays: ctx.registryOverlays.map((o) => ({ path: o.path, sha256: o.sha256 })),
    },
    edition: {
      id: ctx.edition.id,
      title: ctx.edition.title[ctx.language],
      declared: ctx.editionDeclared,
      source: { ...ctx.edition.source },
    },
    asOf: ctx.asOf,
    ...(options.generatedAt !== undefined ? { generatedAt: options.generatedAt } : {}),
    language: ctx.language,
    engine: ctx.engine,
    school: {
      ...(school.id !== undefined ? { id: school.id } : {}),
      name: school.name,
      region: school.region,
      municipality: school.municipality,
    },
    inputs,
    setup: describeRunSetup({
      rules: ctx.catalog.rules,
      coreRuleIds: builtinCatalog().rules.map((r) => r.id),
      packRules: options.rulePacks,
      config: options.config,
      files: options.setupFiles,
      waiversIgnored: Boolean(options.ignoreWaivers) && (options.waivers?.length ?? 0) > 0,
    }),
    summary,
    clauses,
    findings,
    waivers: {
      unused: waived.unused,
      expired: waived.expired,
      ...(options.ignoreWaivers ? { ignored: true } : {}),
    },
    diagnostics: dedupe([
      ...(options.diagnostics ?? []),
      ...ctx.diagnostics,
      ...checked.diagnostics,
      ...waived.diagnostics,
    ]),
  };
}
