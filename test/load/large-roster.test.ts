import { describe, expect, it } from 'vitest';
import { generateLargeRoster } from '../../bench/generate-roster.js';
import { createMemoryFileReader, loadSchool } from '../../src/index.js';

describe('large rosters', () => {
  it('loads a 10 000-row roster and a 2 000-row inventory, with positions for the last row', async () => {
    const reader = createMemoryFileReader(generateLargeRoster({ people: 10_000, channels: 2_000 }));
    const r = await loadSchool('school.yaml', reader);
    expect(r.diagnostics).toEqual([]);
    expect(r.counts).toMatchObject({ people: 10_000, channels: 2_000, classes: 33 });
    expect(r.input?.sources?.locate('/people/9999/parentOf/0')).toEqual({
      file: 'people.csv',
      line: 10_001,
      column: 32,
    });
    // How long this takes is measured by `npm run bench` (bench/load.mjs), not asserted here.
  });
});
