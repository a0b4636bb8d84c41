import { DateTime } from 'luxon';
import { RuleError } from '../errors';
import { parseDate } from '../schedule/wall-clock';
import { assertZone } from '../schedule/zone';

export interface MovableAction {
  /** UTC ISO. */
  dueAt: string;
  /** "2026-03-28T02:30" in `zone`; read from dueAt when missing. */
  wallClock: string | null;
  zone: string | null;
}

export interface DropTarget {
  /** The grid day dropped on, in the newsroom's zone. */
  date: string;
  /** Week view: the UTC start of the hour row dropped on. */
  slot?: string;
}

/** What the reschedule API is then asked for: a wall-clock time in the action's own zone. */
export interface MovedTime {
  date: string;
  time: string;
  zone: string;
}

const WALL = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

/**
 * Where a dragged action goes. Dropped on a day (month view) it keeps its
 * wall-clock time and moves by whole days, so 16:49 stays 16:49 across a DST
 * change, and a 02:30 dropped on the spring-forward day is then refused by
 * the API with its own sentence. Dropped on an hour row (week view) it takes
 * that hour and keeps its minutes. Days are counted in the newsroom's zone,
 * the time is kept in the action's zone.
 */
export function movedTime(action: MovableAction, target: DropTarget, newsroomZone: string): MovedTime {
  const calendarZone = assertZone(newsroomZone);
  const zone = assertZone(action.zone ?? calendarZone);
  const due = DateTime.fromISO(action.dueAt, { zone: 'utc' });
  if (!due.isValid) throw new RuleError(`The action's due time ${action.dueAt} is not readable.`, ['dueAt']);
  const day = DateTime.fromObject(parseDate(target.date, ['date']), { zone: calendarZone });

  if (target.slot !== undefined) {
    const slot = DateTime.fromISO(target.slot, { zone: 'utc' });
    if (!slot.isValid || !/(Z|[+-]\d{2}:?\d{2})$/.test(target.slot)) {
      throw new RuleError(
        `slot must be the UTC start of an hour row, such as "2026-03-29T08:00:00.000Z" (got ${JSON.stringify(target.slot)}).`,
        ['slot'],
      );
    }
    if (slot.setZone(calendarZone).toISODate() !== day.toISODate()) {
      throw new RuleError(`The hour row ${target.slot} is not on ${target.date} in ${calendarZone}.`, [
        'slot',
      ]);
    }
    const minutes = due.setZone(calendarZone).minute;
    const at = slot.setZone(calendarZone).startOf('hour').plus({ minutes }).setZone(zone);
    return { date: at.toISODate() as string, time: at.toFormat('HH:mm'), zone };
  }

  const from = due.setZone(calendarZone).startOf('day');
  const days = Math.round(day.startOf('day').diff(from, 'days').days);
  const match =
    WALL.exec(action.wallClock ?? '') ?? WALL.exec(due.setZone(zone).toFormat("yyyy-MM-dd'T'HH:mm"));
  const [, date, hour, minute] = match as RegExpExecArray;
  // Naive calendar arithmetic on the wall clock: the zone's rules apply only when the API resolves it.
  const moved = DateTime.fromISO(date, { zone: 'utc' }).plus({ days });
  return { date: moved.toISODate() as string, time: `${hour}:${minute}`, zone };
}
