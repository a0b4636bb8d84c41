import { type DateTime, IANAZone } from 'luxon';
import { RuleError } from '../errors';
import { toInstant } from './timeline';

export interface CalendarDay {
  /** "YYYY-MM-DD" in `zone`. */
  date: string;
  /** English weekday name in `zone`, e.g. "Tuesday". */
  weekday: string;
  /** ISO weekday in `zone`: 1 = Monday … 7 = Sunday. */
  isoWeekday: number;
  zone: string;
}

/**
 * The calendar day of a milestone as the newsroom shows it: the date and
 * weekday in the newsroom's zone — not UTC, and not the zone of whoever tagged
 * the release. An rc tagged late on Monday in California is a Tuesday rc for a
 * Berlin newsroom, because that is the day its readers saw it arrive.
 */
export function calendarDay(at: DateTime | string, zone: string): CalendarDay {
  if (typeof zone !== 'string' || !IANAZone.isValidZone(zone.trim())) {
    throw new RuleError(`${JSON.stringify(zone)} is not an IANA time zone such as "Europe/Berlin".`, [
      'zone',
    ]);
  }
  const local = toInstant(at).setZone(zone.trim()).setLocale('en');
  return {
    date: local.toISODate() as string,
    weekday: local.toFormat('cccc'),
    isoWeekday: local.weekday,
    zone: local.zoneName as string,
  };
}
