import { describe, expect, it } from 'vitest';
import { checkClassReferences } from '../../../src/validate/references/class-references.js';
import { person, runCheck } from './run-check.js';

describe('checkClassReferences', () => {
  it('checks students, class teachers and channels against the declared classes (errors)', () => {
    const doc = {
      classes: [{ id: '5А' }],
      people: [
        person('s', ['student'], { class: '9Я' }),
        person('t', ['class-teacher'], { classTeacherOf: ['5А', '6Б'] }),
      ],
      channels: [{ id: 'c', class: '7В' }],
    };
    expect(runCheck(checkClassReferences, doc)).toEqual([
      ['UNKNOWN_REFERENCE', 'error', '/people/0/class'],
      ['UNKNOWN_REFERENCE', 'error', '/people/1/classTeacherOf/1'],
      ['UNKNOWN_REFERENCE', 'error', '/channels/0/class'],
    ]);
  });

  it('without declared classes takes the students’ classes and only warns', () => {
    const doc = {
      people: [
        person('s', ['student'], { class: '5А' }),
        person('t', ['class-teacher'], { classTeacherOf: ['6Б'] }),
      ],
    };
    expect(runCheck(checkClassReferences, doc)).toEqual([
      ['UNKNOWN_REFERENCE', 'warning', '/people/1/classTeacherOf/0'],
    ]);
    expect(runCheck(checkClassReferences, { people: [person('t', [], { classTeacherOf: ['6Б'] })] })).toEqual(
      [],
    );
  });
});
