import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { schemaErrorsToDiagnostics } from '../../src/validate/schema-diagnostics.js';

// A small schema compiled here without `verbose`, as the config, waiver and registry validators are.
const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'date', 'kind'],
  properties: {
    name: { type: 'string', pattern: '\\S' },
    date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
    kind: { enum: ['a', 'b'] },
    code: { type: 'string', pattern: '^[A-Z]+$' },
    on: { type: 'boolean' },
  },
};
const plain = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const verbose = new Ajv2020({ allErrors: true, strict: false, verbose: true }).compile(schema);

function errorsOf(validate: ValidateFunction, data: unknown) {
  expect(validate(data)).toBe(false);
  return validate.errors ?? [];
}

describe('schemaErrorsToDiagnostics: one converter, options for each document', () => {
  it('points a missing property at itself by default, at its parent with every missing name in one message', () => {
    const errors = errorsOf(plain, { kind: 'a' });
    expect(schemaErrorsToDiagnostics(errors).map((d) => d.pointer)).toEqual(['/name', '/date']);
    const grouped = schemaErrorsToDiagnostics(errors, { missing: 'parent', code: 'CONFIG_INVALID' });
    expect(grouped).toHaveLength(1);
    expect(grouped[0]).toMatchObject({
      code: 'CONFIG_INVALID',
      pointer: '',
      message: {
        ru: 'нет обязательных полей: «name», «date»',
        en: 'missing required properties: "name", "date"',
      },
    });
  });

  it('names the document and the place when given a subject', () => {
    const [d] = schemaErrorsToDiagnostics(errorsOf(plain, { name: 'x', date: '2026-01-01', kind: 'c' }), {
      subject: { ru: 'Настройки', en: 'Config' },
    });
    expect(d!.message.en).toBe('Config: /kind: must be equal to one of the allowed values: a, b');
    expect(d!.message.ru).toMatch(/^Настройки: \/kind: .*: a, b$/);
  });

  it('says what was found from `data` when ajv ran without verbose, as it does with it', () => {
    const value = { name: 'x', date: '2026-01-01', kind: 'a', on: 'да' };
    const expected = 'must be a boolean, true or false, got a string';
    expect(schemaErrorsToDiagnostics(errorsOf(plain, value))[0]!.message.en).toBe(
      'must be a boolean, true or false',
    );
    expect(schemaErrorsToDiagnostics(errorsOf(plain, value), { data: value })[0]!.message.en).toBe(expected);
    expect(schemaErrorsToDiagnostics(errorsOf(verbose, value))[0]!.message.en).toBe(expected);
  });

  it('words blank and date patterns by their meaning, and offers the ISO spelling of a dotted date', () => {
    const value = { name: ' ', date: '30.08.2024', kind: 'a', code: 'x' };
    const found = schemaErrorsToDiagnostics(errorsOf(plain, value), { data: value });
    expect(found.map((d) => [d.pointer, d.message.en])).toEqual([
      ['/name', 'must not be blank'],
      ['/date', 'must be a date in the format YYYY-MM-DD (e.g. 2024-08-30)'],
      ['/code', 'must match pattern "^[A-Z]+$"'],
    ]);
    expect(found[1]!.hint?.en).toBe('write 2024-08-30');
  });

  it('lets the caller explain an error in its own words, with its default hint where none is given', () => {
    const value = { name: 'x', date: '2026-01-01', kind: 'a', code: 'x' };
    const [d] = schemaErrorsToDiagnostics(errorsOf(plain, value), {
      explain: (e) =>
        e.keyword === 'pattern'
          ? { message: { ru: 'латиница в верхнем регистре', en: 'upper-case Latin' } }
          : undefined,
      hint: { ru: 'см. схему', en: 'see the schema' },
    });
    expect(d).toMatchObject({ message: { en: 'upper-case Latin' }, hint: { en: 'see the schema' } });
  });

  it('positions values with locate, unknown keys with locateKey, and suggests a known key (verbose)', () => {
    const value = { name: 'x', date: '2026-01-01', kind: 'a', kinf: 'y' };
    const found = schemaErrorsToDiagnostics(errorsOf(verbose, value), {
      file: 'f.yaml',
      locate: (p) => ({ line: 1, column: p.length }),
      locateKey: (p) => (p === '/kinf' ? { line: 7, column: 3, file: 'other.yaml' } : undefined),
    });
    expect(found[0]).toMatchObject({
      file: 'other.yaml',
      pointer: '/kinf',
      line: 7,
      column: 3,
      message: { en: 'unknown key "kinf"; did you mean "kind"?' },
    });
  });

  it('drops a oneOf summary when a more precise error stands under it, and repeated messages', () => {
    const union = new Ajv2020({ allErrors: true, strict: false }).compile({
      oneOf: [
        { type: 'object', required: ['a'] },
        { type: 'string', minLength: 1 },
      ],
    });
    const found = schemaErrorsToDiagnostics(errorsOf(union, {}));
    expect(found.map((d) => d.message.en)).toEqual(['missing required property "a"', 'must be a string']);
    const flat = schemaErrorsToDiagnostics(errorsOf(union, 5));
    expect(flat.map((d) => d.message.en)).toEqual(['must be an object with keys', 'must be a string']);
  });
});
