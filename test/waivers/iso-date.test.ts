import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDate } from '../../src/waivers/iso-date.js';

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
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});
