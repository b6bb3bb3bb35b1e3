import { describe, expect, it } from 'vitest';
import type { AuditInput, Channel, Person, SourceMap } from '../../src/model/types.js';
import { run, school, subject } from './helpers.js';

describe('sources', () => {
  it('maps facts to the source location of the input value, when a source map exists', () => {
    const input = school();
    const asked: string[] = [];
    const sources: SourceMap = {
      files: [{ path: 'people.csv', sha256: '0'.repeat(64) }],
      locate(pointer) {
        asked.push(pointer);
        const m = /^\/people\/(\d+)\/eschool\/role$/.exec(pointer);
        return m ? { file: 'people.csv', line: Number(m[1]) + 2, column: 14 } : undefined;
      },
    };
    const s = run({ ...input, sources });
    const student = subject(s, 'person', 's-1');
    expect(student.sources).toEqual({
      eschoolRole: { file: 'people.csv', line: 6, column: 14 },
      eschoolRoleMatches: { file: 'people.csv', line: 6, column: 14 },
      eschoolRoleRecognized: { file: 'people.csv', line: 6, column: 14 },
    });
    // Sources are located when read (lazily), so the channel's are read before checking what was asked.
    expect(subject(s, 'channel', 'ch-5a').sources).toBeUndefined();
    expect(asked).toContain('/channels/0/members');
  });

  it('locates a subject’s sources only when they are first read, once', () => {
    const asked: string[] = [];
    const sources: SourceMap = {
      files: [],
      locate(pointer) {
        asked.push(pointer);
        return { file: 'school.json', line: pointer.length, column: 1 };
      },
    };
    const s = run({ ...school(), sources });
    expect(asked).toEqual([]);
    const student = subject(s, 'person', 's-1');
    const first = student.sources;
    expect(first?.eschoolRole).toEqual({ file: 'school.json', line: student.pointer!.length + '/eschool/role'.length, column: 1 });
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((p) => p.startsWith(`${student.pointer}/`))).toBe(true);
    const count = asked.length;
    expect(student.sources).toBe(first);
    expect(asked.length).toBe(count);
    // Enumerable like a plain field (spread, JSON), and assignable.
    expect(Object.keys(student)).toEqual(['type', 'id', 'label', 'facts', 'sources', 'pointer']);
    expect(JSON.parse(JSON.stringify(student)).sources).toEqual(first);
    student.sources = undefined;
    expect(student.sources).toBeUndefined();
    expect(asked.length).toBe(count);
  });

  it('has no sources when the input was built in code', () => {
    expect(run(school()).all.every((s) => s.sources === undefined)).toBe(true);
  });
});

/** A synthetic school: `classes` classes of 25 students, a parent per student, a chat per class. */
function bigSchool(classes: number): AuditInput {
  const input = school({ channels: [], people: [], classes: [], admins: [] });
  const people: Person[] = [];
  const channels: Channel[] = [];
  for (let c = 0; c < classes; c++) {
    const cls = `${(c % 11) + 1}-${c}`;
    const teacher = `t-${c}`;
    people.push({ id: teacher, roles: ['class-teacher', 'teacher'], classTeacherOf: [cls], profile: { created: true, secured: true }, eschool: { linked: true, organization: '1000001', role: 'учитель' } });
    const members = [teacher];
    for (let s = 0; s < 25; s++) {
      const sid = `s-${c}-${s}`;
      const pid = `p-${c}-${s}`;
      people.push({ id: sid, roles: ['student'], class: cls, profile: { created: true, secured: true }, eschool: { linked: true, organization: '1000001', role: 'ученик' } });
      people.push({ id: pid, roles: ['parent'], parentOf: [sid], profile: { created: true }, eschool: { linked: true, organization: '1000001', role: 'родитель' } });
      members.push(sid, pid);
    }
    channels.push({ id: `ch-${c}`, title: cls, platform: c % 7 === 0 ? 'WhatsApp' : 'Сферум', kind: 'chat', purpose: 'class', class: cls, owner: teacher, members, lastActivityAt: '2025-02-20' });
    channels.push({ id: `sub-${c}`, title: `math ${cls}`, platform: 'VK Мессенджер (учебный профиль)', kind: 'chat', purpose: 'subject', class: cls, memberCounts: { student: 25, teacher: 1 } });
  }
  return { ...input, people, channels };
}

describe('performance', () => {
  it('normalizes a large school in linear time (no quadratic scans)', () => {
    const time = (classes: number) => {
      const input = bigSchool(classes);
      run(input); // warm-up: JIT and the platform cache
      const t0 = performance.now();
      let s = run(input);
      for (let i = 0; i < 2; i++) s = run(input);
      const ms = (performance.now() - t0) / 3;
      expect(s.byType.person.length).toBe(classes * 51);
      return ms;
    };
    const small = time(40); // ~2 000 people
    const large = time(160); // ~8 000 people
    // Quadratic work would make the 4× input take ~16× as long; allow generous noise on a shared machine.
    expect(large / Math.max(small, 1)).toBeLessThan(9);
    expect(large).toBeLessThan(5000);
  });
});
