import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import { build } from 'esbuild';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween, isIsoDate, latestOnOrBefore, onOrBefore } from '../../src/model/iso-date.js';

describe('calendar-day arithmetic', () => {
  it.each([
    ['2024-08-30', '2024-08-30', 0],
    ['2024-08-30', '2024-08-31', 1],
    ['2024-08-31', '2024-08-30', -1],
    ['2024-02-28', '2024-03-01', 2],
    ['2023-02-28', '2023-03-01', 1],
    ['2024-03-30', '2024-04-01', 2], // DST change in Europe
    ['2024-10-26', '2024-10-28', 2],
    ['2025-12-26', '2026-11-30', 339],
    ['2024-09-01', '2025-09-01', 365],
  ])('%s → %s = %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it.each([
    ['2024-13-01'],
    ['2024-02-30'],
    ['30.08.2024'],
    ['2024-08-30T10:00:00Z'],
    [''],
    [null],
    [20240830],
  ])('not a calendar date: %j → null', (value) => {
    expect(daysBetween(value, '2024-08-30')).toBeNull();
    expect(onOrBefore(value, '2024-08-30')).toBe(false);
  });

  it('day numbers (parsed once per date) give what date-fns gives for the two dates, across years and the cache bound', () => {
    const iso = fc
      .tuple(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
      )
      .map(
        ([y, m, d]) =>
          `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      );
    fc.assert(
      fc.property(iso, iso, (from, to) => {
        const expected = differenceInCalendarDays(parseISO(to), parseISO(from));
        const days = daysBetween(from, to);
        // expect() only on a difference: 6,000 runs.
        if (days !== expected) expect(days, `${from} → ${to}`).toBe(expected);
      }),
      { numRuns: 6000 },
    );
    // Not dates, remembered as such, stay null.
    for (let i = 0; i < 2; i++) {
      expect(daysBetween('2024-02-30', '2024-03-01')).toBeNull();
      expect(daysBetween('2024-03-01', 'вчера')).toBeNull();
    }
  });

  it('the latest date on or before the audit date; later ones are ignored', () => {
    expect(latestOnOrBefore(['2024-01-01', '2025-01-01', '2024-06-30', 'bad'], '2024-12-31')).toBe(
      '2024-06-30',
    );
    expect(latestOnOrBefore(['2025-01-01'], '2024-12-31')).toBeNull();
  });

  it('gives the same day counts in every time zone (a child process switching TZ)', async () => {
    const bundle = await build({
      entryPoints: [join(__dirname, '../../src/model/iso-date.ts')],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      logLevel: 'silent',
    });
    const dir = mkdtempSync(join(tmpdir(), 'sferum-tz-'));
    writeFileSync(join(dir, 'dates.mjs'), bundle.outputFiles[0]!.text);
    const pairs = [
      ['2024-03-30', '2024-04-01'],
      ['2024-10-26', '2024-10-28'],
      ['2024-03-09', '2024-03-11'],
      ['2024-11-02', '2024-11-04'],
      ['2024-04-06', '2024-04-08'],
      ['2025-12-26', '2026-11-30'],
      ['2024-12-31', '2025-01-01'],
    ];
    const zones = [
      'UTC',
      'Asia/Novosibirsk',
      'Europe/Moscow',
      'America/New_York',
      'America/Santiago',
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
      'Australia/Lord_Howe',
    ];
    // One child for all zones: Node re-reads the zone when process.env.TZ is assigned. Each line
    // also carries the zone the child's Date is really in (its offset on a fixed day), so a zone
    // that did not take effect shows up instead of passing as UTC.
    writeFileSync(
      join(dir, 'probe.mjs'),
      `import { daysBetween } from './dates.mjs';
for (const tz of ${JSON.stringify(zones)}) {
  process.env.TZ = tz;
  const offset = new Date(Date.UTC(2024, 0, 15)).getTimezoneOffset();
  console.log(JSON.stringify([tz, offset, ${JSON.stringify(pairs)}.map(([a, b]) => daysBetween(a, b))]));
}
`,
    );
    const results = execFileSync(process.execPath, [join(dir, 'probe.mjs')], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as [string, number, number[]]);
    expect(results.map(([tz]) => tz)).toEqual(zones);
    // January offsets (minutes west of UTC): the zones really changed.
    expect(Object.fromEntries(results.map(([tz, offset]) => [tz, offset]))).toEqual({
      UTC: 0,
      'Asia/Novosibirsk': -420,
      'Europe/Moscow': -180,
      'America/New_York': 300,
      'America/Santiago': 180,
      'Pacific/Kiritimati': -840,
      'Pacific/Pago_Pago': 660,
      'Australia/Lord_Howe': -660,
    });
    const expected = JSON.stringify(pairs.map(([a, b]) => daysBetween(a, b)));
    expect(JSON.parse(expected)).toEqual([2, 2, 2, 2, 2, 339, 1]);
    for (const [tz, , days] of results) expect(JSON.stringify(days), tz).toBe(expected);
  });
});

describe('iso dates', () => {
  it.each([
    ['2025-03-01', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-3-1', false],
    ['01.03.2025', false],
    ['2025-03-01T00:00:00Z', false],
  ])('isIsoDate(%s) → %s', (value, ok) => {
    expect(isIsoDate(value)).toBe(ok);
  });

  it('counts days across leap years and month ends', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-03-01', '2026-03-01')).toBe(365);
    expect(daysBetween('2024-03-01', '2025-03-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-03-02', '2025-03-01')).toBe(-1);
  });
});
