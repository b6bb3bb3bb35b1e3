import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateSchool } from '../../bench/generate-region.js';
import { parseSchoolDocument, parseSchoolDocumentWithYaml } from '../../src/load/parse-school-document.js';
import { indexJson, isPlainJson } from '../../src/load/scan-json.js';
import { joinPointer } from '../../src/diagnostics/json-pointer.js';
import { expectEqual } from '../expect-equal.js';

/** Every pointer of a value, plus a missing child of each container (the "nearest place" fallback). */
function pointersOf(value: unknown, at = '', out: string[] = []): string[] {
  out.push(at);
  if (Array.isArray(value)) {
    value.forEach((v, i) => pointersOf(v, joinPointer(at, i), out));
    out.push(joinPointer(at, value.length), `${at}/01`, `${at}/x`);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) pointersOf(v, joinPointer(at, k), out);
    out.push(joinPointer(at, 'no such key'), `${at}/0`);
  }
  return out;
}

/** Both paths give the same value, diagnostics and positions (value and key) for every pointer. */
function expectSameAsYaml(text: string, file = 'school.json', options: { maxDepth?: number } = {}): void {
  const fast = parseSchoolDocument(text, file, options);
  const slow = parseSchoolDocumentWithYaml(text, file, options);
  expectEqual(fast.format, slow.format);
  expectEqual(fast.diagnostics, slow.diagnostics);
  expectEqual(fast.value, slow.value);
  if (slow.value === undefined) return;
  const pointers = pointersOf(slow.value);
  expectEqual(pointers.map(fast.locate), pointers.map(slow.locate));
  expectEqual(pointers.map(fast.locateKey), pointers.map(slow.locateKey));
}

type Tree = { raw: string } | { list: Tree[] } | { pairs: [string, Tree][] };

const LITERALS = [
  '0',
  '-0',
  '7',
  '11',
  '1.10',
  '1E5',
  '-2.5e-3',
  '12345678901234567890',
  '1e400',
  'true',
  'false',
  'null',
];
const keyArb = fc.oneof(
  fc.constantFrom(
    'id',
    'class',
    'name',
    'school',
    'people',
    'a~b',
    'a/b',
    '',
    ' ',
    '0',
    '1',
    'é',
    'ключ',
    'a"b',
    'a\\b',
    '\u2028',
  ),
  fc.string({ maxLength: 6 }),
);
const scalarArb = fc.oneof(
  fc.constantFrom(...LITERALS).map((raw) => ({ raw })),
  fc.string({ maxLength: 8, unit: 'grapheme' }).map((s) => ({ raw: JSON.stringify(s) })),
  fc
    .constantFrom('"\\u0041\\/\\n"', '"\\uD83D\\uDE00"', '"#not a comment"', '"- x"', '"a: b"')
    .map((raw) => ({ raw })),
);
const treeArb: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalarArb,
    fc.array(tie('tree'), { maxLength: 4 }).map((list) => ({ list })),
    fc.array(fc.tuple(keyArb, tie('tree')), { maxLength: 4 }).map((pairs) => ({ pairs })),
  ),
})).tree;
const rootArb = fc.oneof(
  fc.array(fc.tuple(keyArb, treeArb), { maxLength: 5 }).map((pairs): Tree => ({ pairs })),
  fc.array(treeArb, { maxLength: 4 }).map((list): Tree => ({ list })),
);
const WS = ['', ' ', '  ', '\t', '\n', '\r\n', '\n    ', '\n\t'];

/** Serialises with whitespace picked from `ws` between tokens; pairs may repeat keys. */
function write(tree: Tree, ws: () => string): string {
  if ('raw' in tree) return tree.raw;
  if ('list' in tree)
    return `[${tree.list.map((t) => `${ws()}${write(t, ws)}${ws()}`).join(',')}${tree.list.length === 0 ? ws() : ''}]`;
  const members = tree.pairs.map(
    ([k, v]) => `${ws()}${JSON.stringify(k)}${ws()}:${ws()}${write(v, ws)}${ws()}`,
  );
  return `{${members.join(',')}${members.length === 0 ? ws() : ''}}`;
}

const jsonTextArb = fc
  .tuple(
    rootArb,
    fc.array(fc.constantFrom(...WS), { minLength: 1, maxLength: 8 }),
    fc.constantFrom('', '\n', ' \r\n'),
  )
  .map(([tree, spaces, tail]) => {
    let i = 0;
    return write(tree, () => spaces[i++ % spaces.length] as string) + tail;
  });

