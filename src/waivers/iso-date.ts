import type { ISODate } from '../model/types.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Day number since the epoch for a real calendar date `YYYY-MM-DD`, else undefined. */
export function isoDayNumber(date: string): number | undefined {
  const m = ISO_DATE.exec(date);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  // Date.UTC rolls 2025-02-30 over into March; a real date round-trips.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return Math.floor(ms / DAY_MS);
}

export function isIsoDate(value: unknown): value is ISODate {
  return typeof value === 'string' && isoDayNumber(value) !== undefined;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). Both must be valid. */
export function daysBetween(from: ISODate, to: ISODate): number {
  const a = isoDayNumber(from);
  const b = isoDayNumber(to);
  if (a === undefined || b === undefined) throw new RangeError(`not an ISO date: ${a === undefined ? from : to}`);
  return b - a;
}

export function addDays(date: ISODate, days: number): ISODate {
  const n = isoDayNumber(date);
  if (n === undefined) throw new RangeError(`not an ISO date: ${date}`);
  return new Date((n + days) * DAY_MS).toISOString().slice(0, 10);
}
