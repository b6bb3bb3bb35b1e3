import { describe, expect, it } from 'vitest';
import { checkRoleMismatches } from '../../../src/validate/references/role-mismatches.js';
import { person, runCheck } from './run-check.js';

describe('checkRoleMismatches', () => {
  it('warns on lists without their role, errs on a non-student child and an order of another kind', () => {
    const doc = {
      people: [
        person('p', ['teacher'], { parentOf: ['t', 'p', 'zz'], classTeacherOf: ['5А'] }),
        person('t', ['teacher']),
      ],
      classes: [{ id: '5А', classTeacher: 't' }],
      documents: [{ id: 'reg', kind: 'regulation' }],
      admins: [{ personId: 't', appointmentOrder: 'reg' }],
    };
    expect(runCheck(checkRoleMismatches, doc)).toEqual([
      ['ROLE_MISMATCH', 'warning', '/people/0/parentOf'],
      ['ROLE_MISMATCH', 'error', '/people/0/parentOf/0'],
      ['ROLE_MISMATCH', 'warning', '/people/0/classTeacherOf'],
      ['ROLE_MISMATCH', 'warning', '/classes/0/classTeacher'],
      ['ROLE_MISMATCH', 'error', '/admins/0/appointmentOrder'],
    ]);
  });
});
