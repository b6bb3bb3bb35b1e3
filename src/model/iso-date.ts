// Per-function subpaths: the package's single entry loads ~300 modules for these three.
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import type { ISODate } from './types.js';
import { cachedValue } from '../util/bounded-cache.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Parses `YYYY-MM-DD` as a local calendar date; anything else (another format, a time, an
 * impossible day like 2025-02-30) is null. date-fns' parseISO reads a date-only string as local
 * midnight on both sides of every comparison, so the process time zone cannot shift a day
 * (unlike `new Date('2024-08-30')`, which is UTC midnight).
 */
function parseIsoDate(value: unknown): Date | null {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return null;
  const date = parseISO(value);
  return isValid(date) ? date : null;
}

const EPOCH = parseISO('1970-01-01');
/** Calendar-day numbers of dates already seen (null: not a date); bounded, as inputs are not. */
const dayNumbers = new Map<string, number | null>();
const MAX_CACHED_DAYS = 4096;

/**
 * Days from 1970-01-01 to a `YYYY-MM-DD` date; null when it is not one. A region compares the same
 * few hundred dates (the as-of day, record and document dates) millions of times: each is parsed
 * once.
 */
function dayNumber(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  return cachedValue(dayNumbers, value, MAX_CACHED_DAYS, parseDayNumber);
}

function parseDayNumber(value: string): number | null {
  const date = parseIsoDate(value);
  return date ? differenceInCalendarDays(date, EPOCH) : null;
}

export function isIsoDate(value: unknown): value is ISODate {
  return dayNumber(value) !== null;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier); null when either is not a date. */
export function daysBetween(from: unknown, to: unknown): number | null {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (a === null || b === null) return null;
  return b - a;
}

/** `a <= b` for calendar dates; false when either is not a date. */
export function onOrBefore(a: unknown, b: unknown): boolean {
  const days = daysBetween(a, b);
  return days !== null && days >= 0;
}

/** The latest of `dates` that is on or before `asOf`, or null. Later dates are ignored: an audit as of a past day must not see the future. */
export function latestOnOrBefore(dates: readonly unknown[], asOf: ISODate): ISODate | null {
  let best: ISODate | null = null;
  for (const d of dates) {
    if (typeof d !== 'string' || !onOrBefore(d, asOf)) continue;
    if (best === null || d > best) best = d;
  }
  return best;
}

/** `30.08.2024` for labels and messages. */
export function formatRuDate(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return '';
  return `${value.slice(8, 10)}.${value.slice(5, 7)}.${value.slice(0, 4)}`;
}
