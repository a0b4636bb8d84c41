import { DateTime, IANAZone } from 'luxon';
import { RuleError } from '../errors';
import type { PrintLocale } from './types';
import { labelsFor } from './labels';

export interface ShownDate {
  /** Machine-readable, for <time datetime>. */
  iso: string;
  text: string;
}

export function assertTimezone(zone: unknown): asserts zone is string {
  if (typeof zone !== 'string' || !IANAZone.isValidZone(zone)) {
    throw new RuleError(
      `timezone "${String(zone)}" is not an IANA time zone (for example "Europe/Berlin").`,
      ['timezone'],
    );
  }
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Stored instants are UTC; a string without an offset is read as UTC too,
 * then shown on the newsroom's wall clock.
 */
function instant(iso: unknown, zone: string): DateTime | null {
  if (typeof iso !== 'string') return null;
  const parsed = DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone);
  return parsed.isValid ? parsed : null;
}

/** Publication time in the newsroom's zone: "07 July 2011, 16:49". */
export function showDateTime(iso: unknown, zone: string, language: PrintLocale): ShownDate | null {
  const time = instant(iso, zone);
  if (!time) return null;
  return {
    iso: time.toISO({ suppressMilliseconds: true }) ?? '',
    text: time.setLocale(language).toFormat(labelsFor(language).dateTimeFormat),
  };
}

/**
 * A correction's day. A bare date ("2011-07-08") is a calendar day already
 * and is not shifted; a date-time is converted to the newsroom's day first.
 */
export function showDate(iso: unknown, zone: string, language: PrintLocale): ShownDate | null {
  const day =
    typeof iso === 'string' && DATE_ONLY.test(iso) ? DateTime.fromISO(iso, { zone }) : instant(iso, zone);
  if (!day || !day.isValid) return null;
  return {
    iso: day.toISODate() ?? '',
    text: day.setLocale(language).toFormat(labelsFor(language).dateFormat),
  };
}
