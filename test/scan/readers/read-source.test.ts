import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DecodeState, decodeSource, splitLines } from '../../../src/scan/readers/read-source.js';
import { chunked, collect } from '../helpers.js';

describe('decodeSource', () => {
  it('decodes UTF-8 split inside a character and drops the BOM', async () => {
    const bytes = new TextEncoder().encode('\uFEFFПривет, 👋 мир');
    const chunks = [bytes.slice(0, 4), bytes.slice(4, 9), bytes.slice(9)];
    const state: DecodeState = { chars: 0 };
    expect((await collect(decodeSource(chunks, state))).join('')).toBe('Привет, 👋 мир');
    expect(state.fallback).toBeUndefined();
  });

  it('reads a Windows-1251 file as such and says so', async () => {
    // «Привет» in cp1251
    const bytes = new Uint8Array([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]);
    const state: DecodeState = { chars: 0 };
    expect((await collect(decodeSource(bytes, state))).join('')).toBe('Привет');
    expect(state.fallback).toBe('windows-1251');
  });

  it('records an I/O error from the source by code only', async () => {
    async function* failing(): AsyncGenerator<string> {
      yield 'start';
      throw Object.assign(new Error('EACCES: /home/ivanov/secret.txt'), { code: 'EACCES' });
    }
    const state: DecodeState = { chars: 0 };
    expect(await collect(decodeSource(failing(), state))).toEqual(['start']);
    expect(state.readError).toBe('EACCES');
  });
});

describe('splitLines', () => {
  it('splits LF, CRLF and CR however the chunks fall', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.string({ unit: 'grapheme-ascii', maxLength: 6 }).map((s) => s.replace(/[\r\n]/g, '')),
          { minLength: 1, maxLength: 12 },
        ),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 }),
        async (lines, eol, sizes) => {
          const text = lines.join(eol);
          const got = (await collect(splitLines(chunked(text, sizes)))).flat();
          // A final terminator ends the last line; it does not open an empty one.
          const expected = text === '' ? [] : lines.at(-1) === '' ? lines.slice(0, -1) : lines;
          expect(got).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});
