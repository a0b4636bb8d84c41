import type { ActionStatus } from '../../../../shared/contracts/schedule';
import { type CalendarStatus, LATE_AFTER_MS } from '../../../../shared/contracts/calendar';

export { LATE_AFTER_MS };

export interface StatusInput {
  status: ActionStatus;
  dueAt: string;
}

/**
 * The calendar's colour for a scheduled action at `nowMs`; null for a
 * cancelled one (not shown). Late: not done lateAfterMs after its due time
 * (the scheduler's lateAfterMs, the threshold of its late alert).
 */
export function calendarStatus(
  action: StatusInput,
  nowMs: number,
  lateAfterMs = LATE_AFTER_MS,
): CalendarStatus | null {
  if (action.status === 'cancelled') return null;
  if (action.status === 'done' || action.status === 'failed') return action.status;
  return nowMs - Date.parse(action.dueAt) > lateAfterMs ? 'late' : 'pending';
}
