import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRulePack } from '../../src/index.js';
import { jsonPathResolver } from '../../src/evaluate/resolve-path.js';
import { repoRoot } from '../cli/run-cli.js';

// Guards: the alias-bomb try/catch in parseRulePack, the ?(…)/(…) lint in checkRule, and
// `eval: false` in jsonPathResolver (also used by the reference engine).
const RULE = 'SFR-1.1-REGULATION-EXISTS';
const base = readFileSync(join(repoRoot, 'rules/1', `${RULE}.yaml`), 'utf8');

describe('untrusted rule packs', () => {
  it('an alias bomb is a positioned diagnostic, not an internal error', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefghij'.split('').map(
        (c, i) =>
          `${c}: &${c} [${Array(9)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(', ')}]`,
      ),
    ].join('\n');
    const pack = parseRulePack([{ path: `${RULE}.yaml`, text: bomb }]);
    expect(pack.rules).toEqual([]);
    expect(pack.diagnostics).toMatchObject([
      { code: 'YAML_ALIAS_LIMIT', severity: 'error', file: `${RULE}.yaml` },
    ]);
  });

  it('a YAML syntax error is a positioned diagnostic', () => {
    const pack = parseRulePack([{ path: `${RULE}.yaml`, text: 'id: [unclosed\n' }]);
    expect(pack.diagnostics[0]).toMatchObject({ code: 'YAML_SYNTAX', file: `${RULE}.yaml` });
    expect(pack.diagnostics[0]?.line).toBeGreaterThan(0);
  });

  it('the lint rejects JSONPath filter and script expressions', () => {
    const withFilter = base.replace(
      /fact: (\w+),/,
      'fact: $1, path: "$[?(@.constructor.constructor(\'return process\')())]",',
    );
    expect(withFilter).not.toBe(base);
    const pack = parseRulePack([{ path: `${RULE}.yaml`, text: withFilter }]);
    expect(pack.diagnostics.map((d) => d.code)).toContain('RULE_INVALID');
    expect(pack.diagnostics.some((d) => /JSONPath/.test(d.message.en))).toBe(true);
  });

  it('jsonpath-plus runs with script evaluation off', () => {
    let ran = false;
    const g = globalThis as { __sferumRan?: () => void };
    g.__sferumRan = () => {
      ran = true;
    };
    try {
      jsonPathResolver('$[?(@.a && globalThis.__sferumRan())]')({ x: { a: 1 } });
    } catch {
      // Refused outright is fine too.
    }
    delete g.__sferumRan;
    expect(ran).toBe(false);
  });
});
