/* eslint-disable @typescript-eslint/no-namespace -- request/response namespaces, as in Strapi's own shared/contracts */
/**
 * The scheduled-publishing admin API (/newsroom/schedule/*) as the admin UI
 * calls it. services/scheduler/present.ts is checked against ScheduledAction
 * at compile time, and the controller's zod schemas against the requests.
 * The answers are zod schemas (types inferred), for the OpenAPI document too.
 */
import { z } from 'zod';

/** Every status a scheduled action can have: the one list (server, admin, content type, request checks). */
export const ACTION_STATUSES = ['pending', 'running', 'done', 'failed', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

const instant = z.string().datetime({ offset: true });

export const scheduledAction = z.object({
  id: z.string(),
  targetType: z.string(),
  documentId: z.string(),
  locale: z.string().nullable(),
  action: z.enum(['publish', 'unpublish']),
  dueAt: instant,
  wallClock: z.string().nullable(),
  zone: z.string().nullable(),
  status: z.enum(ACTION_STATUSES),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  retryAt: instant.nullable(),
  scheduledBy: z
    .string()
    .nullable()
    .describe(
      'Who scheduled it (an email); null when the viewer may not read the target in the Content Manager.',
    ),
  authority: z
    .enum(['scheduler', 'plugin'])
    .describe(
      '"scheduler": runs on the scheduler’s right, checked again at run time; "plugin": set by a super admin.',
    ),
  ranAt: instant.nullable(),
  ranBy: z.string().nullable().describe('The instance that ran it (its scheduler.instanceId).'),
  lateAlertedAt: instant.nullable().describe('When the late alert went out; null: it was never late.'),
  latenessMs: z.number().nullable(),
  outcome: z.string().nullable(),
  seriesDocumentId: z.string().nullable(),
  partNumber: z.number().int().nullable(),
  planId: z.string().nullable(),
  bundleId: z
    .string()
    .nullable()
    .describe('The embargo bundle it is an entry of (it runs with the bundle); null: on its own.'),
  title: z
    .string()
    .nullable()
    .optional()
    .describe('Only in lists; null when the viewer may not read the target’s title in the Content Manager.'),
});
export type ScheduledAction = z.infer<typeof scheduledAction>;

/** How the requested time was read: the wall clock in its zone, and any decision it needed. */
export const resolvedTime = z.object({
  dueAt: instant,
  wallClock: z.string(),
  zone: z.string(),
  offset: z.string(),
  immediate: z.boolean(),
  ambiguous: z.boolean(),
  chosen: z.enum(['earlier', 'later']).nullable(),
  otherDueAt: instant.nullable(),
  note: z.string().nullable(),
});

const pagination = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  pageCount: z.number().int(),
  total: z.number().int(),
});

export const scheduleResponse = z.object({
  data: z.array(scheduledAction),
  meta: z.object({
    time: resolvedTime,
    reused: z.array(z.string()).describe('Actions already stored as asked.'),
  }),
});
export const rescheduleResponse = z.object({ data: scheduledAction, meta: z.object({ time: resolvedTime }) });
export const actionResponse = z.object({ data: scheduledAction });
export const listActionsResponse = z.object({
  data: z.array(scheduledAction),
  meta: z.object({ pagination }),
});
export const planResponse = z.object({
  data: z.array(scheduledAction),
  meta: z.object({
    planId: z.string(),
    replaced: z.array(z.string()).describe('The documentIds whose pending publishes the plan replaced.'),
    bundles: z
      .array(z.string())
      .describe('With "bundles": the embargo bundles made, one per date in part order; else empty.'),
    notes: z.array(z.object({ part: z.number().int(), note: z.string() })),
  }),
});

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

export type ScheduleResponse = z.infer<typeof scheduleResponse>;
export type PlanResponse = z.infer<typeof planResponse>;

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
  /** One embargo bundle per date instead of single actions: the part goes out in all its `locales` at once. */
  bundles?: boolean;
  /** With `bundles`: the locales each bundle publishes the part in, or "all" it has unpublished; default the plan's. */
  locales?: string[] | 'all';
}

export namespace ListActions {
  export type Response = z.infer<typeof listActionsResponse>;
}
