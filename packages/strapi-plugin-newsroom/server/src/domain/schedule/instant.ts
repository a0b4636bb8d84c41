import { DateTime } from 'luxon';
import { RuleError } from '../errors';

/**
 * An instant as it comes from storage (a UTC ISO string, or a Date from the
 * database driver) or from other domain code (a luxon DateTime).
 * `now` itself is always a luxon DateTime, passed in by the caller.
 */
export type Instant = DateTime | Date | string;

/** Parses an instant; strings without an offset are read as UTC, because storage is UTC. */
export function toInstant(value: Instant, path: string[], what = 'time'): DateTime {
  let parsed: DateTime | null = null;
  if (DateTime.isDateTime(value)) parsed = value;
  else if (value instanceof Date) parsed = DateTime.fromJSDate(value, { zone: 'utc' });
  else if (typeof value === 'string' && value.trim() !== '') {
    parsed = DateTime.fromISO(value.trim(), { zone: 'utc', setZone: true });
  }
  if (!parsed || !parsed.isValid) {
    throw new RuleError(
      `The ${what} ${JSON.stringify(value)} is not a date and time (ISO 8601, e.g. "2026-10-22T14:49:00.000Z").`,
      path,
    );
  }
  return parsed.toUTC();
}

/** The one format instants are stored and returned in: UTC, with milliseconds, ending in Z. */
export function toStored(instant: DateTime): string {
  return instant.toUTC().toISO() as string;
}

/** Guards against a caller forgetting to pass the clock (an invalid DateTime compares as NaN). */
export function checkNow(now: DateTime): DateTime {
  if (!DateTime.isDateTime(now) || !now.isValid) {
    throw new TypeError('now must be a valid luxon DateTime (the caller passes the clock in).');
  }
  return now.toUTC();
}
