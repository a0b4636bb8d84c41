/* eslint-disable @typescript-eslint/no-namespace -- request/response namespaces, as in Strapi's own shared/contracts */
/**
 * The editorial calendar (/newsroom/calendar*) and its iCal feeds, shared by
 * the server controllers, the admin client and the OpenAPI document: zod
 * schemas for the answers, the types inferred from them, and constants.
 */
import { z } from 'zod';
import { rescheduleResponse } from './schedule';

const instant = z.string().datetime({ offset: true });

/**
 * How the calendar colours an item. "late": still pending (or running) a
 * minute after its due time, the runner missed it; "done" and "failed" ran.
 */
export const CALENDAR_STATUSES = ['pending', 'late', 'done', 'failed'] as const;

/** A pending action this long past its due time has been missed: the calendar and the widget say "late". */
export const LATE_AFTER_MS = 60_000;
export type CalendarStatus = (typeof CALENDAR_STATUSES)[number];

export type CalendarView = 'month' | 'week';

/** One hour row of a day in the week grid, in the newsroom's zone. */
export const calendarHour = z.object({
  hour: z.number().int().min(0).max(23).describe('The wall-clock hour, 0-23.'),
  start: instant.describe('UTC ISO bounds; two entries share an hour when the clocks go back.'),
  end: instant,
  offset: z.string().describe('"+02:00": tells the two 02:00 rows of an October night apart.'),
});
export type CalendarHour = z.infer<typeof calendarHour>;

/** One calendar day in the newsroom's zone: 23, 24 or 25 hours long. */
export const calendarDay = z.object({
  date: z.string().describe('"2026-03-29"'),
  start: instant,
  end: instant,
  hours: z.number().int(),
  inRange: z.boolean().describe('False for the leading and trailing days of a month grid.'),
  slots: z.array(calendarHour).describe('Filled for the week view only.'),
});
export type CalendarDay = z.infer<typeof calendarDay>;

export const calendarItem = z.object({
  id: z.string().describe('The scheduled action’s id, or "publication:<documentId>:<locale>".'),
  kind: z.enum(['action', 'publication', 'bundle']),
  status: z.enum(CALENDAR_STATUSES),
  action: z.enum(['publish', 'unpublish']),
  at: instant.describe('UTC ISO: the due time of an action, the time of a publication.'),
  wallClock: z.string().nullable(),
  zone: z.string().nullable(),
  targetType: z.string(),
  documentId: z.string(),
  locale: z.string().nullable(),
  title: z.string().nullable().describe('Null when the viewer may not read it in the Content Manager.'),
  series: z.object({ documentId: z.string(), title: z.string().nullable() }).nullable(),
  partNumber: z.number().int().nullable(),
  channel: z.object({ slug: z.string(), name: z.string() }).nullable(),
  lastError: z.string().nullable(),
  latenessMs: z.number().nullable(),
  ranAt: instant.nullable().describe('When a done or failed action ran, by the database’s clock.'),
  ranBy: z.string().nullable(),
  update: z
    .boolean()
    .describe('A publish of a document already published: it puts the draft’s changes live.'),
  movable: z.boolean().describe('Whether it can be dragged to another time (pending actions only).'),
});
export type CalendarItem = z.infer<typeof calendarItem>;

export interface CalendarFilters {
  series?: string;
  channel?: string;
  locale?: string;
  status?: CalendarStatus[];
}

export const calendarOption = z.object({ value: z.string(), label: z.string() });
export type CalendarOption = z.infer<typeof calendarOption>;

export const getCalendarResponse = z.object({
  data: z.object({
    view: z.enum(['month', 'week']),
    zone: z.string(),
    title: z.string(),
    days: z.array(calendarDay),
    items: z.array(calendarItem),
  }),
  meta: z.object({
    series: z.array(calendarOption),
    channels: z.array(calendarOption),
    locales: z.array(z.string()),
    now: instant,
  }),
});

/** The homepage widget: the next pending items and the late or failed ones of the last seven days. */
export const getCalendarSummaryResponse = z.object({
  data: z.object({
    next: z.array(calendarItem),
    problems: z.array(calendarItem),
    zone: z.string(),
    now: instant,
  }),
});

/** A moved item answers like a reschedule: the action and how its new time was read. */
export const moveCalendarItemResponse = rescheduleResponse;

export const calendarFeed = z.object({
  id: z.string(),
  url: z.string().url().describe('Absolute URL with its signed token.'),
  createdAt: instant,
});
export type CalendarFeed = z.infer<typeof calendarFeed>;

export const listCalendarFeedsResponse = z.object({ data: z.array(calendarFeed) });
export const calendarFeedResponse = z.object({ data: calendarFeed });
export const revokeCalendarFeedResponse = z.object({
  data: z.object({ id: z.string(), revokedAt: instant }),
});

export namespace GetCalendar {
  export interface Query extends CalendarFilters {
    view: CalendarView;
    /** Any day inside the month or week to show, "2026-03-29". */
    date: string;
  }
  export type Response = z.infer<typeof getCalendarResponse>;
}

export namespace MoveCalendarItem {
  /** Drop target: a day of the grid, and in the week view an hour row (its UTC start). */
  export interface Request {
    date: string;
    /** Week view: the start (UTC ISO) of the hour row dropped on. */
    slot?: string;
  }
}

export namespace GetCalendarSummary {
  /** The homepage widget: the next pending items and the late or failed ones of the last seven days. */
  export type Response = z.infer<typeof getCalendarSummaryResponse>;
}

export namespace ListCalendarFeeds {
  export type Response = z.infer<typeof listCalendarFeedsResponse>;
}
