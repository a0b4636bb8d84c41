import type { CalendarStatus } from '../../../../shared/contracts/calendar';

/**
 * The calendar's colours by status (the design system's primary, warning,
 * success and danger 600/100): one definition for items, the legend and the
 * homepage widget.
 */
export const STATUS_COLOURS: Record<CalendarStatus, { line: string; fill: string }> = {
  pending: { line: '#4945ff', fill: '#f0f0ff' },
  late: { line: '#d9822f', fill: '#fdf4dc' },
  done: { line: '#328048', fill: '#eafbe7' },
  failed: { line: '#d02b20', fill: '#fcecea' },
};

/** Calendar arithmetic on "YYYY-MM-DD" days (no zone involved): the previous or next month or week. */
export function shiftDay(day: string, view: 'month' | 'week', by: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const at =
    view === 'month' ? new Date(Date.UTC(y, m - 1 + by, 1)) : new Date(Date.UTC(y, m - 1, d + 7 * by));
  return at.toISOString().slice(0, 10);
}
