import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse-config.js';
import type { RuleDefinition } from '../../src/catalog/types.js';

const rule: RuleDefinition = {
  id: 'SFR-2.2-STATISTICS-REPORTS',
  clauses: ['2.2.h'],
  subject: 'school',
  severity: 'medium',
  title: { ru: 't', en: 't' },
  message: { ru: 'm', en: 'm' },
  remediation: { ru: 'r', en: 'r' },
  params: { maxAgeDays: { type: 'number', default: 120, description: { ru: 'd', en: 'd' } } },
  conditions: { all: [] },
};

describe('parseConfig', () => {
  it('reads a full config', () => {
    const text = `# настройки
asOf: 2026-11-30
language: en
failOn: medium
maxWaiverDays: 90
attestationMaxAgeDays: 180
rulePacks: [./rules-nso]
registry: ./registry-nso.yaml
eSchoolSystem: ГИС «Электронная школа НСО»
timeZone: Asia/Novosibirsk
rules:
  SFR-2.2-STATISTICS-REPORTS:
    severity: high
    params: { maxAgeDays: 90 }
  SFR-2.3-PROFILE-SECURED:
    enabled: false
`;
    const r = parseConfig(text, 'cfg.yaml');
    expect(r.diagnostics).toEqual([]);
    expect(r.config).toMatchObject({
      asOf: '2026-11-30',
      language: 'en',
      failOn: 'medium',
      rules: {
        'SFR-2.2-STATISTICS-REPORTS': { severity: 'high', params: { maxAgeDays: 90 } },
        'SFR-2.3-PROFILE-SECURED': { enabled: false },
      },
    });
  });

  it('accepts an empty file as an empty config', () => {
    expect(parseConfig('', 'cfg.yaml')).toEqual({ config: {}, diagnostics: [] });
  });

  it.each([
    ['unknown key', 'lang: ru\n', '/lang', 1, 1],
    ['bad severity', 'rules:\n  X:\n    severity: fatal\n', '/rules/X/severity', 3, 15],
    ['bad failOn', 'failOn: always\n', '/failOn', 1, 9],
    ['asOf format', 'asOf: 30.11.2026\n', '/asOf', 1, 7],
    ['unreal asOf', 'asOf: 2026-02-30\n', '/asOf', 1, 7],
    ['negative horizon', 'maxWaiverDays: -5\n', '/maxWaiverDays', 1, 16],
    ['bad zone', 'timeZone: Mars/Olympus\n', '/timeZone', 1, 11],
  ])('%s → positioned CONFIG_INVALID error', (_name, text, pointer, line, column) => {
    const r = parseConfig(text, 'cfg.yaml');
    expect(r.config).toBeUndefined();
    expect(r.diagnostics[0]).toMatchObject({
      code: 'CONFIG_INVALID',
      severity: 'error',
      file: 'cfg.yaml',
      pointer,
      line,
      column,
    });
    expect(r.diagnostics[0]!.message.ru).not.toBe(r.diagnostics[0]!.message.en);
  });

  it('reports YAML syntax and duplicate keys with positions', () => {
    expect(parseConfig('rules: [\n', 'c.yaml').diagnostics[0]).toMatchObject({
      code: 'YAML_SYNTAX',
      file: 'c.yaml',
    });
    expect(parseConfig('language: ru\nlanguage: en\n', 'c.yaml').diagnostics[0]).toMatchObject({
      code: 'YAML_DUPLICATE_KEY',
      line: 2,
    });
  });

  it('warns on unknown rule ids and parameters, errs on wrong parameter types', () => {
    const text =
      'rules:\n  SFR-NOPE: { enabled: false }\n  SFR-2.2-STATISTICS-REPORTS:\n    params:\n      maxAge: 3\n';
    const r = parseConfig(text, 'c.yaml', { rules: [rule] });
    expect(r.config).toBeDefined();
    expect(r.diagnostics).toMatchObject([
      { code: 'CONFIG_INVALID', severity: 'warning', pointer: '/rules/SFR-NOPE', line: 2 },
      {
        code: 'CONFIG_INVALID',
        severity: 'warning',
        pointer: '/rules/SFR-2.2-STATISTICS-REPORTS/params/maxAge',
        line: 5,
      },
    ]);
    const bad = parseConfig(
      'rules:\n  SFR-2.2-STATISTICS-REPORTS:\n    params: { maxAgeDays: "90" }\n',
      'c.yaml',
      { rules: [rule] },
    );
    expect(bad.config).toBeUndefined();
    expect(bad.diagnostics[0]).toMatchObject({
      severity: 'error',
      pointer: '/rules/SFR-2.2-STATISTICS-REPORTS/params/maxAgeDays',
      line: 3,
    });
  });

  it('refuses a __proto__ rule key', () => {
    const r = parseConfig('rules:\n  __proto__: { enabled: false }\n', 'c.yaml');
    expect(r.config).toBeUndefined();
  });
});

describe('parseConfig safety', () => {
  it('refuses prototype-polluting keys anywhere, with a position', () => {
    const r = parseConfig(
      'rules:\n  SFR-2.6-LINK-ROLE:\n    params:\n      __proto__: { polluted: true }\n',
      'c.yaml',
    );
    expect(r.diagnostics.some((d) => d.code === 'FORBIDDEN_KEY' && d.line === 4)).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('stops a YAML alias bomb', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++)
      lines.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`,
      );
    const r = parseConfig(lines.join('\n'), 'c.yaml');
    expect(r.config).toBeUndefined();
    expect(r.diagnostics.map((d) => d.code)).toContain('YAML_ALIAS_LIMIT');
  });
});

describe('parseConfig default rule check', () => {
  it('checks overrides against the bundled catalog by default, and can skip it', () => {
    const text = 'rules:\n  SFR-2.6-LINK-ROLE: { severity: low }\n  NSO-PACK-RULE: { enabled: false }\n';
    expect(parseConfig(text, 'c.yaml').diagnostics).toMatchObject([
      { severity: 'warning', pointer: '/rules/NSO-PACK-RULE', line: 3 },
    ]);
    expect(parseConfig(text, 'c.yaml', { rules: false }).diagnostics).toEqual([]);
  });
});
