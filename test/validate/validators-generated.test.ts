import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script, typed by use
import { OUTPUT, generateValidators } from '../../scripts/gen-validators.mjs';

describe('src/validate/validators.generated.ts', () => {
  it('is what scripts/gen-validators.mjs makes of schemas/ now (run `npm run gen`)', () => {
    expect(readFileSync(OUTPUT as string, 'utf8')).toBe((generateValidators as () => string)());
  });
});
