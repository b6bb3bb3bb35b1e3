import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixTelegramEscapes } from '../../../src/scan/readers/fix-telegram-escapes.js';
import { chunked, collect } from '../helpers.js';

async function fix(text: string, sizes?: number[]): Promise<string> {
  return (await collect(fixTelegramEscapes(chunked(text, sizes)))).join('');
}

describe('\\xNN escapes', () => {
  it.each([
    ['"a\\x0Ab"', '"a\\u000Ab"'],
    ['"\\x1f"', '"\\u001f"'],
    ['"C:\\\\x41"', '"C:\\\\x41"'],
    ['"\\\\\\x41"', '"\\\\\\u0041"'],
    ['"\\u0041 \\n \\" \\/"', '"\\u0041 \\n \\" \\/"'],
    ['"\\xZZ"', '"\\xZZ"'],
  ])('%s → %s', async (input, output) => {
    expect(await fix(input)).toBe(output);
  });

  it('gives JSON.parse-able text whatever the chunking, decoding to the control characters', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            fc.constantFrom('\\x0A', '\\x09', '\\x1F', '\\\\', '\\\\x41', '\\"', '\\n'),
            fc.string({ unit: 'grapheme-ascii', maxLength: 3 }).map((s) => s.replace(/[\\"\x00-\x1f]/g, '')),
          ),
          {
            maxLength: 30,
          },
        ),
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 5 }),
        async (parts, sizes) => {
          const body = parts.join('');
          const fixed = await fix(`"${body}"`, sizes);
          const expected = body.replace(/\\(\\|x([0-9A-F]{2})|.)/g, (all, _c, hex) =>
            hex ? `\\u00${hex}` : all,
          );
          expect(fixed).toBe(`"${expected}"`);
          expect(() => JSON.parse(fixed)).not.toThrow();
        },
      ),
      { numRuns: 200 },
    );
  });
});
