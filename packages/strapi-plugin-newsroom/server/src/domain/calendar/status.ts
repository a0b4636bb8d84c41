import type { CalendarStatus } from '../../../../shared/contracts/calendar';

/** A pending action this long past its due time has been missed: the calendar and the widget say "late". */
export const LATE_AFTER_MS = 60_000;

export interface StatusInput {
  status: 'pending' | 'running' | 'done' | 'failed' | 'cancelled';
  dueAt: string;
}

/** The calendar's colour for a scheduled action at `nowMs`; null for a cancelled one (not shown). */
export function calendarStatus(action: StatusInput, nowMs: number): CalendarStatus | null {
  if (action.status === 'cancelled') return null;
  if (action.status === 'done' || action.status === 'failed') return action.status;
  return nowMs - Date.parse(action.dueAt) > LATE_AFTER_MS ? 'late' : 'pending';
}
