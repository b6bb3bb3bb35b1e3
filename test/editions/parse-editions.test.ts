import { describe, expect, it } from 'vitest';
import { parseEditions } from '../../src/editions/parse-editions.js';

describe('parseEditions: schema problems through the one converter', () => {
  it('reports every problem, positioned, not only the first', () => {
    const { editions, diagnostics } = parseEditions('editions:\n  - id: 1\n    foo: 2\n', 'e.yaml');
    expect(editions).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.pointer, d.line, d.column])).toEqual([
      ['EDITION_INVALID', '', 1, 1],
      ['EDITION_INVALID', '/editions/0', 2, 5],
      ['EDITION_INVALID', '/editions/0/foo', 3, 5],
      ['EDITION_INVALID', '/editions/0/id', 2, 9],
    ]);
    expect(diagnostics[3]!.message).toEqual({
      ru: 'Файл редакций: /editions/0/id: должно быть строкой (string), а здесь число',
      en: 'Editions file: /editions/0/id: must be a string, got a number',
    });
  });

  it('reports unreadable YAML and repeated keys at their place, without throwing', () => {
    const { diagnostics } = parseEditions('editions: [\n', 'e.yaml');
    expect(diagnostics[0]).toMatchObject({ code: 'YAML_SYNTAX', file: 'e.yaml', line: 2 });
    expect(diagnostics[0]!.message.en).toMatch(/^Editions file: YAML syntax error: /);
    expect(parseEditions('version: a\nversion: b\n', 'e.yaml').diagnostics[0]).toMatchObject({
      code: 'YAML_DUPLICATE_KEY',
      line: 2,
      message: { en: 'Editions file: the key "version" is repeated' },
    });
  });
});
