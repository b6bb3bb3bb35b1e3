import type { ValidateFunction } from 'ajv';
import { catalog } from '../catalog/index.js';
import type { RuleDefinition } from '../catalog/types.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { isIsoDate } from '../model/iso-date.js';
import * as generated from './config-validator.generated.js';
import { checkRuleOverrides } from './check-rule-overrides.js';
import { readYaml } from './read-yaml.js';
import { schemaErrorsToDiagnostics } from '../validate/schema-diagnostics.js';
import type { AuditConfig } from './types.js';
import { append } from '../util/append.js';

/** schemas/config.schema.json, compiled at build time (scripts/gen-validators.mjs). */
function validator(): ValidateFunction {
  return generated.config as unknown as ValidateFunction;
}

export interface ParseConfigOptions {
  /**
   * Rules the overrides may name (base catalog plus packs); default: the bundled catalog's rules.
   * `false` skips the check (e.g. before the rule packs are loaded).
   */
  rules?: readonly RuleDefinition[] | false;
}

/**
 * Parses `sferum-compliance.config.yaml`. Problems come back as positioned `CONFIG_INVALID`
 * diagnostics; `config` is absent when any of them is an error.
 */
export function parseConfig(
  text: string,
  file: string,
  options: ParseConfigOptions = {},
): { config?: AuditConfig; diagnostics: Diagnostic[] } {
  const doc = readYaml(text, file);
  if (doc.diagnostics.length > 0) return { diagnostics: doc.diagnostics };
  const value = doc.value ?? {};
  const diagnostics: Diagnostic[] = [];
  const positioned = (d: Diagnostic): Diagnostic => {
    const pos = d.pointer !== undefined ? doc.locate(d.pointer) : undefined;
    return { ...d, file, ...(pos ? { line: pos.line, column: pos.column } : {}) };
  };
  const validate = validator();
  if (!validate(value)) {
    append(
      diagnostics,
      schemaErrorsToDiagnostics(validate.errors ?? [], {
        code: 'CONFIG_INVALID',
        file,
        locate: doc.locate,
        locateKey: doc.locateKey,
        data: value,
        subject: { ru: 'Настройки', en: 'Config' },
        missing: 'parent',
      }),
    );
    return { diagnostics };
  }
  const config = value as AuditConfig;
  if (config.asOf !== undefined && !isIsoDate(config.asOf)) {
    diagnostics.push(
      positioned({
        code: 'CONFIG_INVALID',
        severity: 'error',
        message: {
          ru: `Дата asOf «${config.asOf}» не существует`,
          en: `asOf "${config.asOf}" is not a real date`,
        },
        pointer: '/asOf',
      }),
    );
  }
  if (config.timeZone !== undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: config.timeZone });
    } catch {
      diagnostics.push(
        positioned({
          code: 'CONFIG_INVALID',
          severity: 'error',
          message: {
            ru: `Неизвестный часовой пояс «${config.timeZone}»`,
            en: `Unknown time zone "${config.timeZone}"`,
          },
          hint: {
            ru: 'Пример: Europe/Moscow, Asia/Novosibirsk.',
            en: 'E.g. Europe/Moscow, Asia/Novosibirsk.',
          },
          pointer: '/timeZone',
        }),
      );
    }
  }
  const rules = options.rules ?? catalog().rules;
  if (rules) append(diagnostics, checkRuleOverrides(config, rules, file).map(positioned));
  return diagnostics.some((d) => d.severity === 'error') ? { diagnostics } : { config, diagnostics };
}
