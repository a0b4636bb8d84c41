import { DateTime } from 'luxon';
import type { CalendarDay, CalendarHour, CalendarView } from '../../../../shared/contracts/calendar';
import { RuleError } from '../errors';
import { parseDate } from '../schedule/wall-clock';
import { assertZone } from '../schedule/zone';

const iso = (at: DateTime) => at.toUTC().toISO() as string;

/**
 * The hour rows of one day in `zone`: 24 normally, 23 on the spring-forward
 * day (the skipped hour has no row), 25 on the autumn day (the repeated hour
 * has two rows, told apart by their offset). Each row is one real hour.
 */
export function hourSlots(start: DateTime, end: DateTime): CalendarHour[] {
  const slots: CalendarHour[] = [];
  // Step through real time, one UTC hour at a time; the zone's offsets are whole hours here.
  for (let at = start; at < end; at = at.plus({ hours: 1 }).setZone(start.zone)) {
    const next = DateTime.min(at.plus({ hours: 1 }), end);
    slots.push({ hour: at.hour, start: iso(at), end: iso(next), offset: at.toFormat('ZZ') });
  }
  return slots;
}

/** One day in `zone`: from its local midnight to the next, however many hours lie between. */
export function calendarDay(date: DateTime, withSlots: boolean, inRange = true): CalendarDay {
  const start = date.startOf('day');
  const end = start.plus({ days: 1 }).startOf('day');
  const hours = Math.round(end.diff(start, 'hours').hours);
  return {
    date: start.toISODate() as string,
    start: iso(start),
    end: iso(end),
    hours,
    inRange,
    slots: withSlots ? hourSlots(start, end) : [],
  };
}

export interface Grid {
  view: CalendarView;
  zone: string;
  /** The first and last instant the grid covers, UTC. */
  from: string;
  to: string;
  days: CalendarDay[];
}

/**
 * The days of a month grid (whole weeks, Monday first, the neighbouring
 * months' days marked outside the range) or of a week, in the newsroom's
 * zone, for any date inside it.
 */
export function calendarGrid(view: CalendarView, date: string, zoneName: string): Grid {
  if (view !== 'month' && view !== 'week') {
    throw new RuleError(`view must be "month" or "week" (got ${JSON.stringify(view)}).`, ['view']);
  }
  const zone = assertZone(zoneName);
  const fields = parseDate(date, ['date']);
  const day = DateTime.fromObject(fields, { zone });
  const first = view === 'month' ? day.startOf('month').startOf('week') : day.startOf('week');
  const last = view === 'month' ? day.endOf('month').endOf('week') : day.endOf('week');
  const days: CalendarDay[] = [];
  for (let at = first; at <= last; at = at.plus({ days: 1 })) {
    const inRange = view === 'week' || at.month === day.month;
    days.push(calendarDay(at, view === 'week', inRange));
  }
  return { view, zone, from: days[0].start, to: days[days.length - 1].end, days };
}

/** The grid's heading: "March 2026", or "23 – 29 March 2026" for a week, in the admin's language. */
export function gridTitle(grid: Grid, language: string): string {
  const first = DateTime.fromISO(grid.days[0].date, { zone: grid.zone }).setLocale(language);
  if (grid.view === 'month') {
    const middle = DateTime.fromISO(grid.days[Math.floor(grid.days.length / 2)].date).setLocale(language);
    return middle.toLocaleString({ month: 'long', year: 'numeric' });
  }
  const last = DateTime.fromISO(grid.days[grid.days.length - 1].date).setLocale(language);
  return `${first.toLocaleString({ day: 'numeric', month: 'short' })} – ${last.toLocaleString(DateTime.DATE_FULL)}`;
}

/** The grid day an instant falls on (its date in the zone), or null when outside the grid. */
export function dayOf(grid: Grid, at: string): CalendarDay | null {
  const ms = Date.parse(at);
  return grid.days.find((day) => Date.parse(day.start) <= ms && ms < Date.parse(day.end)) ?? null;
}
