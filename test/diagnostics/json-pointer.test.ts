import { describe, expect, it } from 'vitest';
import { escapePointerSegment, joinPointer, parsePointer } from '../../src/diagnostics/json-pointer.js';

describe('JSON pointer helpers', () => {
  it('escapes ~ and / (RFC 6901) and leaves other segments and indexes as they are', () => {
    expect(escapePointerSegment('a~b/c')).toBe('a~0b~1c');
    expect(escapePointerSegment('~1')).toBe('~01');
    expect(escapePointerSegment('ключ')).toBe('ключ');
    expect(escapePointerSegment('')).toBe('');
    expect(escapePointerSegment(12)).toBe('12');
  });

  it('joins one or several segments, and parsing gives them back', () => {
    expect(joinPointer('', 'people', 3, 'a/b')).toBe('/people/3/a~1b');
    expect(joinPointer('/people', 0)).toBe('/people/0');
    expect(joinPointer('/x', '~')).toBe('/x/~0');
    expect(parsePointer(joinPointer('', 'a~b', 'c/d', 7))).toEqual(['a~b', 'c/d', '7']);
  });
});
