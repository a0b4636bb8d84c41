import { DateTime } from 'luxon';
import { RuleError } from '../errors';
import { checkNow, type Instant, toInstant, toStored } from './instant';

/**
 * A due time this far in the past still counts as "now": the editor picked
 * the current minute, or the request spent a moment in transit. Older than
 * that is a mistake worth a sentence, not a publish that fires at once.
 */
export const SCHEDULE_GRACE_MS = 5_000;

/** Beyond this, a due time is almost surely a typo (2062 for 2026). */
export const MAX_SCHEDULE_AHEAD = { years: 5 } as const;

export interface SchedulableOptions {
  /** Whether "now" (or a due time within the grace) is acceptable; default true. */
  allowNow?: boolean;
  graceMs?: number;
  path?: string[];
  /**
   * The editor's zone: the refusal then tells both times as wall-clock times
   * there ("24 Nov 2026, 10:00 in Europe/Berlin"), not as UTC instants.
   */
  zone?: string;
  /** Whether the refusal may suggest asking for "now" (API clients can; the admin's forms do not offer it). */
  offerNow?: boolean;
}

export interface Schedulable {
  /** The instant to store, UTC ISO; equal to now for a "now" request. */
  dueAt: string;
  /** True when the action should run at once. */
  immediate: boolean;
}

/**
 * Decides the due time to store for a request: the literal "now", a time
 * within the grace (stored as now, so lateness is measured from when the
 * editor acted), or a future time up to MAX_SCHEDULE_AHEAD.
 */
export function assertSchedulable(
  dueAt: Instant | 'now',
  now: DateTime,
  {
    allowNow = true,
    graceMs = SCHEDULE_GRACE_MS,
    path = ['dueAt'],
    zone,
    offerNow = allowNow,
  }: SchedulableOptions = {},
): Schedulable {
  const current = checkNow(now);
  if (dueAt === 'now') {
    if (!allowNow) throw new RuleError('This needs a time in the future, not "now".', path);
    return { dueAt: toStored(current), immediate: true };
  }
  const at = toInstant(dueAt, path, 'due time');
  const late = current.toMillis() - at.toMillis();
  if (late > 0 || (late === 0 && !allowNow)) {
    if (allowNow && late <= graceMs) return { dueAt: toStored(current), immediate: true };
    const advice = offerNow && allowNow ? 'Pick a later time, or ask for "now".' : 'Pick a later time.';
    if (zone) {
      const wall = (t: DateTime) => t.setZone(zone).setLocale('en-GB').toFormat('d LLL yyyy, HH:mm');
      throw new RuleError(
        `${wall(at)} in ${zone} is in the past (it is now ${wall(current)} there). ${advice}`,
        path,
      );
    }
    throw new RuleError(
      `The due time ${toStored(at)} is in the past (it is now ${toStored(current)}). ${advice}`,
      path,
    );
  }
  const limit = current.plus(MAX_SCHEDULE_AHEAD);
  if (at > limit) {
    throw new RuleError(
      `The due time ${toStored(at)} is more than ${MAX_SCHEDULE_AHEAD.years} years ahead; check the year.`,
      path,
    );
  }
  return { dueAt: toStored(at), immediate: late === 0 };
}

/**
 * The due times an identical request may already have been stored with: its
 * own, or for a "now" request any time within the grace before it (a second
 * click, a retried request), so it is not run twice.
 */
export function identicalDueWindow(
  dueAt: string,
  immediate: boolean,
  graceMs = SCHEDULE_GRACE_MS,
): { from: Date; to: Date } {
  const to = new Date(dueAt);
  return { from: immediate ? new Date(to.getTime() - graceMs) : to, to };
}
