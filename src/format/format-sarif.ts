import type { Severity } from '../model/vocabulary.js';
import { compareStrings } from '../model/compare-strings.js';
import type { Finding, Report } from '../report/types.js';
import { cleanLine, cleanText } from './clean-text.js';
import { escapeMarkdown } from './escape-markdown.js';
import { labelsFor, type Labels } from './labels.js';
import {
  clausesWithRemarks,
  positiveInt,
  primarySource,
  remarkLines,
  severityRank,
  subjectText,
  visibleFindings,
} from './report-view.js';
import { stableStringify } from '../model/stable-json.js';
import { runSetupProperties } from './run-setup-view.js';
import type { ResolvedFormatOptions } from './types.js';

const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Where SARIF viewers send a reader who wants to know what the tool is. */
const SARIF_INFORMATION_URI = 'https://www.npmjs.com/package/sferum-compliance';
/** Key of the finding's fingerprint in `partialFingerprints`; bump the version if the recipe changes. */
export const SARIF_FINGERPRINT_KEY = 'sferumFindingFingerprint/v1';

export type SarifLevel = 'error' | 'warning' | 'note';

/** critical/high must be fixed (error), medium should be (warning), low/info are advice (note). */
export function sarifLevel(severity: Severity): SarifLevel {
  if (severity === 'critical' || severity === 'high') return 'error';
  if (severity === 'medium') return 'warning';
  return 'note';
}

/** GitHub code scanning buckets: ≥9 critical, 7–8.9 high, 4–6.9 medium, 0.1–3.9 low. */
const SECURITY_SEVERITY: Partial<Record<Severity, string>> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '2.0',
};

const PROBLEM_SEVERITY: Record<SarifLevel, string> = {
  error: 'error',
  warning: 'warning',
  note: 'recommendation',
};

/**
 * A path as a SARIF `uri-reference`: forward slashes, each segment percent-encoded (Cyrillic and
 * spaces are not allowed raw in a URI), absolute paths as `file:` URIs.
 */
export function pathToUri(path: string): string {
  let p = cleanLine(path).replace(/\\/g, '/');
  let prefix = '';
  if (/^[A-Za-z]:\//.test(p)) {
    prefix = `file:///${p.slice(0, 2)}`;
    p = p.slice(2);
  } else if (p.startsWith('/')) {
    prefix = 'file://';
  }
  return (
    prefix +
    p
      .split('/')
      .map((seg) => encodeURIComponent(seg))
      .join('/')
  );
}

function location(
  file: string,
  line?: number,
  column?: number,
  message?: string,
): Record<string, unknown> | undefined {
  const uri = pathToUri(file);
  if (uri === '') return undefined;
  const region: Record<string, number> = {};
  const l = positiveInt(line);
  const c = positiveInt(column);
  if (l !== undefined) {
    region.startLine = l;
    if (c !== undefined) region.startColumn = c;
  }
  return {
    physicalLocation: {
      artifactLocation: { uri },
      ...(l !== undefined ? { region } : {}),
    },
    ...(message ? { message: { text: message } } : {}),
  };
}

function uniq<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/**
 * SARIF 2.1.0 for code-scanning dashboards: one run, a rule descriptor per rule that produced a
 * finding (sorted by id), a result per finding. Location: the finding's first evidence source
 * (file, line, column), else the school file (the report's first input). Waived findings carry an
 * external suppression with the waiver's justification; the finding fingerprint goes to
 * `partialFingerprints`. Keys sorted, like the JSON format, so output is byte-stable.
 */
