import { describe, expect, it } from 'vitest';
import { normalizeRoleWords } from '../../src/load/normalize-role-words.js';

describe('normalizeRoleWords', () => {
  it('returns the same object when every role is already canonical and none repeats', () => {
    const doc = {
      people: [
        { id: 'p1', roles: ['teacher', 'class-teacher'] },
        { id: 'p2', roles: ['parent'] },
        { id: 'p3' },
        'not a person',
      ],
    };
    expect(normalizeRoleWords(doc)).toBe(doc);
  });

  it('turns role words into roles and drops repeats, leaving the given object as it was', () => {
    const doc = {
      people: [
        { id: 'p1', roles: ['учитель', 'Классный руководитель'] },
        { id: 'p2', roles: ['parent', 'parent'] },
        { id: 'p3', roles: ['student'] },
      ],
    };
    const before = structuredClone(doc);
    const out = normalizeRoleWords(doc);
    expect(out).not.toBe(doc);
    expect(out.people.map((p) => p.roles)).toEqual([['teacher', 'class-teacher'], ['parent'], ['student']]);
    // A person with nothing to change is kept as is.
    expect(out.people[2]).toBe(doc.people[2]);
    expect(doc).toEqual(before);
  });

  it('leaves unknown words for validation to report, and a roster of only unknown words unchanged', () => {
    const doc = { people: [{ id: 'p1', roles: ['волшебник', 'teacher'] }] };
    expect(normalizeRoleWords(doc)).toBe(doc);
  });
});
