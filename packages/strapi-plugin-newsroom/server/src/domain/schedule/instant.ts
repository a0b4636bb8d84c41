import { DateTime } from 'luxon';
import { RuleError } from '../errors';

/**
 * An instant as it comes from storage (a UTC ISO string, or a Date from the
 * database driver) or from other domain code (a luxon DateTime).
 * `now` itself is always a luxon DateTime, passed in by the caller.
 */
export type Instant = DateTime | Date | string;

/** UTC offsets in use on Earth run from -12:00 to +14:00; ISO syntax alone would allow +99:99. */
const MAX_OFFSET_MINUTES = { '-': 12 * 60, '+': 14 * 60 } as const;
// An offset after a time of day: T14, T14:49, T14:49:00.000, then +hh[:mm].
const OFFSET = /T\d{2}(?::?\d{2}(?::?\d{2}(?:[.,]\d+)?)?)?([+-])(\d{2}):?(\d{2})?$/i;

/**
 * What is wrong with the offset an ISO 8601 text ends with ("+25:00",
 * "+01:99"), or null when it has a real offset, "Z", or none.
 */
export function offsetProblem(text: string): string | null {
  const match = OFFSET.exec(text.trim());
  if (!match) return null;
  const [, sign, hours, minutes = '00'] = match;
  const total = Number(hours) * 60 + Number(minutes);
  if (Number(minutes) > 59 || total > MAX_OFFSET_MINUTES[sign as '+' | '-']) {
    return `the offset ${sign}${hours}:${minutes} is not a UTC offset (they run from -12:00 to +14:00)`;
  }
  return null;
}

/**
 * An ISO 8601 date and time as an instant, or null: strings without an
 * offset are read as UTC (storage is UTC), offsets must be real ones.
 */
export function parseIso(text: string): DateTime | null {
  if (text.trim() === '' || offsetProblem(text)) return null;
  const parsed = DateTime.fromISO(text.trim(), { zone: 'utc', setZone: true });
  return parsed.isValid ? parsed.toUTC() : null;
}

/** Parses an instant; strings without an offset are read as UTC, because storage is UTC. */
export function toInstant(value: Instant, path: string[], what = 'time'): DateTime {
  let parsed: DateTime | null = null;
  if (DateTime.isDateTime(value)) parsed = value;
  else if (value instanceof Date) parsed = DateTime.fromJSDate(value, { zone: 'utc' });
  else if (typeof value === 'string') {
    const problem = offsetProblem(value);
    if (problem) throw new RuleError(`The ${what} ${JSON.stringify(value)} is not valid: ${problem}.`, path);
    parsed = parseIso(value);
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
