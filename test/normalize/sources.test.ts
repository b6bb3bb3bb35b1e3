import { describe, expect, it } from 'vitest';
import type { SourceMap } from '../../src/model/types.js';
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
    expect(first?.eschoolRole).toEqual({
      file: 'school.json',
      line: student.pointer!.length + '/eschool/role'.length,
      column: 1,
    });
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
