import { describe, expect, it } from 'vitest';
import { SUBJECT_TYPES } from '../../src/model/vocabulary.js';
import { base, run, school } from './helpers.js';

describe('normalize derives each subject type when first read', () => {
  it('gives the same subjects whichever type is read first, and `all` in type order', () => {
    const input = school();
    const asOf = base.asOf;
    const forward = run(input, asOf);
    const inOrder = SUBJECT_TYPES.map((t) => forward.byType[t]);
    for (const first of SUBJECT_TYPES) {
      const subjects = run(input, asOf);
      const alone = subjects.byType[first];
      expect(alone, first).toEqual(forward.byType[first]);
      expect(SUBJECT_TYPES.map((t) => subjects.byType[t])).toEqual(inOrder);
      expect(subjects.byType[first], 'read twice, derived once').toBe(alone);
    }
    expect(forward.all).toEqual(inOrder.flat());
    expect(forward.all).toBe(forward.all);
    // The keys in the declared order, as the eager object literal had them.
    expect(Object.keys(forward.byType)).toEqual(SUBJECT_TYPES);
    expect(inOrder.every((subjects) => subjects.length > 0)).toBe(true);
  });
});
