import { DateTime } from 'luxon';
import { RuleError } from '../../domain/errors';
import { parseInstant } from '../../domain/milestones';
import { isValidSlug } from '../../domain/slug';

export const HTML = 'text/html; charset=utf-8';
export const quote = (raw: unknown) => JSON.stringify(String(raw).slice(0, 60));

export function slugParam(raw: unknown, what: string): string {
  if (typeof raw !== 'string' || !isValidSlug(raw))
    throw new RuleError(`${quote(raw)} is not a valid ${what} slug.`, ['slug']);
  return raw;
}

/**
 * When an answer for `at` stops being true: an answer "as of now" (no `at`
 * asked for; `at` is then now, to the minute) when its minute ends; one for
 * an instant never.
 */
export const expiresAt = (asked: unknown, at: DateTime): number | undefined =>
  asked === undefined || asked === null || asked === '' ? at.plus({ minutes: 1 }).toMillis() : undefined;

/**
 * `?at=`: an ISO 8601 date and time (UTC unless it names a real offset);
 * absent means now. Read to the minute, like every milestone an editor
 * enters: the answer depends on no finer time, so a flood of distinct
 * seconds is one cache key per minute.
 */
export function instantParam(query: Record<string, unknown>, now: DateTime): DateTime {
  const raw = query.at;
  if (raw === undefined || raw === '') return now.toUTC().startOf('minute');
  const at = typeof raw === 'string' && raw.includes('T') ? parseInstant(raw)?.startOf('minute') : null;
  if (!at) {
    throw new RuleError(
      `Query parameter "at" must be an ISO 8601 date and time such as "2011-07-07T12:00:00Z", not ${quote(raw)}.`,
      ['at'],
    );
  }
  return at;
}