describe('JSON fast path', () => {
  it('gives the YAML path’s value, diagnostics and positions for generated JSON (property)', () => {
    let plain = 0;
    fc.assert(
      fc.property(jsonTextArb, (text) => {
        if (isPlainJson(text, 32)) plain += 1;
        expectSameAsYaml(text);
      }),
      { numRuns: 400 },
    );
    // Most generated texts must take the fast path, or the property would compare the YAML path with itself.
    expect(plain).toBeGreaterThan(200);
  });

  it.each([
    ['repeated key', '{"a": 1, "b": 2, "a": 3}'],
    ['repeated key spelt with an escape', '{"a": 1, "\\u0061": 2}'],
    ['__proto__', '{"a": {"__proto__": {"polluted": 1}}}'],
    ['constructor and prototype', '{"constructor": {"prototype": {"x": 1}}}'],
    ['escaped __proto__', '{"\\u005f_proto__": 1}'],
    ['a lone CR as whitespace', '{\r"a": 1,\r"b":\r2}'],
    ['a long key', `{"${'k'.repeat(1500)}": 1}`],
    ['a scalar top level', '"school"'],
    // String ends are found by the next quote: runs of backslashes decide whether it is escaped.
    [
      'quotes after odd and even runs of backslashes',
      String.raw`{"a\\": "x\\\"y\\", "b\"": ["\\\\", "\"\\\""], "c": "\\"}`,
    ],
    ['null top level', 'null'],
    [
      'a school with numbers where text is expected',
      '{"school": {"name": "Ш", "region": "Р", "municipality": "М"}, "people": [{"id": 5, "roles": ["student"], "class": 11.10}]}',
    ],
  ])('matches the YAML path for %s', (_name, text) => {
    expectSameAsYaml(text);
  });

  it('matches the YAML path at and past the depth limit', () => {
    const nested = (levels: number) => `${'{"a":'.repeat(levels - 1)}{}${'}'.repeat(levels - 1)}`;
    for (const levels of [31, 32, 33, 40]) expectSameAsYaml(nested(levels), 'school.json');
    expectSameAsYaml(nested(5), 'school.json', { maxDepth: 4 });
    expect(isPlainJson(nested(32), 32)).toBe(true);
    expect(isPlainJson(nested(33), 32)).toBe(false);
  });

  it('takes the fast path only for plain JSON', () => {
    expect(isPlainJson('{"a": [1, {"b": null}]}', 32)).toBe(true);
    expect(isPlainJson('{"a": 1, "a": 2}', 32)).toBe(false);
    expect(isPlainJson('[{"a": 1}, {"a": 2}]', 32)).toBe(true);
    expect(isPlainJson('{"x": {"prototype": 1}}', 32)).toBe(false);
    expect(isPlainJson('12', 32)).toBe(false);
  });

  it('finds repeated and forbidden keys however they are written (keys are counted, not collected)', () => {
    // A repeat whose first value is an object: JSON.parse drops it with all its keys.
    expect(isPlainJson('{"a": {"b": 1, "c": 2}, "a": 3}', 32)).toBe(false);
    // A repeat spelled with an escape, and in the second of two sibling objects only.
    expect(isPlainJson('{"a": 1, "\\u0061": 2}', 32)).toBe(false);
    expect(isPlainJson('[{"a": 1, "b": 2}, {"b": 1, "b": 1}]', 32)).toBe(false);
    // Forbidden keys, plain, escaped and deep inside arrays.
    expect(isPlainJson('{"__proto__": {}}', 32)).toBe(false);
    expect(isPlainJson('{"x": [[{"__pro\\u0074o__": 1}]]}', 32)).toBe(false);
    expect(isPlainJson('{"x": [[{"constructor": null}]]}', 32)).toBe(false);
    // The same key in many objects is no repeat.
    expect(isPlainJson('{"a": {"a": {"a": [{"a": 1}, {"a": 2}]}}}', 32)).toBe(true);
    for (const text of ['{"a": {"b": 1, "c": 2}, "a": 3}', '{"a": 1, "\\u0061": 2}', '{"__proto__": {}}'])
      expectSameAsYaml(text, 'school.json');
  });

  it('indexes offsets of values and keys', () => {
    const text = '{"a": [1, "x"], "b": {"c": true}}';
    const root = indexJson(text);
    expect(root).toMatchObject({ start: 0, end: text.length });
    const a = root.entries?.get('a');
    expect(a?.keyStart).toBe(1);
    expect(a?.node.items?.map((n) => text.slice(n.start, n.end))).toEqual(['1', '"x"']);
    expect(
      text.slice(
        root.entries?.get('b')?.node.entries?.get('c')?.node.start,
        root.entries?.get('b')?.node.entries?.get('c')?.node.end,
      ),
    ).toBe('true');
  });

  it.each([0, 2, '\t'] as const)(
    'matches the YAML path for every pointer of a generated 600-person school (indent %j)',
    (indent) => {
      const text = JSON.stringify(
        generateSchool(3, { peoplePerSchool: 600 }),
        null,
        indent === 0 ? undefined : indent,
      );
      expectSameAsYaml(text);
    },
  );
});
