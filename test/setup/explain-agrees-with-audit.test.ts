/**
 * One door, one answer: for every rule of the catalog (and of a rule pack), `explain` reaches the
 * outcome `audit` reached, under random configs that change parameters, severities and switch rules
 * off — the library with the same options, and the CLI with the same config file beside the school.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import {
  audit,
  catalog,
  explain,
  parseRulePack,
  type AuditConfig,
  type AuditInput,
  type RuleDefinition,
  type RuleOverride,
} from '../../src/index.js';
import { loadSchoolFile } from '../../src/node.js';
import { main } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/io.js';

const AS_OF = '2026-11-30';
const SCHOOL = 'examples/school-72/school.yaml';
const PACK = 'test/fixtures/rules/good/X-SCHOOL-NO-REGULATION.yaml';

let input: AuditInput;
let packRules: RuleDefinition[];
let allRules: RuleDefinition[];

beforeAll(async () => {
  const loaded = await loadSchoolFile(SCHOOL);
  input = loaded.input!;
  const pack = parseRulePack([{ path: PACK, text: readFileSync(PACK, 'utf8') }], {
    existingRuleIds: catalog().rules.map((r) => r.id),
  });
  expect(pack.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  packRules = pack.rules;
  allRules = [...catalog().rules, ...packRules];
});

/** A value of the parameter's type, within what the example's data make interesting. */
function paramValue(type: string): fc.Arbitrary<unknown> {
  switch (type) {
    case 'number':
      return fc.oneof(fc.constantFrom(0, 1, 2, 10, 30, 92, 365), fc.integer({ min: 0, max: 400 }));
    case 'boolean':
      return fc.boolean();
    case 'string':
      return fc.constantFrom('', 'Сферум', 'VK Мессенджер', 'ГИС');
    default:
      return fc.array(fc.constantFrom('teacher', 'student', 'parent', 'telegram', 'whatsapp'), {
        maxLength: 3,
      });
  }
}

function overrideFor(rule: RuleDefinition): fc.Arbitrary<RuleOverride> {
  const params = Object.entries(rule.params ?? {});
  return fc.record(
    {
      enabled: fc.constantFrom(true, false, true, true),
      severity: fc.constantFrom('critical', 'high', 'medium', 'low', 'info' as const),
      params: fc.record(Object.fromEntries(params.map(([name, spec]) => [name, paramValue(spec.type)])), {
        requiredKeys: [],
      }),
    },
    { requiredKeys: [] },
  ) as fc.Arbitrary<RuleOverride>;
}

function configArb(): fc.Arbitrary<AuditConfig> {
  return fc
    .subarray(allRules, { maxLength: 8 })
    .chain((rules) => fc.tuple(...rules.map((r) => overrideFor(r).map((o) => [r.id, o] as const))))
    .map((entries) => ({ rules: Object.fromEntries(entries) }));
}

describe('explain agrees with audit', () => {
  it('for every rule and subject of the example school, under random configs with a rule pack', async () => {
    await fc.assert(
      fc.asyncProperty(configArb(), async (config) => {
        const options = { asOf: AS_OF, config, rulePacks: packRules };
        const report = await audit(input, options);
        const fired = new Set(report.findings.map((f) => `${f.ruleId}\u0000${f.subject.id}`));
        // Disagreements are collected and asserted once per config (~3,000 explanations each).
        const disagree: string[] = [];
        for (const rule of allRules) {
          const explanations = await explain(input, rule.id, options);
          const disabled = config.rules?.[rule.id]?.enabled === false;
          for (const e of explanations) {
            const inReport = fired.has(`${rule.id}\u0000${e.subject.id}`);
            if (Boolean(e.disabled) !== disabled)
              disagree.push(`${rule.id}: disabled ${Boolean(e.disabled)}`);
            else if (disabled ? inReport : (e.outcome === 'fires') !== inReport)
              disagree.push(`${rule.id} ${e.subject.id}: explain ${e.outcome}, in the report ${inReport}`);
          }
        }
        expect(disagree).toEqual([]);
        // The report names what the config changed.
        const setup = report.setup!;
        expect(setup.disabledRules.map((d) => d.ruleId).sort()).toEqual(
          Object.entries(config.rules ?? {})
            .filter(([, o]) => o.enabled === false)
            .map(([id]) => id)
            .sort(),
        );
        expect(setup.packRules).toEqual(['X-SCHOOL-NO-REGULATION']);
      }),
      // Each run explains every rule of the catalog (~100 explains); five random configs keep the
      // file under a few seconds and still switch off, retune and keep rules in every run.
      { numRuns: 5, seed: 20261130 },
    );
  }, 600_000);
});

describe('explain agrees with audit through the CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sferum-explain-'));
    cpSync('examples/school-72', join(dir, 'school'), { recursive: true });
    cpSync('test/fixtures/rules/good', join(dir, 'pack'), { recursive: true });
    // The case: a config beside the school changes a parameter, switches a core rule off, adds a pack.
    writeFileSync(
      join(dir, 'school', 'sferum-compliance.config.yaml'),
      stringify({
        rulePacks: ['../pack'],
        rules: {
          'SFR-2.2-STATISTICS-REPORTS': { params: { maxAgeDays: 10 } },
          'SFR-2.FINAL-PROHIBITED-MESSENGER': { enabled: false },
          'X-SCHOOL-NO-REGULATION': { params: { limit: 5 }, severity: 'high' },
        },
      }),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function io() {
    const out: string[] = [];
    const err: string[] = [];
    const value: CliIO = {
      stdout: (t) => out.push(t),
      stderr: (t) => err.push(t),
      stdoutIsTTY: false,
      stderrIsTTY: false,
      env: {},
      cwd: dir,
      writeFile: async () => {},
    };
    return { io: value, out: () => out.join(''), err: () => err.join('') };
  }

  it('explain of every rule gives the verdict audit gave, with the config found beside the school', async () => {
    const school = join(dir, 'school', 'school.yaml');
    const a = io();
    expect(
      await main(['audit', school, '--as-of', AS_OF, '--format', 'json', '--fail-on', 'none'], a.io),
    ).toBe(0);
    const report = JSON.parse(a.out()) as {
      findings: { ruleId: string; subject: { id: string } }[];
      setup: { packRules: string[] };
    };
    expect(report.setup.packRules).toEqual(['X-SCHOOL-NO-REGULATION']);
    const fired = new Set(report.findings.map((f) => `${f.ruleId}\u0000${f.subject.id}`));
    expect(fired.has('SFR-2.2-STATISTICS-REPORTS\u0000school')).toBe(true);
    expect(fired.has('X-SCHOOL-NO-REGULATION\u0000school')).toBe(true);
    expect([...fired].some((k) => k.startsWith('SFR-2.FINAL-PROHIBITED-MESSENGER'))).toBe(false);
    for (const rule of allRules) {
      const e = io();
      expect(
        await main(['explain', rule.id, school, '--as-of', AS_OF, '--format', 'json'], e.io),
        e.err(),
      ).toBe(0);
      for (const x of JSON.parse(e.out()) as {
        subject: { id: string };
        outcome: string;
        disabled?: boolean;
      }[]) {
        const audited = fired.has(`${rule.id}\u0000${x.subject.id}`);
        expect(x.outcome === 'fires' && !x.disabled, `${rule.id} ${x.subject.id}`).toBe(audited);
      }
    }
  }, 600_000);
});
