import type { ISODate } from '../model/types.js';
import { isIsoDate } from '../model/iso-date.js';
import { DEFAULT_TIME_ZONE } from '../config/types.js';

export interface AsOfOptions {
  asOf?: ISODate | Date;
  /** IANA time zone whose calendar gives «today»; default Europe/Moscow. */
  timeZone?: string;
  /** The clock; injectable so tests need not depend on the machine's time or TZ. */
  now?: () => Date;
}

/**
 * The audit's calendar date. Audits are by calendar day in the school's zone, never by the
 * machine's: a server in UTC auditing at 01:00 Moscow time must still see Moscow's date.
 */
export function resolveAsOf(options: AsOfOptions = {}): ISODate {
  const { asOf } = options;
  if (typeof asOf === 'string') {
    if (!isIsoDate(asOf))
      throw new RangeError(`asOf must be a calendar date YYYY-MM-DD, got ${JSON.stringify(asOf)}`);
    return asOf;
  }
  const instant = asOf ?? (options.now ?? (() => new Date()))();
  if (Number.isNaN(instant.getTime())) throw new RangeError('asOf is an invalid Date');
  return calendarDate(instant, options.timeZone ?? DEFAULT_TIME_ZONE);
}

export function calendarDate(instant: Date, timeZone: string): ISODate {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    calendar: 'gregory',
    numberingSystem: 'latn',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}`;
}
