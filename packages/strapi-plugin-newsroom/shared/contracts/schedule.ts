/* eslint-disable @typescript-eslint/no-namespace -- request/response namespaces, as in Strapi's own shared/contracts */
/**
 * The scheduled-publishing admin API (/newsroom/schedule/*) as the admin UI
 * calls it. services/scheduler/present.ts is checked against ScheduledAction
 * at compile time, and the controller's zod schemas against the requests.
 */
/** Every status a scheduled action can have: the one list (server, admin, content type, request checks). */
export const ACTION_STATUSES = ['pending', 'running', 'done', 'failed', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface ScheduledAction {
  id: string;
  targetType: string;
  documentId: string;
  locale: string | null;
  action: 'publish' | 'unpublish';
  dueAt: string;
  wallClock: string | null;
  zone: string | null;
  status: ActionStatus;
  attempts: number;
  lastError: string | null;
  retryAt: string | null;
  /** Who scheduled it (an email); null when the viewer may not read the target in the Content Manager. */
  scheduledBy: string | null;
  /** "scheduler": runs on the scheduler's right, checked again at run time; "plugin": set by a super admin. */
  authority: 'scheduler' | 'plugin';
  ranAt: string | null;
  /** The instance that ran it (its scheduler.instanceId). */
  ranBy: string | null;
  /** When the late alert (newsroom.schedule.late) went out; null: it was never late. */
  lateAlertedAt: string | null;
  latenessMs: number | null;
  outcome: string | null;
  seriesDocumentId: string | null;
  partNumber: number | null;
  planId: string | null;
  /** Only in lists; null when the viewer may not read the target's title in the Content Manager. */
  title?: string | null;
}

export interface ScheduleRequest {
  targetType: string;
  documentId: string;
  locale?: string;
  /** Default "publish". */
  action?: 'publish' | 'unpublish';
  /** Wall clock in `zone`: date "2027-01-14" and time "16:49"; or an absolute `at`. */
  date?: string;
  time?: string;
  at?: string;
  zone?: string;
  /** For an autumn wall-clock time that happens twice: the first (default) or the second instant. */
  prefer?: 'earlier' | 'later';
  force?: boolean;
  /** Super admins only: run with the plugin's authority, without checking the scheduler's right at run time. */
  authority?: 'scheduler' | 'plugin';
}

/** PUT /newsroom/schedule/actions/:id: a new time for a pending action. */
export type RescheduleRequest = Omit<ScheduleRequest, 'targetType' | 'documentId' | 'locale' | 'action'>;

export interface ScheduleResponse {
  data: ScheduledAction[];
  meta: Record<string, unknown>;
}

export interface PlanRequest {
  seriesDocumentId: string;
  locale?: string;
  weekday: number | string;
  time: string;
  zone?: string;
  /** "next-week" (default) or a date YYYY-MM-DD. */
  startingFrom?: string;
  every?: number;
  /** For an autumn time that happens twice: the first (default) or the second instant. */
  prefer?: 'earlier' | 'later';
  /** Only these part numbers; default every part not yet published. */
  parts?: number[];
  force?: boolean;
  authority?: 'scheduler' | 'plugin';
}

export namespace ListActions {
  export interface Response {
    data: ScheduledAction[];
    meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
  }
}