// long-function: the SARIF log built as one literal, field by field as the SARIF 2.1.0 schema orders them
export function formatSarif(report: Report, opts: ResolvedFormatOptions): string {
  const L = labelsFor(opts.language);
  const findings = visibleFindings(report, opts);
  const schoolFile = report.inputs[0]?.path ?? '';

  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  const ruleIds = [...byRule.keys()].sort(compareStrings);
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i] as const));
  const rules = ruleIds.map((id) => ruleDescriptor(id, byRule.get(id) ?? [], L));

  const results = findings.map((f) => {
    const src = primarySource(f);
    const subject = cleanLine(subjectText(f, L));
    const loc = src
      ? location(src.file, src.line, src.column, subject)
      : schoolFile
        ? location(schoolFile, undefined, undefined, subject)
        : undefined;
    const text = cleanText(f.message) || cleanText(f.title) || cleanLine(f.ruleId) || '—';
    const result: Record<string, unknown> = {
      ruleId: cleanLine(f.ruleId),
      ruleIndex: ruleIndex.get(f.ruleId) ?? -1,
      level: sarifLevel(f.severity),
      kind: 'fail',
      message: { text },
      locations: loc ? [loc] : [],
      partialFingerprints: { [SARIF_FINGERPRINT_KEY]: cleanLine(f.fingerprint) },
      properties: {
        clauses: uniq(f.clauses.map(cleanLine)),
        severity: f.severity,
        subject: {
          type: f.subject.type,
          id: cleanLine(f.subject.id),
          label: cleanLine(f.subject.label),
          ...(f.subject.pointer ? { pointer: cleanLine(f.subject.pointer) } : {}),
        },
        ...(f.note ? { note: cleanText(f.note) } : {}),
        ...(f.waiver
          ? {
              waiver: {
                id: cleanLine(f.waiver.id),
                expires: cleanLine(f.waiver.expires),
                expired: f.waiver.expired,
              },
            }
          : {}),
      },
    };
    if (f.waived) {
      result.suppressions = [
        {
          kind: 'external',
          justification: cleanText(f.waiver?.justification ?? '') || L.words.waivedBy,
          ...(f.waiver
            ? {
                properties: {
                  waiverId: cleanLine(f.waiver.id),
                  approvedBy: cleanLine(f.waiver.approvedBy),
                  approvedAt: cleanLine(f.waiver.approvedAt),
                  expires: cleanLine(f.waiver.expires),
                },
              }
            : {}),
        },
      ];
    }
    return result;
  });

  const notifications = report.diagnostics.map((d) => {
    const msg = opts.language === 'en' ? d.message.en || d.message.ru : d.message.ru || d.message.en;
    const loc = d.file ? location(d.file, d.line, d.column) : undefined;
    return {
      level: d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'note',
      message: { text: cleanText(msg) || cleanLine(d.code) },
      descriptor: { id: cleanLine(d.code) },
      ...(loc ? { locations: [loc] } : {}),
    };
  });

  const version = cleanLine(report.tool.version);
  const driver: Record<string, unknown> = {
    name: cleanLine(report.tool.name) || 'sferum-compliance',
    version,
    informationUri: SARIF_INFORMATION_URI,
    rules,
  };
  if (/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(version))
    driver.semanticVersion = version;

  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        language: opts.language,
        invocations: [
          {
            executionSuccessful: !report.diagnostics.some((d) => d.severity === 'error'),
            toolConfigurationNotifications: notifications,
          },
        ],
        results,
        properties: {
          asOf: cleanLine(report.asOf),
          school: {
            name: cleanLine(report.school.name),
            region: cleanLine(report.school.region),
            municipality: cleanLine(report.school.municipality),
            ...(report.school.id ? { id: cleanLine(report.school.id) } : {}),
          },
          catalog: { version: cleanLine(report.catalog.version), hash: cleanLine(report.catalog.hash) },
          registry: { version: cleanLine(report.registry.version), hash: cleanLine(report.registry.hash) },
          score: report.summary.score,
          ...(report.summary.coverage !== undefined ? { coverage: report.summary.coverage } : {}),
          clauses: report.summary.clauses,
          // Undetermined clauses and clause notes (an expired attestation): not results, since
          // nothing was found, but an auditor must see them.
          clauseRemarks: clausesWithRemarks(report).map((cl) => ({
            clause: cleanLine(cl.id),
            status: cl.status,
            statusText: L.status[cl.status],
            remarks: remarkLines(cl, L).map((line) => cleanText(line)),
          })),
          ...renderRunSetup(report),
        },
      },
    ],
  };
  return `${stableStringify(log, 2)}\n`;
}

function ruleDescriptor(id: string, findings: Finding[], L: Labels): Record<string, unknown> {
  // The rule's most severe finding speaks for it (severity is per rule after overrides anyway).
  const worst = [...findings].sort((a, b) => severityRank(a.severity) - severityRank(b.severity))[0];
  const severity: Severity = worst?.severity ?? 'info';
  const level = sarifLevel(severity);
  const title = cleanLine(worst?.title ?? '') || cleanLine(id);
  const remediation = cleanText(worst?.remediation ?? '');
  const clauses = uniq(findings.flatMap((f) => f.clauses.map(cleanLine))).filter(Boolean);
  const clauseList = clauses.join(', ');
  const securitySeverity = SECURITY_SEVERITY[severity];
  return {
    id: cleanLine(id),
    name: title,
    shortDescription: { text: title },
    fullDescription: { text: clauseList ? `${title} (${L.columns.clauses}: ${clauseList})` : title },
    help: {
      text:
        [
          remediation ? `${L.columns.remediation}: ${remediation}` : '',
          clauseList ? `${L.columns.clauses}: ${clauseList}` : '',
        ]
          .filter(Boolean)
          .join('\n') || title,
      markdown:
        [
          remediation ? `**${escapeMarkdown(L.columns.remediation)}:** ${escapeMarkdown(remediation)}` : '',
          clauseList ? `**${escapeMarkdown(L.columns.clauses)}:** ${escapeMarkdown(clauseList)}` : '',
        ]
          .filter(Boolean)
          .join('\n\n') || escapeMarkdown(title),
    },
    defaultConfiguration: { level },
    properties: {
      clauses,
      tags: uniq(['sferum', 'compliance', ...clauses.map((c) => `clause-${c}`)]),
      precision: 'high',
      'problem.severity': PROBLEM_SEVERITY[level],
      ...(securitySeverity ? { 'security-severity': securitySeverity } : {}),
    },
  };
}

/** The run setup as run properties: the structured record plus the flat `setup.*` names JUnit uses. */
function renderRunSetup(report: Report): Record<string, unknown> {
  if (!report.setup) return {};
  return {
    setup: JSON.parse(
      JSON.stringify(report.setup, (_k, v: unknown) => (typeof v === 'string' ? cleanLine(v) : v)),
    ) as unknown,
    ...Object.fromEntries(runSetupProperties(report.setup).map(([k, v]) => [k, cleanLine(v)])),
  };
}
