import { describe, expect, it } from 'vitest';
import { formatDiagnostic, type Diagnostic } from '../../src/index.js';

const d: Diagnostic = {
  code: 'SCHEMA_VIOLATION',
  severity: 'error',
  message: { ru: 'неизвестный ключ «delimitr»', en: 'unknown key "delimitr"' },
  hint: { ru: 'переименуйте ключ в «delimiter»', en: 'rename the key to "delimiter"' },
  file: 'school.yaml',
  pointer: '/people/delimitr',
  line: 8,
  column: 3,
};

describe('formatDiagnostic', () => {
  it.each([
    [
      'ru',
      'school.yaml:8:3: ошибка SCHEMA_VIOLATION: неизвестный ключ «delimitr» (/people/delimitr)\n  подсказка: переименуйте ключ в «delimiter»',
    ],
    [
      'en',
      'school.yaml:8:3: error SCHEMA_VIOLATION: unknown key "delimitr" (/people/delimitr)\n  hint: rename the key to "delimiter"',
    ],
  ] as const)('%s', (lang, expected) => {
    expect(formatDiagnostic(d, lang)).toBe(expected);
  });

  it('leaves out what is unknown', () => {
    const bare: Diagnostic = {
      code: 'FILE_EMPTY',
      severity: 'warning',
      message: { ru: 'пусто', en: 'empty' },
    };
    expect(formatDiagnostic(bare, 'ru')).toBe('предупреждение FILE_EMPTY: пусто');
    expect(formatDiagnostic({ ...bare, file: 'a.csv' }, 'en')).toBe('a.csv: warning FILE_EMPTY: empty');
    expect(formatDiagnostic({ ...bare, file: 'a.csv', line: 3 }, 'en')).toBe(
      'a.csv:3: warning FILE_EMPTY: empty',
    );
    expect(formatDiagnostic({ ...bare, pointer: '' }, 'en')).toBe('warning FILE_EMPTY: empty');
  });
});
