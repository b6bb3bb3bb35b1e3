import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { calendarDate, resolveAsOf } from '../../src/audit/resolve-as-of.js';

describe('resolveAsOf', () => {
  it('takes a calendar date as given', () => {
    expect(resolveAsOf({ asOf: '2026-11-30' })).toBe('2026-11-30');
  });

  it.each(['2026-02-30', '30.11.2026', '2026-11-30T10:00:00Z', ''])('rejects %j', (bad) => {
    expect(() => resolveAsOf({ asOf: bad })).toThrow(RangeError);
  });

  it('reads «today» in Moscow by default, whatever the instant', () => {
    // 22:30 UTC on 31 Dec is already 1 Jan in Moscow (UTC+3).
    const now = () => new Date('2025-12-31T22:30:00Z');
    expect(resolveAsOf({ now })).toBe('2026-01-01');
    expect(resolveAsOf({ now, timeZone: 'UTC' })).toBe('2025-12-31');
    expect(resolveAsOf({ now, timeZone: 'America/New_York' })).toBe('2025-12-31');
    expect(resolveAsOf({ asOf: new Date('2025-12-31T20:59:59Z') })).toBe('2025-12-31');
    expect(resolveAsOf({ asOf: new Date('2025-12-31T21:00:00Z') })).toBe('2026-01-01');
  });

  it('pads years and months', () => {
    expect(calendarDate(new Date('0999-01-05T12:00:00Z'), 'UTC')).toBe('0999-01-05');
  });

  it('does not depend on the machine time zone (child processes with different TZ)', () => {
    const entry = fileURLToPath(new URL('../../src/audit/resolve-as-of.ts', import.meta.url));
    const bundle = buildSync({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      write: false,
      platform: 'node',
    });
    const code = `${bundle.outputFiles[0]!.text}\nconsole.log(resolveAsOf({ now: () => new Date('2025-12-31T22:30:00Z') }) + ' ' + resolveAsOf({ asOf: new Date(Date.UTC(2025, 5, 15, 12)) }));`;
    const results = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Novosibirsk'].map((TZ) =>
      execFileSync(process.execPath, ['--input-type=module', '-e', code], {
        env: { ...process.env, TZ },
        encoding: 'utf8',
      }).trim(),
    );
    expect(new Set(results)).toEqual(new Set(['2026-01-01 2025-06-15']));
  });
});
