import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonError } from '../../src/load/find-json-error.js';
import { parseSchoolDocument } from '../../src/index.js';

describe('findJsonError', () => {
  it.each([
    ['{"a": 1,}', 8, "expected a double-quoted key, found '}' (trailing comma?)"],
    ['[1, 2,]', 6, "expected a value, found ']' (trailing comma?)"],
    ['{"a" 1}', 5, "expected ':' after the key, found '1'"],
    ["{'a': 1}", 1, "expected a double-quoted key, found '''"],
    ['{"a": tru}', 6, "expected a value, found 't'"],
    ['{"a": "x', 6, 'unterminated string'],
    ['{"a": "\\q"}', 7, 'invalid escape sequence'],
    ['{"a": 1} x', 9, "unexpected text after the end of the document: 'x'"],
    ['{"a": [1, 2}', 11, "expected ',' or ']', found '}'"],
    ['{"a": 1', 7, 'unexpected end of the file'],
    ['', 0, 'unexpected end of the file'],
  ])('%s → offset %i', (text, offset, en) => {
    expect(findJsonError(text)).toMatchObject({ offset, message: { en } });
  });

  it('finds no error wherever JSON.parse succeeds', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2), (value, indent) => {
        expect(findJsonError(JSON.stringify(value, null, indent))).toBeUndefined();
      }),
    );
  });

  it('copes with very deep nesting without recursion', () => {
    expect(findJsonError('['.repeat(200_000))).toMatchObject({ offset: 200_000 });
  });

  it('gives JSON_SYNTAX the line and column of the offset', () => {
    const r = parseSchoolDocument('{\n  "school": {\n    "name": "x",\n  }\n}\n', 'school.json');
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['JSON_SYNTAX', 4, 3]]);
    expect(r.value).toBeUndefined();
  });

  it('detects JSON by content when the extension says nothing', () => {
    expect(parseSchoolDocument('{"school": {"name": "x",}}', 'school.txt').diagnostics[0]?.code).toBe(
      'JSON_SYNTAX',
    );
    expect(parseSchoolDocument('school: {name: x,}', 'school.txt').format).toBe('yaml');
  });

  it('reports repeated keys in JSON that JSON.parse would silently accept', () => {
    const r = parseSchoolDocument('{"school": {"name": "a", "name": "b"}}', 'school.json');
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['YAML_DUPLICATE_KEY', 1, 26]]);
  });
});
